-- A hand-written script: extensions in heroku_ext, names unqualified and
-- found through SET search_path; look-alikes that must stay.
CREATE SCHEMA heroku_ext;
CREATE EXTENSION citext WITH SCHEMA heroku_ext;
CREATE EXTENSION pg_trgm WITH SCHEMA heroku_ext;
CREATE EXTENSION btree_gist WITH SCHEMA heroku_ext;
CREATE EXTENSION postgis WITH SCHEMA heroku_ext;
CREATE EXTENSION pgcrypto WITH SCHEMA heroku_ext;
SET search_path = public, heroku_ext;
CREATE TABLE users (
  id uuid DEFAULT gen_random_uuid() PRIMARY KEY,      -- built in: stays
  token uuid DEFAULT heroku_ext.gen_random_uuid(),    -- pgcrypto's: built-in equivalent
  email citext NOT NULL UNIQUE,
  nicknames citext[],
  salt text DEFAULT gen_salt('bf') NOT NULL CHECK (salt <> ''),
  "citext" text DEFAULT 'citext',                     -- a column named citext
  geometry text,                                      -- a column named geometry
  spot geometry(Point, 4326),
  note text DEFAULT 'gin_trgm_ops, geometry(Point), crypt(x)',
  CONSTRAINT email_check CHECK (similarity(email, '') >= 0),
  room int,
  during tsrange,
  EXCLUDE USING gist (room WITH =, during WITH &&)
);
CREATE INDEX users_email_trgm ON users USING gin (email gin_trgm_ops);
CREATE INDEX users_spot ON users USING gist (spot);
CREATE INDEX users_geometry ON users (geometry);      -- the column, not the type
CREATE DOMAIN email_address AS citext CHECK (VALUE ~ '@');
CREATE TABLE contacts (id int, email email_address, seen_at geography);
CREATE VIEW user_spots AS SELECT id, ST_AsText(spot) AS spot FROM users;
CREATE VIEW user_spots_2 AS SELECT * FROM user_spots;
CREATE VIEW user_emails AS SELECT id, email, "citext", geometry FROM users;
ALTER TABLE users ALTER COLUMN salt SET DEFAULT crypt('x', gen_salt('md5'));
ALTER TABLE users ADD COLUMN alias citext, ADD CONSTRAINT alias_trgm CHECK (word_similarity(alias, 'x') > 0);
SELECT 'citext', $$geometry$$; /* citext gin_trgm_ops */
COPY users (id, email, "citext", geometry) FROM stdin;
00000000-0000-0000-0000-000000000001	a@b.c	citext	POINT(1 2)
\.
RESET search_path;
CREATE TABLE after_reset (c citext);
SET search_path = public, heroku_ext;
COMMENT ON INDEX users_email_trgm IS 'trigram search on email';
ALTER TABLE users CLUSTER ON users_spot;
ALTER TABLE ONLY users ADD CONSTRAINT users_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);
COMMENT ON CONSTRAINT users_no_overlap ON users IS 'one booking per room at a time';
COMMENT ON CONSTRAINT email_check ON users IS 'removed with its table element';
COMMENT ON VIEW user_spots_2 IS 'a view over a dropped view';
COMMENT ON INDEX users_geometry IS 'stays';
