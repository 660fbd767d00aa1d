-- Authorization from the database (issue 14): a token names the version of its user's access, which every
-- change of role, hotels or state bumps, so a demoted, disabled or deleted user's token stops working.
ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 1 CHECK (token_version >= 1);
ALTER TABLE users ADD COLUMN disabled boolean NOT NULL DEFAULT false;
-- A booking belongs to a user who exists; users who have bookings are disabled, never deleted.
ALTER TABLE bookings ADD CONSTRAINT bookings_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id);
