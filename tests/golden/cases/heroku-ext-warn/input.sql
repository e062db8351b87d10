--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET row_security = off;
SELECT pg_catalog.set_config('search_path', '', false);
SET search_path = public, heroku_ext;
SET search_path TO "$user", heroku_ext, public;
SET LOCAL search_path = 'heroku_ext';
SELECT pg_catalog.set_config('search_path', 'public, heroku_ext', false);
SELECT set_config('search_path', 'HEROKU_EXT,"heroku_ext" , app', true);

--
-- Name: heroku_ext; Type: SCHEMA; Schema: -; Owner: heroku_admin
--

CREATE SCHEMA heroku_ext;
CREATE SCHEMA IF NOT EXISTS heroku_ext AUTHORIZATION heroku_admin;
ALTER SCHEMA heroku_ext OWNER TO heroku_admin;
COMMENT ON SCHEMA heroku_ext IS 'Heroku extensions live here; heroku_ext.x';
GRANT USAGE ON SCHEMA heroku_ext TO PUBLIC;
GRANT USAGE ON SCHEMA heroku_ext, app TO reporting;

-- heroku_ext.citext in a comment; CREATE SCHEMA heroku_ext;
/* SET search_path = heroku_ext; heroku_ext.gen_random_uuid() */
CREATE SCHEMA app;

CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA heroku_ext;
CREATE EXTENSION "uuid-ossp" SCHEMA "heroku_ext" VERSION '1.1';
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA heroku_ext;
ALTER EXTENSION hstore SET SCHEMA heroku_ext;

CREATE TABLE public.accounts (
    id uuid DEFAULT heroku_ext.gen_random_uuid() NOT NULL,
    legacy_id uuid DEFAULT heroku_ext.uuid_generate_v4(),
    settings heroku_ext.hstore,
    tags "heroku_ext".hstore[],
    heroku_ext text DEFAULT 'heroku_ext.hstore',
    "my heroku_ext col" text,
    note text DEFAULT 'SET search_path = heroku_ext'
);
COMMENT ON TABLE public.accounts IS 'moved from heroku_ext; heroku_ext.hstore was the type';
COMMENT ON COLUMN public.accounts.heroku_ext IS 'a column named heroku_ext';
CREATE INDEX accounts_settings ON public.accounts USING gin (settings heroku_ext.gin_hstore_ops);
CREATE TABLE public."heroku_ext" (id integer, v HEROKU_EXT.hstore);
CREATE VIEW public.v AS
 SELECT heroku_ext.id AS hid, row_to_json(heroku_ext.*) AS j, t.heroku_ext, (heroku_ext.akeys(t.settings))[1] AS k,
    (t.settings OPERATOR(heroku_ext.->) 'plan'::text) AS plan
   FROM public.heroku_ext heroku_ext, public.accounts t;
ALTER TABLE ONLY public.accounts ALTER COLUMN legacy_id SET DEFAULT heroku_ext.uuid_generate_v1();
SELECT 'heroku_ext.hstore'::regtype, 'heroku_ext.akeys(heroku_ext.hstore)'::regprocedure, 'heroku_ext'::regnamespace, 'heroku_ext.x'::text;

CREATE FUNCTION public.keys_of(h heroku_ext.hstore) RETURNS text[]
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'public', 'heroku_ext'
    AS $$ SELECT heroku_ext.akeys(h) $$;
CREATE FUNCTION public.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $body$
DECLARE
  h heroku_ext.hstore := ''::heroku_ext.hstore;
BEGIN
  -- heroku_ext.akeys in a comment in the body stays
  SET search_path = public, heroku_ext;
  PERFORM set_config('search_path', 'public, heroku_ext', true);
  NEW.id := heroku_ext.gen_random_uuid();
  RAISE NOTICE 'heroku_ext.hstore in a string: %', h;
  RETURN NEW;
END
$body$;
CREATE FUNCTION public.old_style(a text) RETURNS text
    LANGUAGE sql
    AS 'SELECT heroku_ext.akeys(''a=>1''::heroku_ext.hstore)::text || a';
DO $$ BEGIN PERFORM heroku_ext.uuid_generate_v4(); END $$;

COPY public.accounts (id, note) FROM stdin;
7c9e6679-7425-40de-944b-e07fc1f90ae7	heroku_ext.x
0f8fad5b-d9cb-469f-a165-70867728950e	CREATE EXTENSION postgis;
\.
