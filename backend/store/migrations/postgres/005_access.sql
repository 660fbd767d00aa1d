-- Authorization from the database (issue 14): a token names the version of its user's access, which every
-- change of role, hotels or state bumps, so a demoted, disabled or deleted user's token stops working.
ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 1 CHECK (token_version >= 1);
ALTER TABLE users ADD COLUMN disabled boolean NOT NULL DEFAULT false;
-- The store's own actor (Actor::system(), id 0: seeding, the night run, the engine) as a user row that can never
-- sign in (no Argon2 hash) and holds no token (disabled), so what it books has an owner too.
INSERT INTO users (id, email, name, password_hash, role, disabled)
    VALUES (0, 'system@hotel.invalid', 'System', '!', 'admin', true) ON CONFLICT DO NOTHING;
-- A booking belongs to a user who exists; users who have bookings are disabled, never deleted. NOT VALID: rows
-- of an older database are not re-checked, every new one is.
ALTER TABLE bookings ADD CONSTRAINT bookings_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id) NOT VALID;
