--
-- Base types whose input/output functions are C, as pg_dump writes them.
--

SET check_function_bodies = false;

--
-- Name: widget; Type: SHELL TYPE; Schema: public; Owner: app
--

CREATE TYPE public.widget;

CREATE FUNCTION public.widget_in(cstring) RETURNS public.widget
    LANGUAGE c STRICT
    AS '$libdir/regress', 'widget_in';

CREATE FUNCTION public.widget_out(public.widget) RETURNS cstring
    LANGUAGE c STRICT
    AS '$libdir/regress', 'widget_out';

--
-- Name: widget; Type: TYPE; Schema: public; Owner: app
--

CREATE TYPE public.widget (
    INTERNALLENGTH = 24,
    INPUT = public.widget_in,
    OUTPUT = public.widget_out,
    TYPMOD_IN = public.numerictypmodin,
    ALIGNMENT = double
);

COMMENT ON TYPE public.widget IS 'a C type';
ALTER TYPE public.widget OWNER TO app;
GRANT ALL ON TYPE public.widget TO app;
ALTER TYPE public.widget SET (STORAGE = plain);

-- Its array, a domain over it, a composite type and tables with columns of it.
CREATE DOMAIN public.small_widget AS public.widget CHECK (VALUE IS NOT NULL);
COMMENT ON DOMAIN public.small_widget IS 'gone too';
GRANT ALL ON TYPE public.small_widget TO app;
REVOKE ALL ON DOMAIN public.small_widget FROM PUBLIC;

CREATE TYPE public.pair AS (
	a public.widget,
	b integer,
	c public.small_widget[]
);

CREATE TABLE public.widget_tbl (
    id integer NOT NULL,
    foo public.widget(42,13),
    foos public.widget[],
    "widget" text DEFAULT 'public.widget'
);

ALTER TABLE public.widget_tbl ADD COLUMN bar public.widget, ADD COLUMN baz integer;

COPY public.widget_tbl (id, foo, foos, "widget", bar) FROM stdin;
1	(1,2,3)	{"(1,2,3)"}	public.widget	\N
\.

-- Functions, casts and operators over it.
CREATE FUNCTION public.widget_area(w public.widget) RETURNS double precision
    LANGUAGE sql
    AS $$ SELECT 1.0 $$;
COMMENT ON FUNCTION public.widget_area(w public.widget) IS 'gone with its type';

CREATE FUNCTION public.make_widget(integer) RETURNS public.widget
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN NULL; END $$;

CREATE CAST (integer AS public.widget) WITH FUNCTION public.make_widget(integer);
CREATE CAST (text AS public.widget) WITHOUT FUNCTION AS IMPLICIT;
COMMENT ON CAST (text AS public.widget) IS 'gone';

CREATE FUNCTION public.pt_in_widget(point, public.widget) RETURNS boolean
    LANGUAGE c
    AS '$libdir/regress', 'pt_in_widget';

CREATE OPERATOR public.<% (
    FUNCTION = public.pt_in_widget,
    LEFTARG = point,
    RIGHTARG = public.widget,
    COMMUTATOR = OPERATOR(public.>%)
);
COMMENT ON OPERATOR public.<% (point, public.widget) IS 'gone';

CREATE AGGREGATE public.widget_sum(public.widget) (
    SFUNC = public.widget_area,
    STYPE = double precision
);
COMMENT ON AGGREGATE public.widget_sum(public.widget) IS 'gone';

-- Uses that cannot be rewritten: reported, kept.
CREATE VIEW public.widget_view AS
 SELECT ('(1,2,3)'::public.widget)::text AS w;

-- Look-alikes that stay: a same-named type in another schema, the name in
-- strings, comments and quoted identifiers, a function about text.
CREATE TYPE other.widget AS (x integer);
CREATE TABLE public.lookalike (
    w other.widget,
    note text DEFAULT 'public.widget(42,13)',
    "public.widget" integer
);
COMMENT ON TABLE public.lookalike IS 'CREATE TYPE public.widget; widget_in';
/* ALTER TYPE public.widget OWNER TO app; */
CREATE FUNCTION public.widget_name() RETURNS text
    LANGUAGE sql
    AS $$ SELECT 'public.widget'::text $$;
CREATE CAST (integer AS other.widget) WITH INOUT;
GRANT ALL ON TYPE other.widget TO app;
ALTER TYPE other.widget OWNER TO app;
