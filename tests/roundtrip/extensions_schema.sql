-- Schema and rows using extensions DB9 lacks, the way applications do:
-- loaded into a source database by tests/roundtrip/extensions.sh with
-- psql -v ext=SCHEMA (public, or heroku_ext as on Heroku Postgres), dumped
-- by the real pg_dump, sanitized, and restored where the extensions are
-- never created.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS :"ext";
SET search_path = public, :"ext";
CREATE EXTENSION citext WITH SCHEMA :"ext";
CREATE EXTENSION pgcrypto WITH SCHEMA :"ext";
CREATE EXTENSION pg_trgm WITH SCHEMA :"ext";
CREATE EXTENSION btree_gist WITH SCHEMA :"ext";
CREATE EXTENSION btree_gin WITH SCHEMA :"ext";
CREATE EXTENSION fuzzystrmatch WITH SCHEMA :"ext";
CREATE EXTENSION unaccent WITH SCHEMA :"ext";
CREATE EXTENSION intarray WITH SCHEMA :"ext";
CREATE EXTENSION ltree WITH SCHEMA :"ext";
CREATE EXTENSION cube WITH SCHEMA :"ext";
CREATE EXTENSION earthdistance WITH SCHEMA :"ext";
CREATE EXTENSION isn WITH SCHEMA :"ext";
CREATE EXTENSION hstore WITH SCHEMA :"ext";
CREATE EXTENSION lo WITH SCHEMA :"ext";
CREATE EXTENSION tablefunc WITH SCHEMA :"ext";
CREATE EXTENSION pg_stat_statements WITH SCHEMA :"ext";
CREATE EXTENSION pg_buffercache WITH SCHEMA :"ext";
CREATE EXTENSION pgrowlocks WITH SCHEMA :"ext";
CREATE EXTENSION tsm_system_rows WITH SCHEMA :"ext";
CREATE EXTENSION dblink WITH SCHEMA :"ext";
CREATE EXTENSION postgres_fdw WITH SCHEMA :"ext";
CREATE EXTENSION postgis WITH SCHEMA :"ext";
CREATE EXTENSION "uuid-ossp" WITH SCHEMA :"ext";

-- citext emails with a unique index; crypt() and uuid defaults; trigram
-- search indexes; intarray tags; ltree paths; hstore attributes; isbn.
CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  public_id uuid NOT NULL DEFAULT :"ext".gen_random_uuid(),
  legacy_id uuid NOT NULL DEFAULT :"ext".uuid_generate_v4(),
  email citext NOT NULL,
  aliases citext[] NOT NULL DEFAULT '{}',
  name text NOT NULL,
  password_hash text NOT NULL DEFAULT crypt('changeme', gen_salt('bf', 4)),
  tags int[] NOT NULL DEFAULT '{}',
  attrs hstore,
  isbn isbn13,
  path ltree,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_name_trgm ON users USING gin (name gin_trgm_ops);
CREATE INDEX users_name_trgm_gist ON users USING gist (name gist_trgm_ops);
CREATE INDEX users_tags ON users USING gin (tags gin__int_ops);
CREATE INDEX users_path ON users USING gist (path);
CREATE INDEX users_attrs ON users USING gin (attrs);
CREATE INDEX users_created_gin ON users USING gin (created_at);
CREATE INDEX users_lower_name ON users (lower(name));
CREATE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE SET search_path = public, :"ext"
  AS $$ SELECT unaccent('unaccent', $1) $$;
CREATE INDEX users_name_unaccent ON users (f_unaccent(name));

-- btree_gist exclusion constraint.
CREATE TABLE bookings (
  id serial PRIMARY KEY,
  room int NOT NULL,
  during tstzrange NOT NULL,
  EXCLUDE USING gist (room WITH =, during WITH &&)
);

-- PostGIS points with a GiST index and views over them; cube / earthdistance.
CREATE TABLE places (
  id serial PRIMARY KEY,
  name text,
  location geometry(Point, 4326),
  area geography,
  box cube,
  lat float8 NOT NULL,
  lon float8 NOT NULL,
  CONSTRAINT places_lat_ok CHECK (lat BETWEEN -90 AND 90)
);
CREATE INDEX places_location ON places USING gist (location);
CREATE INDEX places_earth ON places USING gist (ll_to_earth(lat, lon));
CREATE VIEW place_coords AS SELECT id, name, ST_X(location) AS x, ST_Y(location) AS y FROM places;
CREATE VIEW named_place_coords AS SELECT * FROM place_coords WHERE name IS NOT NULL;
CREATE MATERIALIZED VIEW place_distances AS
  SELECT id, earth_distance(ll_to_earth(lat, lon), ll_to_earth(0, 0)) AS metres FROM places;
CREATE VIEW user_emails AS SELECT id, email, name FROM users;
COMMENT ON VIEW place_coords IS 'PostGIS coordinates';

-- lo with its cleanup trigger; fuzzystrmatch in a CHECK and in a
-- SQL-standard body; pg_trgm in a PL/pgSQL body.
CREATE TABLE docs (
  id serial PRIMARY KEY,
  title text NOT NULL,
  code text CHECK (levenshtein(code, '') >= 0),
  blob lo
);
CREATE TRIGGER docs_blob BEFORE UPDATE OR DELETE ON docs FOR EACH ROW EXECUTE FUNCTION lo_manage(blob);
CREATE FUNCTION title_soundex(t text) RETURNS text LANGUAGE sql IMMUTABLE
  BEGIN ATOMIC SELECT soundex(t); END;
CREATE FUNCTION similar_titles(q text) RETURNS SETOF docs LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY SELECT * FROM docs WHERE similarity(title, q) > 0.3;
END
$$;

-- Look-alikes that must stay: a table named citext with a column named
-- geometry, the words in strings and comments.
CREATE SCHEMA app;
CREATE TABLE app.citext (geometry text, note text DEFAULT 'citext gin_trgm_ops');
COMMENT ON TABLE app.citext IS 'not the citext type; geometry is a column';

INSERT INTO users (email, aliases, name, tags, attrs, isbn, path) VALUES
  ('Alice@Example.com', '{A@x.org}', 'Alice Ångström', '{1,2,3}', 'a=>1, b=>2', '978-0-306-40615-7', 'top.science.physics'),
  ('bob@example.com', '{}', 'Bob', '{}', NULL, NULL, 'top.arts'),
  ('carol@example.com', '{C@x.org,c@y.org}', 'Carol "the" citext', '{42}', 'k=>"v w"', '9780262033848', NULL);
INSERT INTO bookings (room, during) VALUES
  (1, '[2024-01-01 10:00, 2024-01-01 11:00)'), (1, '[2024-01-01 11:00, 2024-01-01 12:00)'),
  (2, '[2024-01-01 10:00, 2024-01-01 12:00)');
INSERT INTO places (name, location, area, box, lat, lon) VALUES
  ('Paris', ST_SetSRID(ST_MakePoint(2.35, 48.86), 4326), ST_GeogFromText('POLYGON((0 0,1 0,1 1,0 1,0 0))'), cube(array[1,2], array[3,4]), 48.86, 2.35),
  (NULL, ST_SetSRID(ST_MakePoint(-0.13, 51.51), 4326), NULL, '(1)', 51.51, -0.13);
REFRESH MATERIALIZED VIEW place_distances;
INSERT INTO docs (title, code, blob) VALUES ('first', 'abc', 12345), ('second', NULL, NULL);
INSERT INTO app.citext VALUES ('POINT(1 2)', 'citext::text'), (NULL, NULL);
-- A row of our own in PostGIS's spatial_ref_sys: pg_dump dumps it as the
-- extension's configuration data.
INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text) VALUES (990001, 'test', 990001, '', '');
