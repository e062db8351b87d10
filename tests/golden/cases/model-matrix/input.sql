-- The cascade matrix: each kind of removal against each kind of dependent.
-- Written the way pg_dump writes (qualified names, empty search_path).
SELECT pg_catalog.set_config('search_path', '', false);
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE TABLE public.base (id integer NOT NULL, email text, body text, n integer);

-- ==== a C function ====
CREATE FUNCTION public.cf(integer) RETURNS integer LANGUAGE c IMMUTABLE STRICT AS '$libdir/regress', 'cf';
COMMENT ON FUNCTION public.cf(integer) IS 'C';
ALTER FUNCTION public.cf(integer) OWNER TO app;
GRANT ALL ON FUNCTION public.cf(integer) TO app;
SECURITY LABEL FOR dummy ON FUNCTION public.cf(integer) IS 'secret';
CREATE VIEW public.cf_v AS SELECT public.cf(base.n) AS x FROM public.base;
CREATE VIEW public.cf_vv AS SELECT cf_v.x FROM public.cf_v;
CREATE MATERIALIZED VIEW public.cf_m AS SELECT cf_v.x FROM public.cf_v WITH NO DATA;
CREATE INDEX cf_i ON public.base USING btree (public.cf(n));
CREATE TABLE public.cf_t (a integer DEFAULT public.cf(1), b integer, CONSTRAINT cf_chk CHECK ((public.cf(b) > 0)));
ALTER TABLE public.base ADD CONSTRAINT base_cf_chk CHECK ((public.cf(n) > 0)) NOT VALID;
CREATE FUNCTION public.cf_sql(integer) RETURNS integer LANGUAGE sql BEGIN ATOMIC SELECT public.cf($1); END;
CREATE AGGREGATE public.cf_agg(integer) (SFUNC = int4pl, STYPE = integer, FINALFUNC = public.cf);
CREATE OPERATOR public.### (FUNCTION = public.cf, RIGHTARG = integer);
CREATE RULE cf_r AS ON INSERT TO public.cf_t DO ALSO SELECT public.cf(new.a) AS cf;
REFRESH MATERIALIZED VIEW public.cf_m;

-- ==== a trigger function in C, and its trigger ====
CREATE FUNCTION public.ctrig() RETURNS trigger LANGUAGE c AS '$libdir/regress', 'ctrig';
CREATE TRIGGER ctrig_t BEFORE INSERT ON public.base FOR EACH ROW EXECUTE FUNCTION public.ctrig();
COMMENT ON TRIGGER ctrig_t ON public.base IS 'C trigger';
ALTER TABLE public.base DISABLE TRIGGER ctrig_t;

-- ==== a base type (C input/output) and a shell type ====
CREATE TYPE public.widget;
CREATE FUNCTION public.widget_in(cstring) RETURNS public.widget LANGUAGE c IMMUTABLE STRICT AS '$libdir/regress', 'widget_in';
CREATE FUNCTION public.widget_out(public.widget) RETURNS cstring LANGUAGE c IMMUTABLE STRICT AS '$libdir/regress', 'widget_out';
CREATE TYPE public.widget (INTERNALLENGTH = 24, INPUT = public.widget_in, OUTPUT = public.widget_out);
COMMENT ON TYPE public.widget IS 'a base type';
ALTER TYPE public.widget OWNER TO app;
CREATE DOMAIN public.widget_d AS public.widget;
CREATE TABLE public.widgets (id integer, w public.widget, ws public.widget[]);
CREATE VIEW public.widget_v AS SELECT widgets.w FROM public.widgets;
CREATE FUNCTION public.widget_f(public.widget) RETURNS text LANGUAGE sql AS $$ SELECT 'w' $$;
CREATE CAST (public.widget AS text) WITH INOUT;
CREATE TYPE public.shellt;
COMMENT ON TYPE public.shellt IS 'a shell type';

-- ==== an event-trigger function ====
CREATE FUNCTION public.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('ddl', ''); END $$;
COMMENT ON FUNCTION public.on_ddl() IS 'event trigger function';
ALTER FUNCTION public.on_ddl() OWNER TO app;
CREATE EVENT TRIGGER on_ddl ON ddl_command_end EXECUTE FUNCTION public.on_ddl();
COMMENT ON EVENT TRIGGER on_ddl IS 'gone';

-- ==== a foreign table ====
CREATE FOREIGN DATA WRAPPER dummy_fdw;
CREATE SERVER s FOREIGN DATA WRAPPER dummy_fdw;
CREATE FOREIGN TABLE public.ft (id integer, v text) SERVER s;
COMMENT ON FOREIGN TABLE public.ft IS 'remote';
COMMENT ON COLUMN public.ft.v IS 'remote column';
GRANT SELECT ON TABLE public.ft TO app;
CREATE VIEW public.ft_v AS SELECT ft.id FROM public.ft;
CREATE VIEW public.ft_vv AS SELECT ft_v.id FROM public.ft_v;

-- ==== an extension's type (citext), function (pgcrypto), operator class (pg_trgm), dictionary (unaccent) ====
CREATE TABLE public.users (id integer NOT NULL, email public.citext, pw text DEFAULT public.crypt('x'::text, public.gen_salt('bf'::text)));
CREATE DOMAIN public.email_d AS public.citext;
CREATE VIEW public.users_v AS SELECT public.digest(users.pw, 'sha256'::text) AS h FROM public.users;
CREATE VIEW public.users_vv AS SELECT users_v.h FROM public.users_v;
COMMENT ON VIEW public.users_vv IS 'over a dropped view';
CREATE INDEX users_trgm ON public.users USING gin (pw public.gin_trgm_ops);
COMMENT ON INDEX public.users_trgm IS 'trigram';
CREATE FUNCTION public.h(text) RETURNS bytea LANGUAGE sql BEGIN ATOMIC SELECT public.digest($1, 'sha1'::text); END;
CREATE TEXT SEARCH CONFIGURATION public.fr (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.fr ADD MAPPING FOR word WITH public.unaccent, simple;
ALTER TEXT SEARCH CONFIGURATION public.fr ADD MAPPING FOR asciiword WITH public.unaccent;
GRANT ALL ON FUNCTION public.digest(text, text) TO app;
COMMENT ON FUNCTION public.digest(text, text) IS 'pgcrypto';

-- ==== look-alikes that stay ====
CREATE SCHEMA other;
CREATE FUNCTION other.cf(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT $1 $$;
CREATE VIEW public.kept_v AS SELECT other.cf(base.n) AS cf, 'public.cf(1)'::text AS s FROM public.base;
COMMENT ON VIEW public.kept_v IS 'calls other.cf, not public.cf';
CREATE TABLE public.kept_t (widget text, citext text, ft integer);

COPY public.base (id, email, body, n) FROM stdin;
1	a@b	public.cf(1) widget	3
\.
COPY public.widgets (id, w, ws) FROM stdin;
1	(1,2)	{"(1,2)"}
\.
COPY public.users (id, email, pw) FROM stdin;
1	A@B	x
\.
COPY public.kept_t (widget, citext, ft) FROM stdin;
public.widget	public.citext	1
\.
