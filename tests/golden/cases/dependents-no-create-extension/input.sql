-- pg_dump -n public of a Heroku database: the extensions (in heroku_ext) are not in the dump,
-- but names qualified with heroku_ext still tell which objects are theirs.
--
-- PostgreSQL database dump
--

\restrict ZGt1Sq0XNJgsZqIZKVS85PtdSfnen5WezauNpI2DRaUSqlbS11RP6JA3FQvbScY

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: app; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA app;


--
-- Name: heroku_ext; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA heroku_ext;


--
-- Name: btree_gin; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION btree_gin; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: cube; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION cube; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: dblink; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION dblink; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: earthdistance; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION earthdistance; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: fuzzystrmatch; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION fuzzystrmatch; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: hstore; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION hstore; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: intarray; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION intarray; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: isn; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION isn; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: lo; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION lo; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: ltree; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION ltree; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: pg_buffercache; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION pg_buffercache; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: pg_stat_statements; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION pg_stat_statements; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: pgrowlocks; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION pgrowlocks; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: postgis; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION postgis; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: postgres_fdw; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION postgres_fdw; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: tablefunc; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION tablefunc; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: tsm_system_rows; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION tsm_system_rows; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: unaccent; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION unaccent; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: uuid-ossp; Type: EXTENSION; Schema: -; Owner: -
--



--
-- Name: EXTENSION "uuid-ossp"; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: f_unaccent(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $_$ SELECT unaccent('unaccent', $1) $_$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: docs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.docs (
    id integer NOT NULL,
    title text NOT NULL,
    code text,
    blob heroku_ext.lo,
    CONSTRAINT docs_code_check CHECK ((heroku_ext.levenshtein(code, ''::text) >= 0))
);


--
-- Name: similar_titles(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.similar_titles(q text) RETURNS SETOF public.docs
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
  RETURN QUERY SELECT * FROM docs WHERE similarity(title, q) > 0.3;
END
$$;


--
-- Name: title_soundex(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.title_soundex(t text) RETURNS text
    LANGUAGE sql IMMUTABLE
    BEGIN ATOMIC
 SELECT heroku_ext.soundex(t) AS soundex;
END;


--
-- Name: citext; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.citext (
    geometry text,
    note text DEFAULT 'citext gin_trgm_ops'::text
);


--
-- Name: TABLE citext; Type: COMMENT; Schema: app; Owner: -
--

COMMENT ON TABLE app.citext IS 'not the citext type; geometry is a column';


--
-- Name: bookings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bookings (
    id integer NOT NULL,
    room integer NOT NULL,
    during tstzrange NOT NULL
);


--
-- Name: bookings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.bookings_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: bookings_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.bookings_id_seq OWNED BY public.bookings.id;


--
-- Name: docs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.docs_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: docs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.docs_id_seq OWNED BY public.docs.id;


--
-- Name: places; Type: TABLE; Schema: public; Owner: -
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


--
-- Name: place_coords; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.place_coords AS
 SELECT places.id,
    places.name,
    heroku_ext.st_x(places.location) AS x,
    heroku_ext.st_y(places.location) AS y
   FROM public.places;


--
-- Name: VIEW place_coords; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON VIEW public.place_coords IS 'PostGIS coordinates';


--
-- Name: named_place_coords; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.named_place_coords AS
 SELECT place_coords.id,
    place_coords.name,
    place_coords.x,
    place_coords.y
   FROM public.place_coords
  WHERE (place_coords.name IS NOT NULL);


--
-- Name: place_distances; Type: MATERIALIZED VIEW; Schema: public; Owner: -
--

CREATE MATERIALIZED VIEW public.place_distances AS
 SELECT places.id,
    heroku_ext.earth_distance(heroku_ext.ll_to_earth(places.lat, places.lon), heroku_ext.ll_to_earth((0)::double precision, (0)::double precision)) AS metres
   FROM public.places
  WITH NO DATA;


--
-- Name: places_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.places_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: places_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.places_id_seq OWNED BY public.places.id;


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
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


--
-- Name: user_emails; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.user_emails AS
 SELECT users.id,
    users.email,
    users.name
   FROM public.users;


--
-- Name: bookings id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings ALTER COLUMN id SET DEFAULT nextval('public.bookings_id_seq'::regclass);


--
-- Name: docs id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.docs ALTER COLUMN id SET DEFAULT nextval('public.docs_id_seq'::regclass);


--
-- Name: places id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.places ALTER COLUMN id SET DEFAULT nextval('public.places_id_seq'::regclass);


--
-- Data for Name: citext; Type: TABLE DATA; Schema: app; Owner: -
--

COPY app.citext (geometry, note) FROM stdin;
POINT(1 2)	citext::text
\N	\N
\.


--
-- Data for Name: spatial_ref_sys; Type: TABLE DATA; Schema: heroku_ext; Owner: -
--

COPY heroku_ext.spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text) FROM stdin;
990001	test	990001		
\.


--
-- Data for Name: bookings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bookings (id, room, during) FROM stdin;
1	1	["2024-01-01 10:00:00+00","2024-01-01 11:00:00+00")
2	1	["2024-01-01 11:00:00+00","2024-01-01 12:00:00+00")
3	2	["2024-01-01 10:00:00+00","2024-01-01 12:00:00+00")
\.


--
-- Data for Name: docs; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.docs (id, title, code, blob) FROM stdin;
1	first	abc	12345
2	second	\N	\N
\.


--
-- Data for Name: places; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.places (id, name, location, area, box, lat, lon) FROM stdin;
1	Paris	0101000020E6100000CDCCCCCCCCCC0240AE47E17A146E4840	0103000020E6100000010000000500000000000000000000000000000000000000000000000000F03F0000000000000000000000000000F03F000000000000F03F0000000000000000000000000000F03F00000000000000000000000000000000	(1, 2),(3, 4)	48.86	2.35
2	\N	0101000020E6100000A4703D0AD7A3C0BFE17A14AE47C14940	\N	(1)	51.51	-0.13
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users (id, public_id, legacy_id, email, aliases, name, password_hash, tags, attrs, isbn, path, created_at) FROM stdin;
7633cbd7-8c77-4108-b2a1-70577467ec38	74b6fe95-a416-4344-96f7-d17a7fb1f30c	b1e6629b-f179-49de-954c-53035e10f4ff	Alice@Example.com	{A@x.org}	Alice Ångström	$2a$04$FXb0OlGzxhmoFGnQ2LyhJeGVpyD5RJcG.aeXuvl2PJ36TPx2SdHfW	{1,2,3}	"a"=>"1", "b"=>"2"	978-0-306-40615-7	top.science.physics	2026-11-24 12:31:20.779041+00
8da9c981-b72d-4010-b10f-5b491f952a05	7c5b9943-ee7d-404c-810d-1e5c58f33b40	696b86a2-5baf-48da-9dd2-d0d7564c0651	bob@example.com	{}	Bob	$2a$04$FCnDAzjr/ijTliR1vq367.JCenLzMViaQxbTVwS6KCEvrQF3BotLO	{}	\N	\N	top.arts	2026-11-24 12:31:20.779041+00
7a49ca8c-a441-4bb8-a3a9-72a6c95b8c5b	6857d2d6-fa03-4578-8397-a353e981f778	3457a185-e986-422f-b3da-3392e39d878f	carol@example.com	{C@x.org,c@y.org}	Carol "the" citext	$2a$04$0RB6v9wjT4cb7JGnCDRb0O2L1UfPR4SQSHdyNSJAkKZDZ.IdJSYku	{42}	"k"=>"v w"	978-0-262-03384-8	\N	2026-11-24 12:31:20.779041+00
\.


--
-- Name: bookings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bookings_id_seq', 3, true);


--
-- Name: docs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.docs_id_seq', 2, true);


--
-- Name: places_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.places_id_seq', 2, true);


--
-- Name: bookings bookings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_pkey PRIMARY KEY (id);


--
-- Name: bookings bookings_room_during_excl; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_room_during_excl EXCLUDE USING gist (room WITH =, during WITH &&);


--
-- Name: docs docs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.docs
    ADD CONSTRAINT docs_pkey PRIMARY KEY (id);


--
-- Name: places places_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.places
    ADD CONSTRAINT places_pkey PRIMARY KEY (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: places_earth; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX places_earth ON public.places USING gist (heroku_ext.ll_to_earth(lat, lon));


--
-- Name: places_location; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX places_location ON public.places USING gist (location);


--
-- Name: users_attrs; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_attrs ON public.users USING gin (attrs);


--
-- Name: users_created_gin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_created_gin ON public.users USING gin (created_at);


--
-- Name: users_email_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_email_key ON public.users USING btree (email);


--
-- Name: users_lower_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_lower_name ON public.users USING btree (lower(name));


--
-- Name: users_name_trgm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_name_trgm ON public.users USING gin (name heroku_ext.gin_trgm_ops);


--
-- Name: users_name_trgm_gist; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_name_trgm_gist ON public.users USING gist (name heroku_ext.gist_trgm_ops);


--
-- Name: users_name_unaccent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_name_unaccent ON public.users USING btree (public.f_unaccent(name));


--
-- Name: users_path; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_path ON public.users USING gist (path);


--
-- Name: users_tags; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_tags ON public.users USING gin (tags heroku_ext.gin__int_ops);


--
-- Name: docs docs_blob; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER docs_blob BEFORE DELETE OR UPDATE ON public.docs FOR EACH ROW EXECUTE FUNCTION heroku_ext.lo_manage('blob');


--
-- Name: place_distances; Type: MATERIALIZED VIEW DATA; Schema: public; Owner: -
--

REFRESH MATERIALIZED VIEW public.place_distances;


--
-- PostgreSQL database dump complete
--

\unrestrict ZGt1Sq0XNJgsZqIZKVS85PtdSfnen5WezauNpI2DRaUSqlbS11RP6JA3FQvbScY

