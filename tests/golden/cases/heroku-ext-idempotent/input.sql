--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET row_security = off;
SELECT pg_catalog.set_config('search_path', '', false);
SET search_path = public;
SET search_path TO "$user", public;
SET LOCAL search_path = 'public';
SELECT pg_catalog.set_config('search_path', 'public', false);
SELECT set_config('search_path', 'public , app', true);
GRANT USAGE ON SCHEMA heroku_ext, app TO reporting;

-- heroku_ext.citext in a comment; CREATE SCHEMA heroku_ext;
/* SET search_path = heroku_ext; heroku_ext.gen_random_uuid() */
CREATE SCHEMA app;

CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public;
CREATE EXTENSION "uuid-ossp" SCHEMA public VERSION '1.1';
ALTER EXTENSION hstore SET SCHEMA public;

CREATE TABLE public.accounts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    legacy_id uuid DEFAULT public.uuid_generate_v4(),
    settings public.hstore,
    tags public.hstore[],
    heroku_ext text DEFAULT 'heroku_ext.hstore',
    "my heroku_ext col" text,
    note text DEFAULT 'SET search_path = heroku_ext'
);
COMMENT ON TABLE public.accounts IS 'moved from heroku_ext; heroku_ext.hstore was the type';
COMMENT ON COLUMN public.accounts.heroku_ext IS 'a column named heroku_ext';
CREATE INDEX accounts_settings ON public.accounts USING gin (settings public.gin_hstore_ops);
CREATE TABLE public."heroku_ext" (id integer, v public.hstore);
CREATE VIEW public.v AS
 SELECT heroku_ext.id AS hid, row_to_json(heroku_ext.*) AS j, t.heroku_ext, (public.akeys(t.settings))[1] AS k,
    (t.settings OPERATOR(public.->) 'plan'::text) AS plan
   FROM public.heroku_ext heroku_ext, public.accounts t;
ALTER TABLE ONLY public.accounts ALTER COLUMN legacy_id SET DEFAULT public.uuid_generate_v1();
SELECT 'public.hstore'::regtype, 'public.akeys(public.hstore)'::regprocedure, 'public'::regnamespace, 'heroku_ext.x'::text;

CREATE FUNCTION public.keys_of(h public.hstore) RETURNS text[]
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'public'
    AS $$ SELECT public.akeys(h) $$;
CREATE FUNCTION public.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $body$
DECLARE
  h public.hstore := ''::public.hstore;
BEGIN
  -- heroku_ext.akeys in a comment in the body stays
  SET search_path = public;
  PERFORM set_config('search_path', 'public', true);
  NEW.id := gen_random_uuid();
  RAISE NOTICE 'heroku_ext.hstore in a string: %', h;
  RETURN NEW;
END
$body$;
CREATE FUNCTION public.old_style(a text) RETURNS text
    LANGUAGE sql
    AS 'SELECT public.akeys(''a=>1''::public.hstore)::text || a';
DO $$ BEGIN PERFORM public.uuid_generate_v4(); END $$;

COPY public.accounts (id, note) FROM stdin;
7c9e6679-7425-40de-944b-e07fc1f90ae7	heroku_ext.x
0f8fad5b-d9cb-469f-a165-70867728950e	CREATE EXTENSION postgis;
\.
