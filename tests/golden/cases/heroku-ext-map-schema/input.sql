SET row_security = off;
SET search_path = public, heroku_ext, legacy_ext;
CREATE SCHEMA heroku_ext;
CREATE SCHEMA legacy_ext;
CREATE SCHEMA "Other";
COMMENT ON SCHEMA legacy_ext IS 'old extensions';
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA heroku_ext;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA legacy_ext;
CREATE TABLE public.t (
    id uuid DEFAULT legacy_ext.uuid_generate_v4(),
    attrs heroku_ext.hstore,
    legacy_ext text DEFAULT 'legacy_ext.x',
    other "Other".thing
);
SELECT pg_catalog.set_config('search_path', 'heroku_ext, "Other"', false);
