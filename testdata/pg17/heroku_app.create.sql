--
-- PostgreSQL database dump
--

\restrict dsrcjPjbpRPcy3afiDCRCpEevAwO3bIqDqVcRTjTvxCwZyw706fiKJ3WuWgO7Ax

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
-- Name: heroku_app; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE heroku_app WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';


ALTER DATABASE heroku_app OWNER TO postgres;

\unrestrict dsrcjPjbpRPcy3afiDCRCpEevAwO3bIqDqVcRTjTvxCwZyw706fiKJ3WuWgO7Ax
\connect heroku_app
\restrict dsrcjPjbpRPcy3afiDCRCpEevAwO3bIqDqVcRTjTvxCwZyw706fiKJ3WuWgO7Ax

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
-- Name: heroku_app; Type: DATABASE PROPERTIES; Schema: -; Owner: postgres
--

ALTER DATABASE heroku_app SET default_transaction_isolation TO 'serializable';
ALTER DATABASE heroku_app SET transaction_timeout TO '1h';


\unrestrict dsrcjPjbpRPcy3afiDCRCpEevAwO3bIqDqVcRTjTvxCwZyw706fiKJ3WuWgO7Ax
\connect heroku_app
\restrict dsrcjPjbpRPcy3afiDCRCpEevAwO3bIqDqVcRTjTvxCwZyw706fiKJ3WuWgO7Ax

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
-- Name: _heroku; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA _heroku;


ALTER SCHEMA _heroku OWNER TO postgres;

--
-- Name: SCHEMA _heroku; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA _heroku IS 'Heroku Postgres management (stand-in)';


--
-- Name: _herokuapp; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA _herokuapp;


ALTER SCHEMA _herokuapp OWNER TO postgres;

--
-- Name: heroku; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA heroku;


ALTER SCHEMA heroku OWNER TO postgres;

--
-- Name: heroku_ext; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA heroku_ext;


ALTER SCHEMA heroku_ext OWNER TO postgres;

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
-- Name: hstore; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION hstore; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';


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
-- Name: uuid-ossp; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION "uuid-ossp"; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION "uuid-ossp" IS 'generate universally unique identifiers (UUIDs)';


--
-- Name: order_status; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.order_status AS ENUM (
    'new',
    'paid',
    'shipped',
    'cancelled'
);


ALTER TYPE public.order_status OWNER TO postgres;

--
-- Name: create_ext(); Type: FUNCTION; Schema: _heroku; Owner: postgres
--

CREATE FUNCTION _heroku.create_ext() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
BEGIN
  RAISE NOTICE 'extension created';
END;
$$;


ALTER FUNCTION _heroku.create_ext() OWNER TO postgres;

--
-- Name: FUNCTION create_ext(); Type: COMMENT; Schema: _heroku; Owner: postgres
--

COMMENT ON FUNCTION _heroku.create_ext() IS 'called by the log_create_ext event trigger';


--
-- Name: drop_ext(); Type: FUNCTION; Schema: _heroku; Owner: postgres
--

CREATE FUNCTION _heroku.drop_ext() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
BEGIN
  RAISE NOTICE 'extension dropped';
END;
$$;


ALTER FUNCTION _heroku.drop_ext() OWNER TO postgres;

--
-- Name: extension_before_drop(); Type: FUNCTION; Schema: _heroku; Owner: postgres
--

CREATE FUNCTION _heroku.extension_before_drop() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
BEGIN
  RAISE NOTICE 'extension about to be dropped';
END;
$$;


ALTER FUNCTION _heroku.extension_before_drop() OWNER TO postgres;

--
-- Name: grant_table_if_exists(text, text, text, text); Type: FUNCTION; Schema: _heroku; Owner: postgres
--

CREATE FUNCTION _heroku.grant_table_if_exists(alias_schemaname text, grants text, databaseowner text, alias_tablename text DEFAULT NULL::text) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  RAISE NOTICE 'would grant % on %.% to %', grants, alias_schemaname, alias_tablename, databaseowner;
END;
$$;


ALTER FUNCTION _heroku.grant_table_if_exists(alias_schemaname text, grants text, databaseowner text, alias_tablename text) OWNER TO postgres;

--
-- Name: postgis_after_create(); Type: FUNCTION; Schema: _heroku; Owner: postgres
--

CREATE FUNCTION _heroku.postgis_after_create() RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  PERFORM _heroku.grant_table_if_exists('public', 'SELECT', current_user, 'spatial_ref_sys');
END;
$$;


ALTER FUNCTION _heroku.postgis_after_create() OWNER TO postgres;

--
-- Name: validate_extension(); Type: FUNCTION; Schema: _heroku; Owner: postgres
--

CREATE FUNCTION _heroku.validate_extension() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
BEGIN
  RAISE NOTICE 'schema _heroku is not for extensions';
END;
$$;


ALTER FUNCTION _heroku.validate_extension() OWNER TO postgres;

--
-- Name: notify_order(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.notify_order() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  PERFORM pg_notify('orders', NEW.id::text);
  RETURN NEW;
END;
$$;


ALTER FUNCTION public.notify_order() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders (
    id bigint NOT NULL,
    account_id uuid NOT NULL,
    status public.order_status DEFAULT 'new'::public.order_status NOT NULL,
    note text,
    total numeric(12,2) NOT NULL,
    placed_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric))
);


ALTER TABLE public.orders OWNER TO postgres;

--
-- Name: order_rank(uuid); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.order_rank(a uuid) RETURNS TABLE(id bigint, rank bigint)
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT o.id,
     rank() OVER (PARTITION BY o.account_id ORDER BY o.total DESC) AS rank
    FROM public.orders o
   WHERE (o.account_id = order_rank.a);
END;


ALTER FUNCTION public.order_rank(a uuid) OWNER TO postgres;

--
-- Name: deploys; Type: TABLE; Schema: _herokuapp; Owner: postgres
--

CREATE TABLE _herokuapp.deploys (
    id integer NOT NULL,
    app text DEFAULT '_heroku'::text
);


ALTER TABLE _herokuapp.deploys OWNER TO postgres;

--
-- Name: TABLE deploys; Type: COMMENT; Schema: _herokuapp; Owner: postgres
--

COMMENT ON TABLE _herokuapp.deploys IS 'SET transaction_timeout = 0; is what pg_dump 17 writes';


--
-- Name: releases; Type: TABLE; Schema: heroku; Owner: postgres
--

CREATE TABLE heroku.releases (
    version integer NOT NULL,
    note text
);


ALTER TABLE heroku.releases OWNER TO postgres;

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.accounts (
    id uuid DEFAULT heroku_ext.gen_random_uuid() NOT NULL,
    email heroku_ext.citext NOT NULL,
    name text NOT NULL,
    settings heroku_ext.hstore,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.accounts FORCE ROW LEVEL SECURITY;


ALTER TABLE public.accounts OWNER TO postgres;

--
-- Name: TABLE accounts; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.accounts IS 'Tenants; row-level security keeps them apart; see policy "accounts_self".';


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.audit_log (
    id integer NOT NULL,
    at timestamp with time zone DEFAULT now(),
    message text
);


ALTER TABLE public.audit_log OWNER TO postgres;

--
-- Name: audit_log_archive; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.audit_log_archive (
    archived_by text
)
INHERITS (public.audit_log);


ALTER TABLE public.audit_log_archive OWNER TO postgres;

--
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.audit_log_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.audit_log_id_seq OWNER TO postgres;

--
-- Name: audit_log_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.audit_log_id_seq OWNED BY public.audit_log.id;


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
-- Name: events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events (
    id bigint NOT NULL,
    happened_at date NOT NULL,
    payload jsonb
)
PARTITION BY RANGE (happened_at);


ALTER TABLE public.events OWNER TO postgres;

--
-- Name: events_2025; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events_2025 (
    id bigint NOT NULL,
    happened_at date NOT NULL,
    payload jsonb
);


ALTER TABLE public.events_2025 OWNER TO postgres;

--
-- Name: events_2026; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events_2026 (
    id bigint NOT NULL,
    happened_at date NOT NULL,
    payload jsonb
);


ALTER TABLE public.events_2026 OWNER TO postgres;

--
-- Name: job_cache; Type: TABLE; Schema: public; Owner: postgres
--

CREATE UNLOGGED TABLE public.job_cache (
    id integer NOT NULL,
    payload jsonb
);


ALTER TABLE public.job_cache OWNER TO postgres;

--
-- Name: job_cache_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.job_cache ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.job_cache_id_seq
    LOGGED
    START WITH 100
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: job_runs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.job_runs (
    id bigint NOT NULL,
    job text NOT NULL
);


ALTER TABLE public.job_runs OWNER TO postgres;

--
-- Name: job_runs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.job_runs ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.job_runs_id_seq
    UNLOGGED
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.orders_id_seq OWNER TO postgres;

--
-- Name: orders_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;


--
-- Name: events_2025; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');


--
-- Name: events_2026; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');


--
-- Name: audit_log id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.audit_log ALTER COLUMN id SET DEFAULT nextval('public.audit_log_id_seq'::regclass);


--
-- Name: audit_log_archive id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.audit_log_archive ALTER COLUMN id SET DEFAULT nextval('public.audit_log_id_seq'::regclass);


--
-- Name: audit_log_archive at; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.audit_log_archive ALTER COLUMN at SET DEFAULT now();


--
-- Name: bookings id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bookings ALTER COLUMN id SET DEFAULT nextval('public.bookings_id_seq'::regclass);


--
-- Name: orders id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);


--
-- Data for Name: deploys; Type: TABLE DATA; Schema: _herokuapp; Owner: postgres
--

COPY _herokuapp.deploys (id, app) FROM stdin;
1	web
2	_heroku
\.


--
-- Data for Name: releases; Type: TABLE DATA; Schema: heroku; Owner: postgres
--

COPY heroku.releases (version, note) FROM stdin;
1	moved off _heroku.create_ext()
2	_herokuapp.deploys
\.


--
-- Data for Name: accounts; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.accounts (id, email, name, settings, created_at) FROM stdin;
7c9e6679-7425-40de-944b-e07fc1f90ae7	Ada@Example.com	Ada	"plan"=>"pro", "seats"=>"5"	2026-12-02 23:43:27.842689+00
0f8fad5b-d9cb-469f-a165-70867728950e	grace@example.com	Grace; "the admiral"	\N	2026-12-02 23:43:27.842689+00
e4eaaaf2-d142-11e1-b3e4-080027620cdd	linus@example.com	Li\tnus\\	"plan"=>"free"	2026-12-02 23:43:27.842689+00
\.


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.audit_log (id, at, message) FROM stdin;
1	2026-12-02 23:43:27.871121+00	created
2	2026-12-02 23:43:27.871121+00	LISTEN orders;
\.


--
-- Data for Name: audit_log_archive; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.audit_log_archive (id, at, message, archived_by) FROM stdin;
3	2026-12-02 23:43:27.871608+00	old	cron
\.


--
-- Data for Name: bookings; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.bookings (id, room, during) FROM stdin;
1	1	["2026-01-01 10:00:00+00","2026-01-01 11:00:00+00")
2	1	["2026-01-01 11:00:00+00","2026-01-01 12:00:00+00")
3	2	["2026-01-01 10:00:00+00","2026-01-01 12:00:00+00")
\.


--
-- Data for Name: events_2025; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.events_2025 (id, happened_at, payload) FROM stdin;
1	2025-06-02	{"n": 1}
2	2025-06-03	{"n": 2}
3	2025-06-04	{"n": 3}
4	2025-06-05	{"n": 4}
5	2025-06-06	{"n": 5}
6	2025-06-07	{"n": 6}
7	2025-06-08	{"n": 7}
8	2025-06-09	{"n": 8}
9	2025-06-10	{"n": 9}
10	2025-06-11	{"n": 10}
11	2025-06-12	{"n": 11}
12	2025-06-13	{"n": 12}
13	2025-06-14	{"n": 13}
14	2025-06-15	{"n": 14}
15	2025-06-16	{"n": 15}
16	2025-06-17	{"n": 16}
17	2025-06-18	{"n": 17}
18	2025-06-19	{"n": 18}
19	2025-06-20	{"n": 19}
20	2025-06-21	{"n": 20}
21	2025-06-22	{"n": 21}
22	2025-06-23	{"n": 22}
23	2025-06-24	{"n": 23}
24	2025-06-25	{"n": 24}
25	2025-06-26	{"n": 25}
26	2025-06-27	{"n": 26}
27	2025-06-28	{"n": 27}
28	2025-06-29	{"n": 28}
29	2025-06-30	{"n": 29}
30	2025-07-01	{"n": 30}
31	2025-07-02	{"n": 31}
32	2025-07-03	{"n": 32}
33	2025-07-04	{"n": 33}
34	2025-07-05	{"n": 34}
35	2025-07-06	{"n": 35}
36	2025-07-07	{"n": 36}
37	2025-07-08	{"n": 37}
38	2025-07-09	{"n": 38}
39	2025-07-10	{"n": 39}
40	2025-07-11	{"n": 40}
41	2025-07-12	{"n": 41}
42	2025-07-13	{"n": 42}
43	2025-07-14	{"n": 43}
44	2025-07-15	{"n": 44}
45	2025-07-16	{"n": 45}
46	2025-07-17	{"n": 46}
47	2025-07-18	{"n": 47}
48	2025-07-19	{"n": 48}
49	2025-07-20	{"n": 49}
50	2025-07-21	{"n": 50}
51	2025-07-22	{"n": 51}
52	2025-07-23	{"n": 52}
53	2025-07-24	{"n": 53}
54	2025-07-25	{"n": 54}
55	2025-07-26	{"n": 55}
56	2025-07-27	{"n": 56}
57	2025-07-28	{"n": 57}
58	2025-07-29	{"n": 58}
59	2025-07-30	{"n": 59}
60	2025-07-31	{"n": 60}
61	2025-08-01	{"n": 61}
62	2025-08-02	{"n": 62}
63	2025-08-03	{"n": 63}
64	2025-08-04	{"n": 64}
65	2025-08-05	{"n": 65}
66	2025-08-06	{"n": 66}
67	2025-08-07	{"n": 67}
68	2025-08-08	{"n": 68}
69	2025-08-09	{"n": 69}
70	2025-08-10	{"n": 70}
71	2025-08-11	{"n": 71}
72	2025-08-12	{"n": 72}
73	2025-08-13	{"n": 73}
74	2025-08-14	{"n": 74}
75	2025-08-15	{"n": 75}
76	2025-08-16	{"n": 76}
77	2025-08-17	{"n": 77}
78	2025-08-18	{"n": 78}
79	2025-08-19	{"n": 79}
80	2025-08-20	{"n": 80}
81	2025-08-21	{"n": 81}
82	2025-08-22	{"n": 82}
83	2025-08-23	{"n": 83}
84	2025-08-24	{"n": 84}
85	2025-08-25	{"n": 85}
86	2025-08-26	{"n": 86}
87	2025-08-27	{"n": 87}
88	2025-08-28	{"n": 88}
89	2025-08-29	{"n": 89}
90	2025-08-30	{"n": 90}
91	2025-08-31	{"n": 91}
92	2025-09-01	{"n": 92}
93	2025-09-02	{"n": 93}
94	2025-09-03	{"n": 94}
95	2025-09-04	{"n": 95}
96	2025-09-05	{"n": 96}
97	2025-09-06	{"n": 97}
98	2025-09-07	{"n": 98}
99	2025-09-08	{"n": 99}
100	2025-09-09	{"n": 100}
101	2025-09-10	{"n": 101}
102	2025-09-11	{"n": 102}
103	2025-09-12	{"n": 103}
104	2025-09-13	{"n": 104}
105	2025-09-14	{"n": 105}
106	2025-09-15	{"n": 106}
107	2025-09-16	{"n": 107}
108	2025-09-17	{"n": 108}
109	2025-09-18	{"n": 109}
110	2025-09-19	{"n": 110}
111	2025-09-20	{"n": 111}
112	2025-09-21	{"n": 112}
113	2025-09-22	{"n": 113}
114	2025-09-23	{"n": 114}
115	2025-09-24	{"n": 115}
116	2025-09-25	{"n": 116}
117	2025-09-26	{"n": 117}
118	2025-09-27	{"n": 118}
119	2025-09-28	{"n": 119}
120	2025-09-29	{"n": 120}
121	2025-09-30	{"n": 121}
122	2025-10-01	{"n": 122}
123	2025-10-02	{"n": 123}
124	2025-10-03	{"n": 124}
125	2025-10-04	{"n": 125}
126	2025-10-05	{"n": 126}
127	2025-10-06	{"n": 127}
128	2025-10-07	{"n": 128}
129	2025-10-08	{"n": 129}
130	2025-10-09	{"n": 130}
131	2025-10-10	{"n": 131}
132	2025-10-11	{"n": 132}
133	2025-10-12	{"n": 133}
134	2025-10-13	{"n": 134}
135	2025-10-14	{"n": 135}
136	2025-10-15	{"n": 136}
137	2025-10-16	{"n": 137}
138	2025-10-17	{"n": 138}
139	2025-10-18	{"n": 139}
140	2025-10-19	{"n": 140}
141	2025-10-20	{"n": 141}
142	2025-10-21	{"n": 142}
143	2025-10-22	{"n": 143}
144	2025-10-23	{"n": 144}
145	2025-10-24	{"n": 145}
146	2025-10-25	{"n": 146}
147	2025-10-26	{"n": 147}
148	2025-10-27	{"n": 148}
149	2025-10-28	{"n": 149}
150	2025-10-29	{"n": 150}
151	2025-10-30	{"n": 151}
152	2025-10-31	{"n": 152}
153	2025-11-01	{"n": 153}
154	2025-11-02	{"n": 154}
155	2025-11-03	{"n": 155}
156	2025-11-04	{"n": 156}
157	2025-11-05	{"n": 157}
158	2025-11-06	{"n": 158}
159	2025-11-07	{"n": 159}
160	2025-11-08	{"n": 160}
161	2025-11-09	{"n": 161}
162	2025-11-10	{"n": 162}
163	2025-11-11	{"n": 163}
164	2025-11-12	{"n": 164}
165	2025-11-13	{"n": 165}
166	2025-11-14	{"n": 166}
167	2025-11-15	{"n": 167}
168	2025-11-16	{"n": 168}
169	2025-11-17	{"n": 169}
170	2025-11-18	{"n": 170}
171	2025-11-19	{"n": 171}
172	2025-11-20	{"n": 172}
173	2025-11-21	{"n": 173}
174	2025-11-22	{"n": 174}
175	2025-11-23	{"n": 175}
176	2025-11-24	{"n": 176}
177	2025-11-25	{"n": 177}
178	2025-11-26	{"n": 178}
179	2025-11-27	{"n": 179}
180	2025-11-28	{"n": 180}
181	2025-11-29	{"n": 181}
182	2025-11-30	{"n": 182}
183	2025-12-01	{"n": 183}
184	2025-12-02	{"n": 184}
185	2025-12-03	{"n": 185}
186	2025-12-04	{"n": 186}
187	2025-12-05	{"n": 187}
188	2025-12-06	{"n": 188}
189	2025-12-07	{"n": 189}
190	2025-12-08	{"n": 190}
191	2025-12-09	{"n": 191}
192	2025-12-10	{"n": 192}
193	2025-12-11	{"n": 193}
194	2025-12-12	{"n": 194}
195	2025-12-13	{"n": 195}
196	2025-12-14	{"n": 196}
197	2025-12-15	{"n": 197}
198	2025-12-16	{"n": 198}
199	2025-12-17	{"n": 199}
200	2025-12-18	{"n": 200}
201	2025-12-19	{"n": 201}
202	2025-12-20	{"n": 202}
203	2025-12-21	{"n": 203}
204	2025-12-22	{"n": 204}
205	2025-12-23	{"n": 205}
206	2025-12-24	{"n": 206}
207	2025-12-25	{"n": 207}
208	2025-12-26	{"n": 208}
209	2025-12-27	{"n": 209}
210	2025-12-28	{"n": 210}
211	2025-12-29	{"n": 211}
212	2025-12-30	{"n": 212}
213	2025-12-31	{"n": 213}
\.


--
-- Data for Name: events_2026; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.events_2026 (id, happened_at, payload) FROM stdin;
214	2026-01-01	{"n": 214}
215	2026-01-02	{"n": 215}
216	2026-01-03	{"n": 216}
217	2026-01-04	{"n": 217}
218	2026-01-05	{"n": 218}
219	2026-01-06	{"n": 219}
220	2026-01-07	{"n": 220}
221	2026-01-08	{"n": 221}
222	2026-01-09	{"n": 222}
223	2026-01-10	{"n": 223}
224	2026-01-11	{"n": 224}
225	2026-01-12	{"n": 225}
226	2026-01-13	{"n": 226}
227	2026-01-14	{"n": 227}
228	2026-01-15	{"n": 228}
229	2026-01-16	{"n": 229}
230	2026-01-17	{"n": 230}
231	2026-01-18	{"n": 231}
232	2026-01-19	{"n": 232}
233	2026-01-20	{"n": 233}
234	2026-01-21	{"n": 234}
235	2026-01-22	{"n": 235}
236	2026-01-23	{"n": 236}
237	2026-01-24	{"n": 237}
238	2026-01-25	{"n": 238}
239	2026-01-26	{"n": 239}
240	2026-01-27	{"n": 240}
241	2026-01-28	{"n": 241}
242	2026-01-29	{"n": 242}
243	2026-01-30	{"n": 243}
244	2026-01-31	{"n": 244}
245	2026-02-01	{"n": 245}
246	2026-02-02	{"n": 246}
247	2026-02-03	{"n": 247}
248	2026-02-04	{"n": 248}
249	2026-02-05	{"n": 249}
250	2026-02-06	{"n": 250}
251	2026-02-07	{"n": 251}
252	2026-02-08	{"n": 252}
253	2026-02-09	{"n": 253}
254	2026-02-10	{"n": 254}
255	2026-02-11	{"n": 255}
256	2026-02-12	{"n": 256}
257	2026-02-13	{"n": 257}
258	2026-02-14	{"n": 258}
259	2026-02-15	{"n": 259}
260	2026-02-16	{"n": 260}
261	2026-02-17	{"n": 261}
262	2026-02-18	{"n": 262}
263	2026-02-19	{"n": 263}
264	2026-02-20	{"n": 264}
265	2026-02-21	{"n": 265}
266	2026-02-22	{"n": 266}
267	2026-02-23	{"n": 267}
268	2026-02-24	{"n": 268}
269	2026-02-25	{"n": 269}
270	2026-02-26	{"n": 270}
271	2026-02-27	{"n": 271}
272	2026-02-28	{"n": 272}
273	2026-03-01	{"n": 273}
274	2026-03-02	{"n": 274}
275	2026-03-03	{"n": 275}
276	2026-03-04	{"n": 276}
277	2026-03-05	{"n": 277}
278	2026-03-06	{"n": 278}
279	2026-03-07	{"n": 279}
280	2026-03-08	{"n": 280}
281	2026-03-09	{"n": 281}
282	2026-03-10	{"n": 282}
283	2026-03-11	{"n": 283}
284	2026-03-12	{"n": 284}
285	2026-03-13	{"n": 285}
286	2026-03-14	{"n": 286}
287	2026-03-15	{"n": 287}
288	2026-03-16	{"n": 288}
289	2026-03-17	{"n": 289}
290	2026-03-18	{"n": 290}
291	2026-03-19	{"n": 291}
292	2026-03-20	{"n": 292}
293	2026-03-21	{"n": 293}
294	2026-03-22	{"n": 294}
295	2026-03-23	{"n": 295}
296	2026-03-24	{"n": 296}
297	2026-03-25	{"n": 297}
298	2026-03-26	{"n": 298}
299	2026-03-27	{"n": 299}
300	2026-03-28	{"n": 300}
301	2026-03-29	{"n": 301}
302	2026-03-30	{"n": 302}
303	2026-03-31	{"n": 303}
304	2026-04-01	{"n": 304}
305	2026-04-02	{"n": 305}
306	2026-04-03	{"n": 306}
307	2026-04-04	{"n": 307}
308	2026-04-05	{"n": 308}
309	2026-04-06	{"n": 309}
310	2026-04-07	{"n": 310}
311	2026-04-08	{"n": 311}
312	2026-04-09	{"n": 312}
313	2026-04-10	{"n": 313}
314	2026-04-11	{"n": 314}
315	2026-04-12	{"n": 315}
316	2026-04-13	{"n": 316}
317	2026-04-14	{"n": 317}
318	2026-04-15	{"n": 318}
319	2026-04-16	{"n": 319}
320	2026-04-17	{"n": 320}
321	2026-04-18	{"n": 321}
322	2026-04-19	{"n": 322}
323	2026-04-20	{"n": 323}
324	2026-04-21	{"n": 324}
325	2026-04-22	{"n": 325}
326	2026-04-23	{"n": 326}
327	2026-04-24	{"n": 327}
328	2026-04-25	{"n": 328}
329	2026-04-26	{"n": 329}
330	2026-04-27	{"n": 330}
331	2026-04-28	{"n": 331}
332	2026-04-29	{"n": 332}
333	2026-04-30	{"n": 333}
334	2026-05-01	{"n": 334}
335	2026-05-02	{"n": 335}
336	2026-05-03	{"n": 336}
337	2026-05-04	{"n": 337}
338	2026-05-05	{"n": 338}
339	2026-05-06	{"n": 339}
340	2026-05-07	{"n": 340}
341	2026-05-08	{"n": 341}
342	2026-05-09	{"n": 342}
343	2026-05-10	{"n": 343}
344	2026-05-11	{"n": 344}
345	2026-05-12	{"n": 345}
346	2026-05-13	{"n": 346}
347	2026-05-14	{"n": 347}
348	2026-05-15	{"n": 348}
349	2026-05-16	{"n": 349}
350	2026-05-17	{"n": 350}
351	2026-05-18	{"n": 351}
352	2026-05-19	{"n": 352}
353	2026-05-20	{"n": 353}
354	2026-05-21	{"n": 354}
355	2026-05-22	{"n": 355}
356	2026-05-23	{"n": 356}
357	2026-05-24	{"n": 357}
358	2026-05-25	{"n": 358}
359	2026-05-26	{"n": 359}
360	2026-05-27	{"n": 360}
361	2026-05-28	{"n": 361}
362	2026-05-29	{"n": 362}
363	2026-05-30	{"n": 363}
364	2026-05-31	{"n": 364}
365	2026-06-01	{"n": 365}
366	2026-06-02	{"n": 366}
367	2026-06-03	{"n": 367}
368	2026-06-04	{"n": 368}
369	2026-06-05	{"n": 369}
370	2026-06-06	{"n": 370}
371	2026-06-07	{"n": 371}
372	2026-06-08	{"n": 372}
373	2026-06-09	{"n": 373}
374	2026-06-10	{"n": 374}
375	2026-06-11	{"n": 375}
376	2026-06-12	{"n": 376}
377	2026-06-13	{"n": 377}
378	2026-06-14	{"n": 378}
379	2026-06-15	{"n": 379}
380	2026-06-16	{"n": 380}
381	2026-06-17	{"n": 381}
382	2026-06-18	{"n": 382}
383	2026-06-19	{"n": 383}
384	2026-06-20	{"n": 384}
385	2026-06-21	{"n": 385}
386	2026-06-22	{"n": 386}
387	2026-06-23	{"n": 387}
388	2026-06-24	{"n": 388}
389	2026-06-25	{"n": 389}
390	2026-06-26	{"n": 390}
391	2026-06-27	{"n": 391}
392	2026-06-28	{"n": 392}
393	2026-06-29	{"n": 393}
394	2026-06-30	{"n": 394}
395	2026-07-01	{"n": 395}
396	2026-07-02	{"n": 396}
397	2026-07-03	{"n": 397}
398	2026-07-04	{"n": 398}
399	2026-07-05	{"n": 399}
400	2026-07-06	{"n": 400}
\.


--
-- Data for Name: job_cache; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.job_cache (id, payload) FROM stdin;
100	{"k": 1}
101	{"k": [2, 3]}
\.


--
-- Data for Name: job_runs; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.job_runs (id, job) FROM stdin;
1	nightly
2	weekly
\.


--
-- Data for Name: orders; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.orders (id, account_id, status, note, total, placed_at) FROM stdin;
1	0f8fad5b-d9cb-469f-a165-70867728950e	paid	\\.	1.75	2026-12-02 23:43:27.844394+00
2	e4eaaaf2-d142-11e1-b3e4-080027620cdd	shipped	CREATE POLICY p ON t;	3.50	2026-12-02 23:43:27.844394+00
3	7c9e6679-7425-40de-944b-e07fc1f90ae7	cancelled	\N	5.25	2026-12-02 23:43:27.844394+00
4	0f8fad5b-d9cb-469f-a165-70867728950e	new	gift for 4	7.00	2026-12-02 23:43:27.844394+00
5	e4eaaaf2-d142-11e1-b3e4-080027620cdd	paid	line one\nline two	8.75	2026-12-02 23:43:27.844394+00
6	7c9e6679-7425-40de-944b-e07fc1f90ae7	shipped	\\.	10.50	2026-12-02 23:43:27.844394+00
7	0f8fad5b-d9cb-469f-a165-70867728950e	cancelled	CREATE POLICY p ON t;	12.25	2026-12-02 23:43:27.844394+00
8	e4eaaaf2-d142-11e1-b3e4-080027620cdd	new	\N	14.00	2026-12-02 23:43:27.844394+00
9	7c9e6679-7425-40de-944b-e07fc1f90ae7	paid	gift for 9	15.75	2026-12-02 23:43:27.844394+00
10	0f8fad5b-d9cb-469f-a165-70867728950e	shipped	line one\nline two	17.50	2026-12-02 23:43:27.844394+00
11	e4eaaaf2-d142-11e1-b3e4-080027620cdd	cancelled	\\.	19.25	2026-12-02 23:43:27.844394+00
12	7c9e6679-7425-40de-944b-e07fc1f90ae7	new	CREATE POLICY p ON t;	21.00	2026-12-02 23:43:27.844394+00
13	0f8fad5b-d9cb-469f-a165-70867728950e	paid	\N	22.75	2026-12-02 23:43:27.844394+00
14	e4eaaaf2-d142-11e1-b3e4-080027620cdd	shipped	gift for 14	24.50	2026-12-02 23:43:27.844394+00
15	7c9e6679-7425-40de-944b-e07fc1f90ae7	cancelled	line one\nline two	26.25	2026-12-02 23:43:27.844394+00
16	0f8fad5b-d9cb-469f-a165-70867728950e	new	\\.	28.00	2026-12-02 23:43:27.844394+00
17	e4eaaaf2-d142-11e1-b3e4-080027620cdd	paid	CREATE POLICY p ON t;	29.75	2026-12-02 23:43:27.844394+00
18	7c9e6679-7425-40de-944b-e07fc1f90ae7	shipped	\N	31.50	2026-12-02 23:43:27.844394+00
19	0f8fad5b-d9cb-469f-a165-70867728950e	cancelled	gift for 19	33.25	2026-12-02 23:43:27.844394+00
20	e4eaaaf2-d142-11e1-b3e4-080027620cdd	new	line one\nline two	35.00	2026-12-02 23:43:27.844394+00
21	7c9e6679-7425-40de-944b-e07fc1f90ae7	paid	\\.	36.75	2026-12-02 23:43:27.844394+00
22	0f8fad5b-d9cb-469f-a165-70867728950e	shipped	CREATE POLICY p ON t;	38.50	2026-12-02 23:43:27.844394+00
23	e4eaaaf2-d142-11e1-b3e4-080027620cdd	cancelled	\N	40.25	2026-12-02 23:43:27.844394+00
24	7c9e6679-7425-40de-944b-e07fc1f90ae7	new	gift for 24	42.00	2026-12-02 23:43:27.844394+00
25	0f8fad5b-d9cb-469f-a165-70867728950e	paid	line one\nline two	43.75	2026-12-02 23:43:27.844394+00
26	e4eaaaf2-d142-11e1-b3e4-080027620cdd	shipped	\\.	45.50	2026-12-02 23:43:27.844394+00
27	7c9e6679-7425-40de-944b-e07fc1f90ae7	cancelled	CREATE POLICY p ON t;	47.25	2026-12-02 23:43:27.844394+00
28	0f8fad5b-d9cb-469f-a165-70867728950e	new	\N	49.00	2026-12-02 23:43:27.844394+00
29	e4eaaaf2-d142-11e1-b3e4-080027620cdd	paid	gift for 29	50.75	2026-12-02 23:43:27.844394+00
30	7c9e6679-7425-40de-944b-e07fc1f90ae7	shipped	line one\nline two	52.50	2026-12-02 23:43:27.844394+00
31	0f8fad5b-d9cb-469f-a165-70867728950e	cancelled	\\.	54.25	2026-12-02 23:43:27.844394+00
32	e4eaaaf2-d142-11e1-b3e4-080027620cdd	new	CREATE POLICY p ON t;	56.00	2026-12-02 23:43:27.844394+00
33	7c9e6679-7425-40de-944b-e07fc1f90ae7	paid	\N	57.75	2026-12-02 23:43:27.844394+00
34	0f8fad5b-d9cb-469f-a165-70867728950e	shipped	gift for 34	59.50	2026-12-02 23:43:27.844394+00
35	e4eaaaf2-d142-11e1-b3e4-080027620cdd	cancelled	line one\nline two	61.25	2026-12-02 23:43:27.844394+00
36	7c9e6679-7425-40de-944b-e07fc1f90ae7	new	\\.	63.00	2026-12-02 23:43:27.844394+00
37	0f8fad5b-d9cb-469f-a165-70867728950e	paid	CREATE POLICY p ON t;	64.75	2026-12-02 23:43:27.844394+00
38	e4eaaaf2-d142-11e1-b3e4-080027620cdd	shipped	\N	66.50	2026-12-02 23:43:27.844394+00
39	7c9e6679-7425-40de-944b-e07fc1f90ae7	cancelled	gift for 39	68.25	2026-12-02 23:43:27.844394+00
40	0f8fad5b-d9cb-469f-a165-70867728950e	new	line one\nline two	70.00	2026-12-02 23:43:27.844394+00
41	e4eaaaf2-d142-11e1-b3e4-080027620cdd	paid	\\.	71.75	2026-12-02 23:43:27.844394+00
42	7c9e6679-7425-40de-944b-e07fc1f90ae7	shipped	CREATE POLICY p ON t;	73.50	2026-12-02 23:43:27.844394+00
43	0f8fad5b-d9cb-469f-a165-70867728950e	cancelled	\N	75.25	2026-12-02 23:43:27.844394+00
44	e4eaaaf2-d142-11e1-b3e4-080027620cdd	new	gift for 44	77.00	2026-12-02 23:43:27.844394+00
45	7c9e6679-7425-40de-944b-e07fc1f90ae7	paid	line one\nline two	78.75	2026-12-02 23:43:27.844394+00
46	0f8fad5b-d9cb-469f-a165-70867728950e	shipped	\\.	80.50	2026-12-02 23:43:27.844394+00
47	e4eaaaf2-d142-11e1-b3e4-080027620cdd	cancelled	CREATE POLICY p ON t;	82.25	2026-12-02 23:43:27.844394+00
48	7c9e6679-7425-40de-944b-e07fc1f90ae7	new	\N	84.00	2026-12-02 23:43:27.844394+00
49	0f8fad5b-d9cb-469f-a165-70867728950e	paid	gift for 49	85.75	2026-12-02 23:43:27.844394+00
50	e4eaaaf2-d142-11e1-b3e4-080027620cdd	shipped	line one\nline two	87.50	2026-12-02 23:43:27.844394+00
51	7c9e6679-7425-40de-944b-e07fc1f90ae7	cancelled	\\.	89.25	2026-12-02 23:43:27.844394+00
52	0f8fad5b-d9cb-469f-a165-70867728950e	new	CREATE POLICY p ON t;	91.00	2026-12-02 23:43:27.844394+00
53	e4eaaaf2-d142-11e1-b3e4-080027620cdd	paid	\N	92.75	2026-12-02 23:43:27.844394+00
54	7c9e6679-7425-40de-944b-e07fc1f90ae7	shipped	gift for 54	94.50	2026-12-02 23:43:27.844394+00
55	0f8fad5b-d9cb-469f-a165-70867728950e	cancelled	line one\nline two	96.25	2026-12-02 23:43:27.844394+00
56	e4eaaaf2-d142-11e1-b3e4-080027620cdd	new	\\.	98.00	2026-12-02 23:43:27.844394+00
57	7c9e6679-7425-40de-944b-e07fc1f90ae7	paid	CREATE POLICY p ON t;	99.75	2026-12-02 23:43:27.844394+00
58	0f8fad5b-d9cb-469f-a165-70867728950e	shipped	\N	101.50	2026-12-02 23:43:27.844394+00
59	e4eaaaf2-d142-11e1-b3e4-080027620cdd	cancelled	gift for 59	103.25	2026-12-02 23:43:27.844394+00
60	7c9e6679-7425-40de-944b-e07fc1f90ae7	new	line one\nline two	105.00	2026-12-02 23:43:27.844394+00
61	0f8fad5b-d9cb-469f-a165-70867728950e	paid	\\.	106.75	2026-12-02 23:43:27.844394+00
62	e4eaaaf2-d142-11e1-b3e4-080027620cdd	shipped	CREATE POLICY p ON t;	108.50	2026-12-02 23:43:27.844394+00
63	7c9e6679-7425-40de-944b-e07fc1f90ae7	cancelled	\N	110.25	2026-12-02 23:43:27.844394+00
64	0f8fad5b-d9cb-469f-a165-70867728950e	new	gift for 64	112.00	2026-12-02 23:43:27.844394+00
65	e4eaaaf2-d142-11e1-b3e4-080027620cdd	paid	line one\nline two	113.75	2026-12-02 23:43:27.844394+00
66	7c9e6679-7425-40de-944b-e07fc1f90ae7	shipped	\\.	115.50	2026-12-02 23:43:27.844394+00
67	0f8fad5b-d9cb-469f-a165-70867728950e	cancelled	CREATE POLICY p ON t;	117.25	2026-12-02 23:43:27.844394+00
68	e4eaaaf2-d142-11e1-b3e4-080027620cdd	new	\N	119.00	2026-12-02 23:43:27.844394+00
69	7c9e6679-7425-40de-944b-e07fc1f90ae7	paid	gift for 69	120.75	2026-12-02 23:43:27.844394+00
70	0f8fad5b-d9cb-469f-a165-70867728950e	shipped	line one\nline two	122.50	2026-12-02 23:43:27.844394+00
71	e4eaaaf2-d142-11e1-b3e4-080027620cdd	cancelled	\\.	124.25	2026-12-02 23:43:27.844394+00
72	7c9e6679-7425-40de-944b-e07fc1f90ae7	new	CREATE POLICY p ON t;	1.00	2026-12-02 23:43:27.844394+00
73	0f8fad5b-d9cb-469f-a165-70867728950e	paid	\N	2.75	2026-12-02 23:43:27.844394+00
74	e4eaaaf2-d142-11e1-b3e4-080027620cdd	shipped	gift for 74	4.50	2026-12-02 23:43:27.844394+00
75	7c9e6679-7425-40de-944b-e07fc1f90ae7	cancelled	line one\nline two	6.25	2026-12-02 23:43:27.844394+00
76	0f8fad5b-d9cb-469f-a165-70867728950e	new	\\.	8.00	2026-12-02 23:43:27.844394+00
77	e4eaaaf2-d142-11e1-b3e4-080027620cdd	paid	CREATE POLICY p ON t;	9.75	2026-12-02 23:43:27.844394+00
78	7c9e6679-7425-40de-944b-e07fc1f90ae7	shipped	\N	11.50	2026-12-02 23:43:27.844394+00
79	0f8fad5b-d9cb-469f-a165-70867728950e	cancelled	gift for 79	13.25	2026-12-02 23:43:27.844394+00
80	e4eaaaf2-d142-11e1-b3e4-080027620cdd	new	line one\nline two	15.00	2026-12-02 23:43:27.844394+00
81	7c9e6679-7425-40de-944b-e07fc1f90ae7	paid	\\.	16.75	2026-12-02 23:43:27.844394+00
82	0f8fad5b-d9cb-469f-a165-70867728950e	shipped	CREATE POLICY p ON t;	18.50	2026-12-02 23:43:27.844394+00
83	e4eaaaf2-d142-11e1-b3e4-080027620cdd	cancelled	\N	20.25	2026-12-02 23:43:27.844394+00
84	7c9e6679-7425-40de-944b-e07fc1f90ae7	new	gift for 84	22.00	2026-12-02 23:43:27.844394+00
85	0f8fad5b-d9cb-469f-a165-70867728950e	paid	line one\nline two	23.75	2026-12-02 23:43:27.844394+00
86	e4eaaaf2-d142-11e1-b3e4-080027620cdd	shipped	\\.	25.50	2026-12-02 23:43:27.844394+00
87	7c9e6679-7425-40de-944b-e07fc1f90ae7	cancelled	CREATE POLICY p ON t;	27.25	2026-12-02 23:43:27.844394+00
88	0f8fad5b-d9cb-469f-a165-70867728950e	new	\N	29.00	2026-12-02 23:43:27.844394+00
89	e4eaaaf2-d142-11e1-b3e4-080027620cdd	paid	gift for 89	30.75	2026-12-02 23:43:27.844394+00
90	7c9e6679-7425-40de-944b-e07fc1f90ae7	shipped	line one\nline two	32.50	2026-12-02 23:43:27.844394+00
91	0f8fad5b-d9cb-469f-a165-70867728950e	cancelled	\\.	34.25	2026-12-02 23:43:27.844394+00
92	e4eaaaf2-d142-11e1-b3e4-080027620cdd	new	CREATE POLICY p ON t;	36.00	2026-12-02 23:43:27.844394+00
93	7c9e6679-7425-40de-944b-e07fc1f90ae7	paid	\N	37.75	2026-12-02 23:43:27.844394+00
94	0f8fad5b-d9cb-469f-a165-70867728950e	shipped	gift for 94	39.50	2026-12-02 23:43:27.844394+00
95	e4eaaaf2-d142-11e1-b3e4-080027620cdd	cancelled	line one\nline two	41.25	2026-12-02 23:43:27.844394+00
96	7c9e6679-7425-40de-944b-e07fc1f90ae7	new	\\.	43.00	2026-12-02 23:43:27.844394+00
97	0f8fad5b-d9cb-469f-a165-70867728950e	paid	CREATE POLICY p ON t;	44.75	2026-12-02 23:43:27.844394+00
98	e4eaaaf2-d142-11e1-b3e4-080027620cdd	shipped	\N	46.50	2026-12-02 23:43:27.844394+00
99	7c9e6679-7425-40de-944b-e07fc1f90ae7	cancelled	gift for 99	48.25	2026-12-02 23:43:27.844394+00
100	0f8fad5b-d9cb-469f-a165-70867728950e	new	line one\nline two	50.00	2026-12-02 23:43:27.844394+00
101	e4eaaaf2-d142-11e1-b3e4-080027620cdd	paid	\\.	51.75	2026-12-02 23:43:27.844394+00
102	7c9e6679-7425-40de-944b-e07fc1f90ae7	shipped	CREATE POLICY p ON t;	53.50	2026-12-02 23:43:27.844394+00
103	0f8fad5b-d9cb-469f-a165-70867728950e	cancelled	\N	55.25	2026-12-02 23:43:27.844394+00
104	e4eaaaf2-d142-11e1-b3e4-080027620cdd	new	gift for 104	57.00	2026-12-02 23:43:27.844394+00
105	7c9e6679-7425-40de-944b-e07fc1f90ae7	paid	line one\nline two	58.75	2026-12-02 23:43:27.844394+00
106	0f8fad5b-d9cb-469f-a165-70867728950e	shipped	\\.	60.50	2026-12-02 23:43:27.844394+00
107	e4eaaaf2-d142-11e1-b3e4-080027620cdd	cancelled	CREATE POLICY p ON t;	62.25	2026-12-02 23:43:27.844394+00
108	7c9e6679-7425-40de-944b-e07fc1f90ae7	new	\N	64.00	2026-12-02 23:43:27.844394+00
109	0f8fad5b-d9cb-469f-a165-70867728950e	paid	gift for 109	65.75	2026-12-02 23:43:27.844394+00
110	e4eaaaf2-d142-11e1-b3e4-080027620cdd	shipped	line one\nline two	67.50	2026-12-02 23:43:27.844394+00
111	7c9e6679-7425-40de-944b-e07fc1f90ae7	cancelled	\\.	69.25	2026-12-02 23:43:27.844394+00
112	0f8fad5b-d9cb-469f-a165-70867728950e	new	CREATE POLICY p ON t;	71.00	2026-12-02 23:43:27.844394+00
113	e4eaaaf2-d142-11e1-b3e4-080027620cdd	paid	\N	72.75	2026-12-02 23:43:27.844394+00
114	7c9e6679-7425-40de-944b-e07fc1f90ae7	shipped	gift for 114	74.50	2026-12-02 23:43:27.844394+00
115	0f8fad5b-d9cb-469f-a165-70867728950e	cancelled	line one\nline two	76.25	2026-12-02 23:43:27.844394+00
116	e4eaaaf2-d142-11e1-b3e4-080027620cdd	new	\\.	78.00	2026-12-02 23:43:27.844394+00
117	7c9e6679-7425-40de-944b-e07fc1f90ae7	paid	CREATE POLICY p ON t;	79.75	2026-12-02 23:43:27.844394+00
118	0f8fad5b-d9cb-469f-a165-70867728950e	shipped	\N	81.50	2026-12-02 23:43:27.844394+00
119	e4eaaaf2-d142-11e1-b3e4-080027620cdd	cancelled	gift for 119	83.25	2026-12-02 23:43:27.844394+00
120	7c9e6679-7425-40de-944b-e07fc1f90ae7	new	line one\nline two	85.00	2026-12-02 23:43:27.844394+00
121	0f8fad5b-d9cb-469f-a165-70867728950e	paid	\\.	86.75	2026-12-02 23:43:27.844394+00
122	e4eaaaf2-d142-11e1-b3e4-080027620cdd	shipped	CREATE POLICY p ON t;	88.50	2026-12-02 23:43:27.844394+00
123	7c9e6679-7425-40de-944b-e07fc1f90ae7	cancelled	\N	90.25	2026-12-02 23:43:27.844394+00
124	0f8fad5b-d9cb-469f-a165-70867728950e	new	gift for 124	92.00	2026-12-02 23:43:27.844394+00
125	e4eaaaf2-d142-11e1-b3e4-080027620cdd	paid	line one\nline two	93.75	2026-12-02 23:43:27.844394+00
126	7c9e6679-7425-40de-944b-e07fc1f90ae7	shipped	\\.	95.50	2026-12-02 23:43:27.844394+00
127	0f8fad5b-d9cb-469f-a165-70867728950e	cancelled	CREATE POLICY p ON t;	97.25	2026-12-02 23:43:27.844394+00
128	e4eaaaf2-d142-11e1-b3e4-080027620cdd	new	\N	99.00	2026-12-02 23:43:27.844394+00
129	7c9e6679-7425-40de-944b-e07fc1f90ae7	paid	gift for 129	100.75	2026-12-02 23:43:27.844394+00
130	0f8fad5b-d9cb-469f-a165-70867728950e	shipped	line one\nline two	102.50	2026-12-02 23:43:27.844394+00
131	e4eaaaf2-d142-11e1-b3e4-080027620cdd	cancelled	\\.	104.25	2026-12-02 23:43:27.844394+00
132	7c9e6679-7425-40de-944b-e07fc1f90ae7	new	CREATE POLICY p ON t;	106.00	2026-12-02 23:43:27.844394+00
133	0f8fad5b-d9cb-469f-a165-70867728950e	paid	\N	107.75	2026-12-02 23:43:27.844394+00
134	e4eaaaf2-d142-11e1-b3e4-080027620cdd	shipped	gift for 134	109.50	2026-12-02 23:43:27.844394+00
135	7c9e6679-7425-40de-944b-e07fc1f90ae7	cancelled	line one\nline two	111.25	2026-12-02 23:43:27.844394+00
136	0f8fad5b-d9cb-469f-a165-70867728950e	new	\\.	113.00	2026-12-02 23:43:27.844394+00
137	e4eaaaf2-d142-11e1-b3e4-080027620cdd	paid	CREATE POLICY p ON t;	114.75	2026-12-02 23:43:27.844394+00
138	7c9e6679-7425-40de-944b-e07fc1f90ae7	shipped	\N	116.50	2026-12-02 23:43:27.844394+00
139	0f8fad5b-d9cb-469f-a165-70867728950e	cancelled	gift for 139	118.25	2026-12-02 23:43:27.844394+00
140	e4eaaaf2-d142-11e1-b3e4-080027620cdd	new	line one\nline two	120.00	2026-12-02 23:43:27.844394+00
141	7c9e6679-7425-40de-944b-e07fc1f90ae7	paid	\\.	121.75	2026-12-02 23:43:27.844394+00
142	0f8fad5b-d9cb-469f-a165-70867728950e	shipped	CREATE POLICY p ON t;	123.50	2026-12-02 23:43:27.844394+00
143	e4eaaaf2-d142-11e1-b3e4-080027620cdd	cancelled	\N	0.25	2026-12-02 23:43:27.844394+00
144	7c9e6679-7425-40de-944b-e07fc1f90ae7	new	gift for 144	2.00	2026-12-02 23:43:27.844394+00
145	0f8fad5b-d9cb-469f-a165-70867728950e	paid	line one\nline two	3.75	2026-12-02 23:43:27.844394+00
146	e4eaaaf2-d142-11e1-b3e4-080027620cdd	shipped	\\.	5.50	2026-12-02 23:43:27.844394+00
147	7c9e6679-7425-40de-944b-e07fc1f90ae7	cancelled	CREATE POLICY p ON t;	7.25	2026-12-02 23:43:27.844394+00
148	0f8fad5b-d9cb-469f-a165-70867728950e	new	\N	9.00	2026-12-02 23:43:27.844394+00
149	e4eaaaf2-d142-11e1-b3e4-080027620cdd	paid	gift for 149	10.75	2026-12-02 23:43:27.844394+00
150	7c9e6679-7425-40de-944b-e07fc1f90ae7	shipped	line one\nline two	12.50	2026-12-02 23:43:27.844394+00
151	0f8fad5b-d9cb-469f-a165-70867728950e	cancelled	\\.	14.25	2026-12-02 23:43:27.844394+00
152	e4eaaaf2-d142-11e1-b3e4-080027620cdd	new	CREATE POLICY p ON t;	16.00	2026-12-02 23:43:27.844394+00
153	7c9e6679-7425-40de-944b-e07fc1f90ae7	paid	\N	17.75	2026-12-02 23:43:27.844394+00
154	0f8fad5b-d9cb-469f-a165-70867728950e	shipped	gift for 154	19.50	2026-12-02 23:43:27.844394+00
155	e4eaaaf2-d142-11e1-b3e4-080027620cdd	cancelled	line one\nline two	21.25	2026-12-02 23:43:27.844394+00
156	7c9e6679-7425-40de-944b-e07fc1f90ae7	new	\\.	23.00	2026-12-02 23:43:27.844394+00
157	0f8fad5b-d9cb-469f-a165-70867728950e	paid	CREATE POLICY p ON t;	24.75	2026-12-02 23:43:27.844394+00
158	e4eaaaf2-d142-11e1-b3e4-080027620cdd	shipped	\N	26.50	2026-12-02 23:43:27.844394+00
159	7c9e6679-7425-40de-944b-e07fc1f90ae7	cancelled	gift for 159	28.25	2026-12-02 23:43:27.844394+00
160	0f8fad5b-d9cb-469f-a165-70867728950e	new	line one\nline two	30.00	2026-12-02 23:43:27.844394+00
161	e4eaaaf2-d142-11e1-b3e4-080027620cdd	paid	\\.	31.75	2026-12-02 23:43:27.844394+00
162	7c9e6679-7425-40de-944b-e07fc1f90ae7	shipped	CREATE POLICY p ON t;	33.50	2026-12-02 23:43:27.844394+00
163	0f8fad5b-d9cb-469f-a165-70867728950e	cancelled	\N	35.25	2026-12-02 23:43:27.844394+00
164	e4eaaaf2-d142-11e1-b3e4-080027620cdd	new	gift for 164	37.00	2026-12-02 23:43:27.844394+00
165	7c9e6679-7425-40de-944b-e07fc1f90ae7	paid	line one\nline two	38.75	2026-12-02 23:43:27.844394+00
166	0f8fad5b-d9cb-469f-a165-70867728950e	shipped	\\.	40.50	2026-12-02 23:43:27.844394+00
167	e4eaaaf2-d142-11e1-b3e4-080027620cdd	cancelled	CREATE POLICY p ON t;	42.25	2026-12-02 23:43:27.844394+00
168	7c9e6679-7425-40de-944b-e07fc1f90ae7	new	\N	44.00	2026-12-02 23:43:27.844394+00
169	0f8fad5b-d9cb-469f-a165-70867728950e	paid	gift for 169	45.75	2026-12-02 23:43:27.844394+00
170	e4eaaaf2-d142-11e1-b3e4-080027620cdd	shipped	line one\nline two	47.50	2026-12-02 23:43:27.844394+00
171	7c9e6679-7425-40de-944b-e07fc1f90ae7	cancelled	\\.	49.25	2026-12-02 23:43:27.844394+00
172	0f8fad5b-d9cb-469f-a165-70867728950e	new	CREATE POLICY p ON t;	51.00	2026-12-02 23:43:27.844394+00
173	e4eaaaf2-d142-11e1-b3e4-080027620cdd	paid	\N	52.75	2026-12-02 23:43:27.844394+00
174	7c9e6679-7425-40de-944b-e07fc1f90ae7	shipped	gift for 174	54.50	2026-12-02 23:43:27.844394+00
175	0f8fad5b-d9cb-469f-a165-70867728950e	cancelled	line one\nline two	56.25	2026-12-02 23:43:27.844394+00
176	e4eaaaf2-d142-11e1-b3e4-080027620cdd	new	\\.	58.00	2026-12-02 23:43:27.844394+00
177	7c9e6679-7425-40de-944b-e07fc1f90ae7	paid	CREATE POLICY p ON t;	59.75	2026-12-02 23:43:27.844394+00
178	0f8fad5b-d9cb-469f-a165-70867728950e	shipped	\N	61.50	2026-12-02 23:43:27.844394+00
179	e4eaaaf2-d142-11e1-b3e4-080027620cdd	cancelled	gift for 179	63.25	2026-12-02 23:43:27.844394+00
180	7c9e6679-7425-40de-944b-e07fc1f90ae7	new	line one\nline two	65.00	2026-12-02 23:43:27.844394+00
181	0f8fad5b-d9cb-469f-a165-70867728950e	paid	\\.	66.75	2026-12-02 23:43:27.844394+00
182	e4eaaaf2-d142-11e1-b3e4-080027620cdd	shipped	CREATE POLICY p ON t;	68.50	2026-12-02 23:43:27.844394+00
183	7c9e6679-7425-40de-944b-e07fc1f90ae7	cancelled	\N	70.25	2026-12-02 23:43:27.844394+00
184	0f8fad5b-d9cb-469f-a165-70867728950e	new	gift for 184	72.00	2026-12-02 23:43:27.844394+00
185	e4eaaaf2-d142-11e1-b3e4-080027620cdd	paid	line one\nline two	73.75	2026-12-02 23:43:27.844394+00
186	7c9e6679-7425-40de-944b-e07fc1f90ae7	shipped	\\.	75.50	2026-12-02 23:43:27.844394+00
187	0f8fad5b-d9cb-469f-a165-70867728950e	cancelled	CREATE POLICY p ON t;	77.25	2026-12-02 23:43:27.844394+00
188	e4eaaaf2-d142-11e1-b3e4-080027620cdd	new	\N	79.00	2026-12-02 23:43:27.844394+00
189	7c9e6679-7425-40de-944b-e07fc1f90ae7	paid	gift for 189	80.75	2026-12-02 23:43:27.844394+00
190	0f8fad5b-d9cb-469f-a165-70867728950e	shipped	line one\nline two	82.50	2026-12-02 23:43:27.844394+00
191	e4eaaaf2-d142-11e1-b3e4-080027620cdd	cancelled	\\.	84.25	2026-12-02 23:43:27.844394+00
192	7c9e6679-7425-40de-944b-e07fc1f90ae7	new	CREATE POLICY p ON t;	86.00	2026-12-02 23:43:27.844394+00
193	0f8fad5b-d9cb-469f-a165-70867728950e	paid	\N	87.75	2026-12-02 23:43:27.844394+00
194	e4eaaaf2-d142-11e1-b3e4-080027620cdd	shipped	gift for 194	89.50	2026-12-02 23:43:27.844394+00
195	7c9e6679-7425-40de-944b-e07fc1f90ae7	cancelled	line one\nline two	91.25	2026-12-02 23:43:27.844394+00
196	0f8fad5b-d9cb-469f-a165-70867728950e	new	\\.	93.00	2026-12-02 23:43:27.844394+00
197	e4eaaaf2-d142-11e1-b3e4-080027620cdd	paid	CREATE POLICY p ON t;	94.75	2026-12-02 23:43:27.844394+00
198	7c9e6679-7425-40de-944b-e07fc1f90ae7	shipped	\N	96.50	2026-12-02 23:43:27.844394+00
199	0f8fad5b-d9cb-469f-a165-70867728950e	cancelled	gift for 199	98.25	2026-12-02 23:43:27.844394+00
200	e4eaaaf2-d142-11e1-b3e4-080027620cdd	new	line one\nline two	100.00	2026-12-02 23:43:27.844394+00
\.


--
-- Name: audit_log_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.audit_log_id_seq', 3, true);


--
-- Name: bookings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.bookings_id_seq', 3, true);


--
-- Name: job_cache_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.job_cache_id_seq', 101, true);


--
-- Name: job_runs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.job_runs_id_seq', 2, true);


--
-- Name: orders_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.orders_id_seq', 200, true);


--
-- Name: deploys deploys_pkey; Type: CONSTRAINT; Schema: _herokuapp; Owner: postgres
--

ALTER TABLE ONLY _herokuapp.deploys
    ADD CONSTRAINT deploys_pkey PRIMARY KEY (id);


--
-- Name: releases releases_pkey; Type: CONSTRAINT; Schema: heroku; Owner: postgres
--

ALTER TABLE ONLY heroku.releases
    ADD CONSTRAINT releases_pkey PRIMARY KEY (version);


--
-- Name: accounts accounts_email_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_email_key UNIQUE (email);


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);


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
-- Name: job_cache job_cache_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.job_cache
    ADD CONSTRAINT job_cache_pkey PRIMARY KEY (id);


--
-- Name: job_runs job_runs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.job_runs
    ADD CONSTRAINT job_runs_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: orders_note_trgm; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX orders_note_trgm ON public.orders USING gin (note heroku_ext.gin_trgm_ops);


--
-- Name: orders orders_notify; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER orders_notify AFTER INSERT ON public.orders FOR EACH ROW EXECUTE FUNCTION public.notify_order();


--
-- Name: orders orders_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id);


--
-- Name: accounts; Type: ROW SECURITY; Schema: public; Owner: postgres
--

ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;

--
-- Name: accounts accounts_self; Type: POLICY; Schema: public; Owner: postgres
--

CREATE POLICY accounts_self ON public.accounts USING (((id)::text = current_setting('app.account_id'::text, true)));


--
-- Name: orders; Type: ROW SECURITY; Schema: public; Owner: postgres
--

ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;

--
-- Name: orders orders_insert; Type: POLICY; Schema: public; Owner: postgres
--

CREATE POLICY orders_insert ON public.orders FOR INSERT WITH CHECK ((total < (10000)::numeric));


--
-- Name: orders orders_owner; Type: POLICY; Schema: public; Owner: postgres
--

CREATE POLICY orders_owner ON public.orders FOR SELECT USING (((account_id)::text = current_setting('app.account_id'::text, true)));


--
-- Name: all_tables; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION all_tables FOR ALL TABLES WITH (publish = 'insert, update, delete, truncate');


ALTER PUBLICATION all_tables OWNER TO postgres;

--
-- Name: orders_only; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION orders_only WITH (publish = 'insert, update, delete, truncate');


ALTER PUBLICATION orders_only OWNER TO postgres;

--
-- Name: orders_only orders; Type: PUBLICATION TABLE; Schema: public; Owner: postgres
--

ALTER PUBLICATION orders_only ADD TABLE ONLY public.orders;


--
-- Name: SCHEMA _heroku; Type: ACL; Schema: -; Owner: postgres
--

GRANT USAGE ON SCHEMA _heroku TO heroku_admin;


--
-- Name: FUNCTION create_ext(); Type: ACL; Schema: _heroku; Owner: postgres
--

REVOKE ALL ON FUNCTION _heroku.create_ext() FROM PUBLIC;


--
-- Name: FUNCTION grant_table_if_exists(alias_schemaname text, grants text, databaseowner text, alias_tablename text); Type: ACL; Schema: _heroku; Owner: postgres
--

GRANT ALL ON FUNCTION _heroku.grant_table_if_exists(alias_schemaname text, grants text, databaseowner text, alias_tablename text) TO heroku_admin;


--
-- Name: extension_before_drop; Type: EVENT TRIGGER; Schema: -; Owner: postgres
--

CREATE EVENT TRIGGER extension_before_drop ON ddl_command_start
         WHEN TAG IN ('DROP EXTENSION')
   EXECUTE FUNCTION _heroku.extension_before_drop();


ALTER EVENT TRIGGER extension_before_drop OWNER TO postgres;

--
-- Name: log_create_ext; Type: EVENT TRIGGER; Schema: -; Owner: postgres
--

CREATE EVENT TRIGGER log_create_ext ON ddl_command_end
         WHEN TAG IN ('CREATE EXTENSION')
   EXECUTE FUNCTION _heroku.create_ext();


ALTER EVENT TRIGGER log_create_ext OWNER TO postgres;

--
-- Name: EVENT TRIGGER log_create_ext; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON EVENT TRIGGER log_create_ext IS 'Heroku: logs CREATE EXTENSION';


--
-- Name: log_drop_ext; Type: EVENT TRIGGER; Schema: -; Owner: postgres
--

CREATE EVENT TRIGGER log_drop_ext ON sql_drop
         WHEN TAG IN ('DROP EXTENSION')
   EXECUTE FUNCTION _heroku.drop_ext();


ALTER EVENT TRIGGER log_drop_ext OWNER TO postgres;

--
-- Name: validate_extension; Type: EVENT TRIGGER; Schema: -; Owner: postgres
--

CREATE EVENT TRIGGER validate_extension ON ddl_command_end
         WHEN TAG IN ('CREATE EXTENSION')
   EXECUTE FUNCTION _heroku.validate_extension();


ALTER EVENT TRIGGER validate_extension OWNER TO postgres;

--
-- PostgreSQL database dump complete
--

\unrestrict dsrcjPjbpRPcy3afiDCRCpEevAwO3bIqDqVcRTjTvxCwZyw706fiKJ3WuWgO7Ax

