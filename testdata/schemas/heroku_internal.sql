-- What Heroku Postgres adds to every database it manages, as a pg_dump of
-- one shows it: a _heroku schema with its extension-management functions,
-- the event triggers that call them, and grants about them. The bodies
-- here are this project's own stand-ins (they only RAISE NOTICE), loaded
-- after the application schema by testdata/regenerate-newer.sh. A schema
-- called heroku and one called _herokuapp are look-alikes that stay.

CREATE SCHEMA _heroku;
COMMENT ON SCHEMA _heroku IS 'Heroku Postgres management (stand-in)';

CREATE FUNCTION _heroku.grant_table_if_exists(alias_schemaname text, grants text, databaseowner text,
                                              alias_tablename text DEFAULT NULL) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'would grant % on %.% to %', grants, alias_schemaname, alias_tablename, databaseowner;
END;
$$;

CREATE FUNCTION _heroku.postgis_after_create() RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
  PERFORM _heroku.grant_table_if_exists('public', 'SELECT', current_user, 'spatial_ref_sys');
END;
$$;

CREATE FUNCTION _heroku.create_ext() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  RAISE NOTICE 'extension created';
END;
$$;

CREATE FUNCTION _heroku.drop_ext() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  RAISE NOTICE 'extension dropped';
END;
$$;

CREATE FUNCTION _heroku.extension_before_drop() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  RAISE NOTICE 'extension about to be dropped';
END;
$$;

CREATE FUNCTION _heroku.validate_extension() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  RAISE NOTICE 'schema _heroku is not for extensions';
END;
$$;

COMMENT ON FUNCTION _heroku.create_ext() IS 'called by the log_create_ext event trigger';

CREATE EVENT TRIGGER extension_before_drop ON ddl_command_start WHEN TAG IN ('DROP EXTENSION')
    EXECUTE FUNCTION _heroku.extension_before_drop();
CREATE EVENT TRIGGER log_create_ext ON ddl_command_end WHEN TAG IN ('CREATE EXTENSION')
    EXECUTE FUNCTION _heroku.create_ext();
CREATE EVENT TRIGGER log_drop_ext ON sql_drop WHEN TAG IN ('DROP EXTENSION')
    EXECUTE FUNCTION _heroku.drop_ext();
CREATE EVENT TRIGGER validate_extension ON ddl_command_end WHEN TAG IN ('CREATE EXTENSION')
    EXECUTE FUNCTION _heroku.validate_extension();
COMMENT ON EVENT TRIGGER log_create_ext IS 'Heroku: logs CREATE EXTENSION';

REVOKE ALL ON FUNCTION _heroku.create_ext() FROM PUBLIC;
GRANT USAGE ON SCHEMA _heroku TO heroku_admin;
GRANT EXECUTE ON FUNCTION _heroku.grant_table_if_exists(text, text, text, text) TO heroku_admin;

-- Look-alikes: the application's own schemas with similar names.
CREATE SCHEMA heroku;
CREATE TABLE heroku.releases (version integer PRIMARY KEY, note text);
INSERT INTO heroku.releases VALUES (1, 'moved off _heroku.create_ext()'), (2, '_herokuapp.deploys');
CREATE SCHEMA _herokuapp;
CREATE TABLE _herokuapp.deploys (id integer PRIMARY KEY, app text DEFAULT '_heroku');
INSERT INTO _herokuapp.deploys VALUES (1, 'web'), (2, DEFAULT);
-- A setting PostgreSQL 17 added, in a string only: a look-alike.
COMMENT ON TABLE _herokuapp.deploys IS 'SET transaction_timeout = 0; is what pg_dump 17 writes';
