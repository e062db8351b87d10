-- One model, one cascade: whatever rule removed an object, what is about it
-- or uses it goes the same way, and the diagnostic names the chain.
SELECT pg_catalog.set_config('search_path', '', false);
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS supabase_vault WITH SCHEMA vault;
CREATE SCHEMA private;
-- a C function (the unsupported rule), a view over it, a view over that view
CREATE FUNCTION public.interpt_pp(path, path) RETURNS point
    LANGUAGE c IMMUTABLE STRICT
    AS '/usr/lib/regress.so', 'interpt_pp';
CREATE VIEW public.iexit AS
 SELECT public.interpt_pp(NULL::path, NULL::path) AS p;
CREATE VIEW public.iexit2 AS
 SELECT p FROM public.iexit;
COMMENT ON VIEW public.iexit2 IS 'over a dropped view';
CREATE MATERIALIZED VIEW public.iexit_m AS
 SELECT p FROM public.iexit2;
REFRESH MATERIALIZED VIEW public.iexit_m;
COMMENT ON FUNCTION public.interpt_pp(path, path) IS 'C';
-- look-alikes: the same name in another schema, in a string, as a column
CREATE FUNCTION private.interpt_pp(path, path) RETURNS point
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT point(0, 0) $$;
CREATE VIEW public.kept AS
 SELECT private.interpt_pp(NULL::path, NULL::path) AS interpt_pp, 'public.interpt_pp(' AS s;
COMMENT ON FUNCTION private.interpt_pp(path, path) IS 'public.interpt_pp is C';
-- a shell type and its comment; a shell type that a range type fills in
CREATE TYPE public.widget;
COMMENT ON TYPE public.widget IS 'a shell type';
CREATE TYPE public.float8_range;
CREATE TYPE public.float8_range AS RANGE (subtype = float8);
COMMENT ON TYPE public.float8_range IS 'kept: the range made it real';
-- unaccent's dictionary in a mapping that keeps another, and alone
CREATE TEXT SEARCH CONFIGURATION public.fr ( PARSER = pg_catalog."default" );
ALTER TEXT SEARCH CONFIGURATION public.fr ADD MAPPING FOR word WITH public.unaccent, simple;
ALTER TEXT SEARCH CONFIGURATION public.fr ADD MAPPING FOR hword WITH simple, public.unaccent, english_stem;
ALTER TEXT SEARCH CONFIGURATION public.fr ADD MAPPING FOR asciiword WITH public.unaccent;
ALTER TEXT SEARCH CONFIGURATION public.fr ADD MAPPING FOR numword WITH simple;
CREATE TEXT SEARCH DICTIONARY public.my_unaccent ( TEMPLATE = public.unaccent, RULES = 'unaccent' );
COMMENT ON TEXT SEARCH DICTIONARY public.my_unaccent IS 'its template went';
-- a grant on a removed extension's function: one verdict, no "left unchanged"
GRANT ALL ON FUNCTION extensions.pgp_sym_encrypt(text, text) TO anon;
-- an event-trigger function that runs NOTIFY: dropped, not "kept"
CREATE FUNCTION public.watch() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NOTIFY ddl; END $$;
-- a removed extension's own table, never created by the dump, its view, its rows
CREATE VIEW vault.decrypted AS
 SELECT id FROM vault.secrets;
CREATE TABLE public.t (id int, note text);
COPY vault.secrets (id, name, secret) FROM stdin;
1	a	b
\.
COPY public.t (id, note) FROM stdin;
1	vault.secrets public.interpt_pp
\.
