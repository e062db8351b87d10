--
-- PostgreSQL database dump
--

\restrict 7iLfM7ID4Bl1XOHz8rYNAz0fGic3bk4boXpsEd9Hwg7ESQ6YsJ1zOr1Y5bffL5K

-- Dumped from database version 17.12 (Debian 17.12-0+deb13u1)
-- Dumped by pg_dump version 17.12 (Debian 17.12-0+deb13u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: app; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA app;


ALTER SCHEMA app OWNER TO postgres;

--
-- Name: heroku_ext; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA heroku_ext;


ALTER SCHEMA heroku_ext OWNER TO postgres;

--
-- Name: btree_gin; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION btree_gin; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION btree_gin IS 'support for indexing common datatypes in GIN';


--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';


--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';


--
-- Name: cube; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS cube WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION cube; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION cube IS 'data type for multidimensional cubes';


--
-- Name: dblink; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS dblink WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION dblink; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION dblink IS 'connect to other PostgreSQL databases from within a database';


--
-- Name: earthdistance; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS earthdistance WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION earthdistance; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION earthdistance IS 'calculate great-circle distances on the surface of the Earth';


--
-- Name: fuzzystrmatch; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS fuzzystrmatch WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION fuzzystrmatch; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION fuzzystrmatch IS 'determine similarities and distance between strings';


--
-- Name: hstore; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION hstore; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';


--
-- Name: intarray; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS intarray WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION intarray; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION intarray IS 'functions, operators, and index support for 1-D arrays of integers';


--
-- Name: isn; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS isn WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION isn; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION isn IS 'data types for international product numbering standards';


--
-- Name: lo; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS lo WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION lo; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION lo IS 'Large Object maintenance';


--
-- Name: ltree; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS ltree WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION ltree; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION ltree IS 'data type for hierarchical tree-like structures';


--
-- Name: pg_buffercache; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_buffercache WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION pg_buffercache; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pg_buffercache IS 'examine the shared buffer cache';


--
-- Name: pg_stat_statements; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_stat_statements WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION pg_stat_statements; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pg_stat_statements IS 'track planning and execution statistics of all SQL statements executed';


--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


--
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';


--
-- Name: pgrowlocks; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgrowlocks WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION pgrowlocks; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pgrowlocks IS 'show row-level locking information';


--
-- Name: postgis; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION postgis; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION postgis IS 'PostGIS geometry and geography spatial types and functions';


--
-- Name: postgres_fdw; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS postgres_fdw WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION postgres_fdw; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION postgres_fdw IS 'foreign-data wrapper for remote PostgreSQL servers';


--
-- Name: tablefunc; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS tablefunc WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION tablefunc; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION tablefunc IS 'functions that manipulate whole tables, including crosstab';


--
-- Name: tsm_system_rows; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS tsm_system_rows WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION tsm_system_rows; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION tsm_system_rows IS 'TABLESAMPLE method which accepts number of rows as a limit';


--
-- Name: unaccent; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION unaccent; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION unaccent IS 'text search dictionary that removes accents';


--
-- Name: uuid-ossp; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION "uuid-ossp"; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION "uuid-ossp" IS 'generate universally unique identifiers (UUIDs)';


--
-- Name: f_unaccent(text); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'public', 'heroku_ext'
    AS $_$ SELECT unaccent('unaccent', $1) $_$;


ALTER FUNCTION public.f_unaccent(text) OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: docs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.docs (
    id integer NOT NULL,
    title text NOT NULL,
    code text,
    blob heroku_ext.lo,
    CONSTRAINT docs_code_check CHECK ((heroku_ext.levenshtein(code, ''::text) >= 0))
);


ALTER TABLE public.docs OWNER TO postgres;

--
-- Name: similar_titles(text); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.similar_titles(q text) RETURNS SETOF public.docs
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
  RETURN QUERY SELECT * FROM docs WHERE similarity(title, q) > 0.3;
END
$$;


ALTER FUNCTION public.similar_titles(q text) OWNER TO postgres;

--
-- Name: title_soundex(text); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.title_soundex(t text) RETURNS text
    LANGUAGE sql IMMUTABLE
    BEGIN ATOMIC
 SELECT heroku_ext.soundex(t) AS soundex;
END;


ALTER FUNCTION public.title_soundex(t text) OWNER TO postgres;

--
-- Name: citext; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.citext (
    geometry text,
    note text DEFAULT 'citext gin_trgm_ops'::text
);


ALTER TABLE app.citext OWNER TO postgres;

--
-- Name: TABLE citext; Type: COMMENT; Schema: app; Owner: postgres
--

COMMENT ON TABLE app.citext IS 'not the citext type; geometry is a column';


--
-- Name: bookings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.bookings (
    id integer NOT NULL,
    room integer NOT NULL,
    during tstzrange NOT NULL
);


ALTER TABLE public.bookings OWNER TO postgres;

--
-- Name: bookings_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.bookings_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.bookings_id_seq OWNER TO postgres;

--
-- Name: bookings_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.bookings_id_seq OWNED BY public.bookings.id;


--
-- Name: docs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.docs_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.docs_id_seq OWNER TO postgres;

--
-- Name: docs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.docs_id_seq OWNED BY public.docs.id;


--
-- Name: places; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.places (
    id integer NOT NULL,
    name text,
    location heroku_ext.geometry(Point,4326),
    area heroku_ext.geography,
    box heroku_ext.cube,
    lat double precision NOT NULL,
    lon double precision NOT NULL,
    CONSTRAINT places_lat_ok CHECK (((lat >= ('-90'::integer)::double precision) AND (lat <= (90)::double precision)))
);


ALTER TABLE public.places OWNER TO postgres;

--
-- Name: place_coords; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.place_coords AS
 SELECT id,
    name,
    heroku_ext.st_x(location) AS x,
    heroku_ext.st_y(location) AS y
   FROM public.places;


ALTER VIEW public.place_coords OWNER TO postgres;

--
-- Name: VIEW place_coords; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON VIEW public.place_coords IS 'PostGIS coordinates';


--
-- Name: named_place_coords; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.named_place_coords AS
 SELECT id,
    name,
    x,
    y
   FROM public.place_coords
  WHERE (name IS NOT NULL);


ALTER VIEW public.named_place_coords OWNER TO postgres;

--
-- Name: place_distances; Type: MATERIALIZED VIEW; Schema: public; Owner: postgres
--

CREATE MATERIALIZED VIEW public.place_distances AS
 SELECT id,
    heroku_ext.earth_distance(heroku_ext.ll_to_earth(lat, lon), heroku_ext.ll_to_earth((0)::double precision, (0)::double precision)) AS metres
   FROM public.places
  WITH NO DATA;


ALTER MATERIALIZED VIEW public.place_distances OWNER TO postgres;

--
-- Name: places_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.places_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.places_id_seq OWNER TO postgres;

--
-- Name: places_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.places_id_seq OWNED BY public.places.id;


--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    public_id uuid DEFAULT heroku_ext.gen_random_uuid() NOT NULL,
    legacy_id uuid DEFAULT heroku_ext.uuid_generate_v4() NOT NULL,
    email heroku_ext.citext NOT NULL,
    aliases heroku_ext.citext[] DEFAULT '{}'::heroku_ext.citext[] NOT NULL,
    name text NOT NULL,
    password_hash text DEFAULT heroku_ext.crypt('changeme'::text, heroku_ext.gen_salt('bf'::text, 4)) NOT NULL,
    tags integer[] DEFAULT '{}'::integer[] NOT NULL,
    attrs heroku_ext.hstore,
    isbn heroku_ext.isbn13,
    path heroku_ext.ltree,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: user_emails; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.user_emails AS
 SELECT id,
    email,
    name
   FROM public.users;


ALTER VIEW public.user_emails OWNER TO postgres;

--
-- Name: bookings id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bookings ALTER COLUMN id SET DEFAULT nextval('public.bookings_id_seq'::regclass);


--
-- Name: docs id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.docs ALTER COLUMN id SET DEFAULT nextval('public.docs_id_seq'::regclass);


--
-- Name: places id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.places ALTER COLUMN id SET DEFAULT nextval('public.places_id_seq'::regclass);


--
-- Data for Name: citext; Type: TABLE DATA; Schema: app; Owner: postgres
--

COPY app.citext (geometry, note) FROM stdin;
POINT(1 2)	citext::text
\N	\N
\.


--
-- Data for Name: spatial_ref_sys; Type: TABLE DATA; Schema: heroku_ext; Owner: postgres
--

COPY heroku_ext.spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text) FROM stdin;
990001	test	990001		
\.


--
-- Data for Name: bookings; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.bookings (id, room, during) FROM stdin;
1	1	["2024-01-01 10:00:00+00","2024-01-01 11:00:00+00")
2	1	["2024-01-01 11:00:00+00","2024-01-01 12:00:00+00")
3	2	["2024-01-01 10:00:00+00","2024-01-01 12:00:00+00")
\.


--
-- Data for Name: docs; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.docs (id, title, code, blob) FROM stdin;
1	first	abc	12345
2	second	\N	\N
\.


--
-- Data for Name: places; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.places (id, name, location, area, box, lat, lon) FROM stdin;
1	Paris	0101000020E6100000CDCCCCCCCCCC0240AE47E17A146E4840	0103000020E6100000010000000500000000000000000000000000000000000000000000000000F03F0000000000000000000000000000F03F000000000000F03F0000000000000000000000000000F03F00000000000000000000000000000000	(1, 2),(3, 4)	48.86	2.35
2	\N	0101000020E6100000A4703D0AD7A3C0BFE17A14AE47C14940	\N	(1)	51.51	-0.13
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.users (id, public_id, legacy_id, email, aliases, name, password_hash, tags, attrs, isbn, path, created_at) FROM stdin;
35a389b0-e5ba-403a-ba51-5db0f816a36a	42005153-ec19-427d-95c0-0c1bf381a91a	842f06e8-9fdb-4e95-81c2-91374cecacc6	Alice@Example.com	{A@x.org}	Alice Ångström	$2a$04$ZJSBufkGSGhs6WYvUvmI6ONO/OcIsajMAvYfgaWb9lJFuc26R9Wqi	{1,2,3}	"a"=>"1", "b"=>"2"	978-0-306-40615-7	top.science.physics	2026-12-02 23:43:31.535535+00
b36dca55-7e5a-4fe6-ae45-a56e98b2d543	2f93655a-c01a-43af-9e36-30859f8f2469	01d1b40d-5eef-44fe-ad6c-0855cb1f8bc2	bob@example.com	{}	Bob	$2a$04$PXgNpCY8.Y7lO9q0/oEJ7eVpC.l8h0WK84mD85vB8yP/RkSjiCZRC	{}	\N	\N	top.arts	2026-12-02 23:43:31.535535+00
e0a5dba3-9c0b-4dd8-9893-bcda9d83dced	cd3f91ba-27f9-4edf-b130-8c4b8bb33189	aaa4f764-0ef7-4959-8138-09bedb050ad1	carol@example.com	{C@x.org,c@y.org}	Carol "the" citext	$2a$04$OTcDF0fkK504/h1dvaa./eQ6jRO586MtvYSyS6E8d0kUfEENQ9VkS	{42}	"k"=>"v w"	978-0-262-03384-8	\N	2026-12-02 23:43:31.535535+00
\.


--
-- Name: bookings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.bookings_id_seq', 3, true);


--
-- Name: docs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.docs_id_seq', 2, true);


--
-- Name: places_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.places_id_seq', 2, true);


--
-- Name: bookings bookings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_pkey PRIMARY KEY (id);


--
-- Name: bookings bookings_room_during_excl; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_room_during_excl EXCLUDE USING gist (room WITH =, during WITH &&);


--
-- Name: docs docs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.docs
    ADD CONSTRAINT docs_pkey PRIMARY KEY (id);


--
-- Name: places places_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.places
    ADD CONSTRAINT places_pkey PRIMARY KEY (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: places_earth; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX places_earth ON public.places USING gist (heroku_ext.ll_to_earth(lat, lon));


--
-- Name: places_location; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX places_location ON public.places USING gist (location);


--
-- Name: users_attrs; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX users_attrs ON public.users USING gin (attrs);


--
-- Name: users_created_gin; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX users_created_gin ON public.users USING gin (created_at);


--
-- Name: users_email_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX users_email_key ON public.users USING btree (email);


--
-- Name: users_lower_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX users_lower_name ON public.users USING btree (lower(name));


--
-- Name: users_name_trgm; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX users_name_trgm ON public.users USING gin (name heroku_ext.gin_trgm_ops);


--
-- Name: users_name_trgm_gist; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX users_name_trgm_gist ON public.users USING gist (name heroku_ext.gist_trgm_ops);


--
-- Name: users_name_unaccent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX users_name_unaccent ON public.users USING btree (public.f_unaccent(name));


--
-- Name: users_path; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX users_path ON public.users USING gist (path);


--
-- Name: users_tags; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX users_tags ON public.users USING gin (tags heroku_ext.gin__int_ops);


--
-- Name: docs docs_blob; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER docs_blob BEFORE DELETE OR UPDATE ON public.docs FOR EACH ROW EXECUTE FUNCTION heroku_ext.lo_manage('blob');


--
-- Name: place_distances; Type: MATERIALIZED VIEW DATA; Schema: public; Owner: postgres
--

REFRESH MATERIALIZED VIEW public.place_distances;


--
-- PostgreSQL database dump complete
--

\unrestrict 7iLfM7ID4Bl1XOHz8rYNAz0fGic3bk4boXpsEd9Hwg7ESQ6YsJ1zOr1Y5bffL5K

