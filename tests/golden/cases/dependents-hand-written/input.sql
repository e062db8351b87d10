--
-- PostgreSQL database dump
--

SET row_security = off;
SET search_path = public, heroku_ext;
-- CREATE EXTENSION postgis; in a comment
/* CREATE EXTENSION citext WITH SCHEMA heroku_ext; */
SELECT 'CREATE EXTENSION postgis;' AS look_alike, $$CREATE EXTENSION citext$$ AS dollar, 'citext'::text AS word;

CREATE EXTENSION IF NOT EXISTS plpgsql WITH SCHEMA pg_catalog;
COMMENT ON EXTENSION plpgsql IS 'PL/pgSQL procedural language';
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA heroku_ext;
COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE EXTENSION IF NOT EXISTS vector;

--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA heroku_ext;

--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA heroku_ext;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA heroku_ext;
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA heroku_ext;
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION fuzzystrmatch;
CREATE EXTENSION tablefunc WITH SCHEMA reports VERSION '1.0' CASCADE;
ALTER EXTENSION postgis UPDATE TO '3.4.0';
ALTER EXTENSION pg_trgm ADD FUNCTION public.my_similarity(text, text);
ALTER EXTENSION tablefunc SET SCHEMA public;
DROP EXTENSION IF EXISTS pg_stat_statements;
DROP EXTENSION IF EXISTS hstore;
DROP EXTENSION IF EXISTS postgis, hstore;

CREATE TABLE public.accounts (
    id uuid DEFAULT heroku_ext.gen_random_uuid() NOT NULL,
    email heroku_ext.citext NOT NULL,
    nick citext,
    password text DEFAULT heroku_ext.crypt('x', heroku_ext.gen_salt('bf')),
    settings heroku_ext.hstore,
    location public.geometry(Point,4326),
    home geography,
    embedding public.vector(3),
    "citext" text DEFAULT 'heroku_ext.citext',
    "gin_trgm_ops" text
);
CREATE TABLE public."citext" (citext text DEFAULT 'citext', "heroku_ext" text);
CREATE TABLE public.people (name text, alias citext);
CREATE INDEX accounts_email_trgm ON public.accounts USING gin (email heroku_ext.gin_trgm_ops);
CREATE INDEX accounts_nick_trgm ON public.accounts USING gist (nick gist_trgm_ops);
CREATE INDEX accounts_settings ON public.accounts USING gin (settings heroku_ext.gin_hstore_ops);
CREATE TABLE public.bookings (
    id integer,
    room integer,
    during tstzrange,
    EXCLUDE USING gist (room WITH =, during WITH &&)
);
CREATE INDEX bookings_during ON public.bookings USING gist (during);
CREATE INDEX bookings_room ON public.bookings USING gist (room);
CREATE VIEW public.similar_names AS
 SELECT a.id, similarity((a.email)::text, 'ada'::text) AS s, levenshtein(a.nick, 'x') AS d,
    ST_AsText(a.location) AS where_text
   FROM public.accounts a
  WHERE ((a.email)::text OPERATOR(heroku_ext.%) 'ada'::text);
CREATE VIEW public.pivot AS SELECT * FROM reports.crosstab('select 1') AS t(a int), reports.crosstab2('select 2') AS u;
CREATE FUNCTION public.hash_password(p text) RETURNS text
    LANGUAGE sql
    AS $$ SELECT heroku_ext.crypt(p, heroku_ext.gen_salt('bf')) $$;
CREATE FUNCTION public.check_password(p text) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
  -- digest() in a comment is not a use
  RETURN digest(p, 'sha256') IS NOT NULL AND 'similarity(' <> '';
END
$$;
CREATE FUNCTION public.similarity(a text, b text) RETURNS real
    LANGUAGE sql
    AS $$ SELECT 1.0::real $$;
CREATE VIEW public.own AS SELECT public.similarity('a', 'b') AS x, similarity('a', 'b') AS y;
SELECT heroku_ext.anything_else(1);

COPY public."citext" (citext, "heroku_ext") FROM stdin;
CREATE EXTENSION postgis;	heroku_ext.x
citext	heroku_ext.citext
\.
