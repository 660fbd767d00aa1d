-- Authorization from the database (issue 14): see the PostgreSQL migration. SQLite cannot add a foreign key
-- to an existing table; the offline demo has one local user per role and never deletes them.
ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 1 CHECK (token_version >= 1);
ALTER TABLE users ADD COLUMN disabled integer NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1));
