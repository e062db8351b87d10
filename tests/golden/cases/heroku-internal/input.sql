--
-- Name: _heroku; Type: SCHEMA; Schema: -; Owner: chris
--

CREATE SCHEMA _heroku;


ALTER SCHEMA _heroku OWNER TO chris;
COMMENT ON SCHEMA _heroku IS 'Heroku';
SECURITY LABEL FOR selinux ON SCHEMA _heroku IS 'system_u:object_r:sepgsql_schema_t:s0';

CREATE FUNCTION _heroku.create_ext() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
BEGIN
  PERFORM _heroku.grant_table_if_exists('public', 'SELECT', 'app');
END;
$$;
ALTER FUNCTION _heroku.create_ext() OWNER TO chris;
CREATE FUNCTION _heroku.grant_table_if_exists(alias_schemaname text, grants text, databaseowner text, alias_tablename text DEFAULT NULL::text) RETURNS void
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN; END; $$;
COMMENT ON FUNCTION _heroku.grant_table_if_exists(text, text, text, text) IS 'helper';
REVOKE ALL ON FUNCTION _heroku.create_ext() FROM PUBLIC;
GRANT USAGE ON SCHEMA _heroku TO heroku_admin;
GRANT ALL ON FUNCTION _heroku.grant_table_if_exists(alias_schemaname text, grants text, databaseowner text, alias_tablename text) TO heroku_admin;
ALTER DEFAULT PRIVILEGES IN SCHEMA _heroku GRANT EXECUTE ON FUNCTIONS TO heroku_admin;
CREATE TABLE _heroku.settings (k text PRIMARY KEY, v text);
CREATE EVENT TRIGGER log_create_ext ON ddl_command_end
   EXECUTE FUNCTION _heroku.create_ext();
ALTER EVENT TRIGGER log_create_ext OWNER TO chris;
COMMENT ON EVENT TRIGGER log_create_ext IS 'Heroku';
ALTER EVENT TRIGGER log_create_ext ENABLE ALWAYS;
-- The application's own: references to _heroku are errors, kept.
CREATE FUNCTION public.regrant() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM _heroku.grant_table_if_exists('public', 'SELECT', current_user);
END;
$$;
CREATE VIEW public.heroku_settings AS SELECT k, v FROM _heroku.settings;
-- A body naming something of _heroku the dump never created: only this rule
-- can say so (the one above is the cascade's, said once).
CREATE FUNCTION public.validate() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM _heroku.validate_extension();
END;
$$;
-- Look-alikes: schemas heroku and _herokuapp, a role and strings, an event
-- trigger of its own (the unsupported rule's).
CREATE SCHEMA heroku;
CREATE SCHEMA _herokuapp;
CREATE TABLE _herokuapp.deploys (id integer, note text DEFAULT '_heroku.create_ext()');
CREATE FUNCTION heroku.f() RETURNS text LANGUAGE sql AS $$ SELECT '_heroku.x'::text $$;
COMMENT ON SCHEMA heroku IS 'not _heroku.create_ext()';
GRANT USAGE ON SCHEMA _herokuapp TO _heroku;
CREATE EVENT TRIGGER audit ON ddl_command_end EXECUTE FUNCTION public.audit();
ALTER EVENT TRIGGER audit OWNER TO chris;
COPY _herokuapp.deploys (id, note) FROM stdin;
1	_heroku.create_ext()
\.
