SET row_security = off;
CREATE SCHEMA heroku_ext;
ALTER SCHEMA heroku_ext OWNER TO heroku_admin;
GRANT USAGE ON SCHEMA heroku_ext TO app;
GRANT ALL ON ALL FUNCTIONS IN SCHEMA heroku_ext TO app;
ALTER DEFAULT PRIVILEGES IN SCHEMA heroku_ext GRANT SELECT ON TABLES TO app;
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA heroku_ext;
CREATE FUNCTION public.keys_of(h heroku_ext.hstore) RETURNS text[]
    LANGUAGE sql
    AS $$ SELECT heroku_ext.akeys(h) $$;
ALTER FUNCTION public.keys_of(heroku_ext.hstore) OWNER TO heroku_admin;
GRANT EXECUTE ON FUNCTION public.keys_of(heroku_ext.hstore) TO app;
REVOKE ALL ON FUNCTION public.keys_of(heroku_ext.hstore) FROM PUBLIC;
