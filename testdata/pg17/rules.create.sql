--
-- PostgreSQL database dump
--

\restrict p4QIo3XSaGYYn17gNOWguXqYArsecnOIBVd7zkXXKu1dvz4AsOuSgpuE1IjL9tg

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
-- Name: rules; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE rules WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';


ALTER DATABASE rules OWNER TO postgres;

\unrestrict p4QIo3XSaGYYn17gNOWguXqYArsecnOIBVd7zkXXKu1dvz4AsOuSgpuE1IjL9tg
\connect rules
\restrict p4QIo3XSaGYYn17gNOWguXqYArsecnOIBVd7zkXXKu1dvz4AsOuSgpuE1IjL9tg

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
-- Name: heroku_ext; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA heroku_ext;


ALTER SCHEMA heroku_ext OWNER TO postgres;

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
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions; see "heroku_ext"';


--
-- Name: postgres_fdw; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS postgres_fdw WITH SCHEMA public;


--
-- Name: EXTENSION postgres_fdw; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION postgres_fdw IS 'foreign-data wrapper for remote PostgreSQL servers';


--
-- Name: uuid-ossp; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION "uuid-ossp"; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION "uuid-ossp" IS 'generate universally unique identifiers (UUIDs)';


--
-- Name: code; Type: SHELL TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.code;


--
-- Name: code_in(cstring); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.code_in(cstring) RETURNS public.code
    LANGUAGE internal IMMUTABLE STRICT
    AS $$textin$$;


ALTER FUNCTION public.code_in(cstring) OWNER TO postgres;

--
-- Name: code_out(public.code); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.code_out(public.code) RETURNS cstring
    LANGUAGE internal IMMUTABLE STRICT
    AS $$textout$$;


ALTER FUNCTION public.code_out(public.code) OWNER TO postgres;

--
-- Name: code; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.code (
    INTERNALLENGTH = variable,
    INPUT = public.code_in,
    OUTPUT = public.code_out,
    ALIGNMENT = int4,
    STORAGE = extended
);


ALTER TYPE public.code OWNER TO postgres;

--
-- Name: TYPE code; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TYPE public.code IS 'a base type';


--
-- Name: audit_ddl(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.audit_ddl() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE NOTICE 'ddl'; END $$;


ALTER FUNCTION public.audit_ddl() OWNER TO postgres;

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

--
-- Name: skip_same(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.skip_same() RETURNS trigger
    LANGUAGE internal
    AS $$suppress_redundant_updates_trigger$$;


ALTER FUNCTION public.skip_same() OWNER TO postgres;

--
-- Name: legacy; Type: SERVER; Schema: -; Owner: postgres
--

CREATE SERVER legacy FOREIGN DATA WRAPPER postgres_fdw OPTIONS (
    dbname 'legacy'
);


ALTER SERVER legacy OWNER TO postgres;

--
-- Name: USER MAPPING public SERVER legacy; Type: USER MAPPING; Schema: -; Owner: postgres
--

CREATE USER MAPPING FOR public SERVER legacy OPTIONS (
    "user" 'reader'
);


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: app_owner
--

CREATE TABLE public.accounts (
    id uuid DEFAULT heroku_ext.uuid_generate_v4() NOT NULL,
    token uuid DEFAULT heroku_ext.gen_random_uuid() NOT NULL,
    name text NOT NULL,
    prefs heroku_ext.hstore,
    note text DEFAULT 'CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE'::text
);

ALTER TABLE ONLY public.accounts FORCE ROW LEVEL SECURITY;


ALTER TABLE public.accounts OWNER TO app_owner;

--
-- Name: coded; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.coded (
    id integer NOT NULL,
    c public.code,
    cs public.code[]
);


ALTER TABLE public.coded OWNER TO postgres;

--
-- Name: legacy_orders; Type: FOREIGN TABLE; Schema: public; Owner: postgres
--

CREATE FOREIGN TABLE public.legacy_orders (
    id bigint,
    total numeric
)
SERVER legacy;


ALTER FOREIGN TABLE public.legacy_orders OWNER TO postgres;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: app_owner
--

CREATE TABLE public.orders (
    id bigint NOT NULL,
    account_id uuid NOT NULL,
    listen text,
    total numeric(12,2) NOT NULL
);


ALTER TABLE public.orders OWNER TO app_owner;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: public; Owner: app_owner
--

CREATE SEQUENCE public.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.orders_id_seq OWNER TO app_owner;

--
-- Name: orders_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: app_owner
--

ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;


--
-- Name: orders id; Type: DEFAULT; Schema: public; Owner: app_owner
--

ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);


--
-- Data for Name: accounts; Type: TABLE DATA; Schema: public; Owner: app_owner
--

COPY public.accounts (id, token, name, prefs, note) FROM stdin;
c9441eb2-2399-4e9e-826a-bc9945462c35	730026f6-3a9b-4063-8aad-c2b12339ee89	account 1	"plan"=>"p1"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
cfc8122f-7150-47a7-9a77-56df0b1a5809	7e4572be-acfd-40a9-9b5b-201d90080d83	account 2	"plan"=>"p2"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
4abd3d1e-d252-4f0c-84e8-7c0c6d352b1b	08560b71-8291-420f-8d9a-52c8c99bc4d1	account 3	"plan"=>"p3"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
85525f2f-5a3d-4985-a9fe-d64287d9421a	ef08dd2d-304f-432b-a79d-80f303b40a62	account 4	"plan"=>"p4"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
27f9c60d-bfe9-4945-a5a2-781419ddc030	66e14e23-c218-47ea-8866-d4b073547328	account 5	"plan"=>"p5"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
fee75d08-cc2c-4c97-b393-2de5a9b5ca11	8e31c081-5427-4107-a079-6cc296cc840c	account 6	"plan"=>"p6"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
b3372af9-938f-4b17-98c5-aa528cccac0c	da6e6b51-0f58-487f-81b4-97e62ca14a4b	account 7	"plan"=>"p7"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
50df91ad-a9a6-4b55-a8dd-dc0ed24c7d77	170917f9-2225-4538-92a4-2df4499ebd53	account 8	"plan"=>"p8"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
0a3428b6-99af-4988-aef1-56a5e47c9266	921771f9-e3f0-4bda-9f94-86772db1ec04	account 9	"plan"=>"p9"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
c8e2f57e-7aca-4622-ab44-d05c5c054eb7	f47a31fd-9fc2-472d-85f0-531c96fbca61	account 10	"plan"=>"p10"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
e3db7d4a-ab56-457e-8b26-d76718eeb9a0	bf505e20-9ac3-40c5-aa7e-4b172ebf4a9f	account 11	"plan"=>"p11"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
39c983d2-b2b4-41b2-8d03-100d376e4d43	d2c65fc0-e05e-49a0-8be9-df11d13549e5	account 12	"plan"=>"p12"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
3ea82249-8043-40b2-bbf7-72ac83850c0f	45c9a6c0-c5e9-4895-93bf-2ecb4726ebf1	account 13	"plan"=>"p13"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
746ca95d-ef55-4bb4-a297-1e4c4020a562	9be002c6-1c43-4c4c-95ac-0fe082c53e23	account 14	"plan"=>"p14"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
9505f110-da91-457c-b458-3bc44ba48082	8eadac8f-454b-4dee-8a02-fff842190d45	account 15	"plan"=>"p15"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
dd0fd981-c38d-4c9b-8765-0219488e04b9	65174614-f70a-4216-9c73-fb9250b8b2bd	account 16	"plan"=>"p16"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
aa3f1c88-c33c-42ce-9d50-60e3ccad592c	aef657d7-1733-4f35-98fc-73e3a3c792c5	account 17	"plan"=>"p17"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
62712e8c-6377-4aef-aec7-5ae42941ae8a	edef3530-7f60-4b63-afc4-93670ced98f2	account 18	"plan"=>"p18"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
db919dc7-d5aa-4cf9-9bd3-627caedc8fbd	f1d8d3f6-c1be-4f9e-a384-c12ae0a8dae9	account 19	"plan"=>"p19"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
02b889ac-5575-4e79-bae5-931565c04ca0	b9c47cf3-4ce1-4bb0-b866-d6bcf968940c	account 20	"plan"=>"p20"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
a2fd4804-3609-4c0a-8b2f-d916e0fd9986	98400bb7-ef9d-4271-b9d1-45f653e2efaa	account 21	"plan"=>"p21"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
e39da588-99ac-4b45-9598-015a481f18cb	2bb379a6-e13c-4400-838b-244598114ee4	account 22	"plan"=>"p22"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
a4d5b828-8f91-4847-9e5b-7fcc8b360191	0bc281fb-21b7-4ad4-a56e-d4a76f05a32a	account 23	"plan"=>"p23"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
e2ae2124-4187-4f95-ae69-b2a91ecb5631	aabcf0ca-833a-4488-a66b-cc8b8dae4a66	account 24	"plan"=>"p24"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
46453961-e4ab-46e4-94b3-f522f5d0ddda	b091c472-1264-43c6-8ecb-40ac06246794	account 25	"plan"=>"p25"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
5db16569-bfcd-41d1-a73b-b98498b4ce52	083396fa-c7ba-442f-a2e3-2f38a35675d1	account 26	"plan"=>"p26"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
4c1d9938-eba4-4968-848a-f6a025c2a827	b13d663a-ba22-4e3e-8246-25ce53fb434c	account 27	"plan"=>"p27"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
fe84ae65-c6e1-450d-8a72-849086211754	ac803780-2418-4928-b498-247cc410183a	account 28	"plan"=>"p28"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
cb1fdc58-07b7-431e-89a1-a222d739d5db	788efa28-fbca-4ef8-bef1-c5960faa3764	account 29	"plan"=>"p29"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
4cb5bd0b-b1b0-4b07-bcb8-febcca61387b	7adf5b71-dd0a-4d0b-921f-72e1315ce401	account 30	"plan"=>"p30"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
394ef3b6-cf30-45e8-832e-7474c71dabea	815a9009-636c-40e0-aef9-b95274c71960	account 31	"plan"=>"p31"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
53d3b98b-606d-44d7-91df-f1f6a9d10136	9d306f0a-0efa-425e-95b3-37dd7413a17d	account 32	"plan"=>"p32"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
f6a798e2-9d7c-47e8-bc38-8624d2c81c7f	f4f56b98-5da9-40e5-bb34-b6b33f1075a4	account 33	"plan"=>"p33"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
71f0d0bf-a524-4279-a48e-a181dcd7bb58	8b6c5d2c-a1c4-47e8-bf9d-ed023bb3d98d	account 34	"plan"=>"p34"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
bdc15c1f-9593-40f1-b675-e2b784e5ecf2	f70a9b97-8ce5-4a18-b657-a3cfbcef0a88	account 35	"plan"=>"p35"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
1bbba41c-2736-40a4-93dc-89209b7ec5b2	6bcf9936-3f20-4fef-a3d5-3508e3d8b2a0	account 36	"plan"=>"p36"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
1308c9f7-dc4b-4bb6-8170-73465363c364	2cc37341-5df9-4e95-b2cd-0ea9d0573ac1	account 37	"plan"=>"p37"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
9ddf2d2b-39d6-4a3c-b4e0-ad1489704530	f6d3b302-a5ef-4ed3-81b0-097f892acc92	account 38	"plan"=>"p38"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
83fde913-bf0b-4ca3-a7c5-8a2ee9243f8d	32ae0fac-0631-476a-8917-a45df8a5cf94	account 39	"plan"=>"p39"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
58c2a743-8e56-45d2-9cb3-f97eedc9263a	77b39785-7daa-4394-b834-fedba8b5f933	account 40	"plan"=>"p40"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
c938371d-0964-43ca-b0f5-3fbe1f092693	a7d988e3-36a2-4bac-9b14-9b7c9020a303	account 41	"plan"=>"p41"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
5aab5be9-3658-4b41-90f2-dff3bf92a411	abdcf6e6-e425-483a-926d-3998094c8e48	account 42	"plan"=>"p42"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
88f42f79-f956-49d2-81ee-335cceebe97d	a995c3c4-0549-48de-b579-3f68f4396a9d	account 43	"plan"=>"p43"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
d7e16823-3685-460e-963a-ab251a1f01ce	60eb2602-2d69-455d-acf5-59485be831d3	account 44	"plan"=>"p44"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
a08c0dee-451d-4ded-a802-54bc33d645c3	f9fef1bd-1cb3-4c9b-972d-ac4d91d60da6	account 45	"plan"=>"p45"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
3b1ded14-fd58-44d6-aeaf-1d0ed94b138c	6d3679b9-5a36-4cad-943f-fba3084ee533	account 46	"plan"=>"p46"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
435543a1-b70d-4598-a09f-6e2038d06f2a	ee627c3b-66b2-4bb3-a585-c2d34745f00d	account 47	"plan"=>"p47"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
0e40327e-9e54-45aa-af76-29aef42ba74e	e699d85d-60d3-4381-b3f1-d397de8cdc73	account 48	"plan"=>"p48"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
18080a4b-6eba-4784-b682-ca0e61a7d091	d3a636f3-7378-4804-99c3-1615f2452713	account 49	"plan"=>"p49"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
afb82682-e98c-49dc-9163-07db79a8289d	b3703cf8-7edb-4db3-9285-6db239974f41	account 50	"plan"=>"p50"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
\.


--
-- Data for Name: coded; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.coded (id, c, cs) FROM stdin;
1	A-1	{A-1,B-2}
2	\N	\N
\.


--
-- Data for Name: orders; Type: TABLE DATA; Schema: public; Owner: app_owner
--

COPY public.orders (id, account_id, listen, total) FROM stdin;
1	c9441eb2-2399-4e9e-826a-bc9945462c35	NOTIFY x	10.00
2	cfc8122f-7150-47a7-9a77-56df0b1a5809	LISTEN orders;	10.00
3	4abd3d1e-d252-4f0c-84e8-7c0c6d352b1b	NOTIFY x	10.00
4	85525f2f-5a3d-4985-a9fe-d64287d9421a	LISTEN orders;	10.00
5	27f9c60d-bfe9-4945-a5a2-781419ddc030	NOTIFY x	10.00
6	fee75d08-cc2c-4c97-b393-2de5a9b5ca11	LISTEN orders;	10.00
7	b3372af9-938f-4b17-98c5-aa528cccac0c	NOTIFY x	10.00
8	50df91ad-a9a6-4b55-a8dd-dc0ed24c7d77	LISTEN orders;	10.00
9	0a3428b6-99af-4988-aef1-56a5e47c9266	NOTIFY x	10.00
10	c8e2f57e-7aca-4622-ab44-d05c5c054eb7	LISTEN orders;	10.00
11	e3db7d4a-ab56-457e-8b26-d76718eeb9a0	NOTIFY x	10.00
12	39c983d2-b2b4-41b2-8d03-100d376e4d43	LISTEN orders;	10.00
13	3ea82249-8043-40b2-bbf7-72ac83850c0f	NOTIFY x	10.00
14	746ca95d-ef55-4bb4-a297-1e4c4020a562	LISTEN orders;	10.00
15	9505f110-da91-457c-b458-3bc44ba48082	NOTIFY x	10.00
16	dd0fd981-c38d-4c9b-8765-0219488e04b9	LISTEN orders;	10.00
17	aa3f1c88-c33c-42ce-9d50-60e3ccad592c	NOTIFY x	10.00
18	62712e8c-6377-4aef-aec7-5ae42941ae8a	LISTEN orders;	10.00
19	db919dc7-d5aa-4cf9-9bd3-627caedc8fbd	NOTIFY x	10.00
20	02b889ac-5575-4e79-bae5-931565c04ca0	LISTEN orders;	10.00
21	a2fd4804-3609-4c0a-8b2f-d916e0fd9986	NOTIFY x	10.00
22	e39da588-99ac-4b45-9598-015a481f18cb	LISTEN orders;	10.00
23	a4d5b828-8f91-4847-9e5b-7fcc8b360191	NOTIFY x	10.00
24	e2ae2124-4187-4f95-ae69-b2a91ecb5631	LISTEN orders;	10.00
25	46453961-e4ab-46e4-94b3-f522f5d0ddda	NOTIFY x	10.00
26	5db16569-bfcd-41d1-a73b-b98498b4ce52	LISTEN orders;	10.00
27	4c1d9938-eba4-4968-848a-f6a025c2a827	NOTIFY x	10.00
28	fe84ae65-c6e1-450d-8a72-849086211754	LISTEN orders;	10.00
29	cb1fdc58-07b7-431e-89a1-a222d739d5db	NOTIFY x	10.00
30	4cb5bd0b-b1b0-4b07-bcb8-febcca61387b	LISTEN orders;	10.00
31	394ef3b6-cf30-45e8-832e-7474c71dabea	NOTIFY x	10.00
32	53d3b98b-606d-44d7-91df-f1f6a9d10136	LISTEN orders;	10.00
33	f6a798e2-9d7c-47e8-bc38-8624d2c81c7f	NOTIFY x	10.00
34	71f0d0bf-a524-4279-a48e-a181dcd7bb58	LISTEN orders;	10.00
35	bdc15c1f-9593-40f1-b675-e2b784e5ecf2	NOTIFY x	10.00
36	1bbba41c-2736-40a4-93dc-89209b7ec5b2	LISTEN orders;	10.00
37	1308c9f7-dc4b-4bb6-8170-73465363c364	NOTIFY x	10.00
38	9ddf2d2b-39d6-4a3c-b4e0-ad1489704530	LISTEN orders;	10.00
39	83fde913-bf0b-4ca3-a7c5-8a2ee9243f8d	NOTIFY x	10.00
40	58c2a743-8e56-45d2-9cb3-f97eedc9263a	LISTEN orders;	10.00
41	c938371d-0964-43ca-b0f5-3fbe1f092693	NOTIFY x	10.00
42	5aab5be9-3658-4b41-90f2-dff3bf92a411	LISTEN orders;	10.00
43	88f42f79-f956-49d2-81ee-335cceebe97d	NOTIFY x	10.00
44	d7e16823-3685-460e-963a-ab251a1f01ce	LISTEN orders;	10.00
45	a08c0dee-451d-4ded-a802-54bc33d645c3	NOTIFY x	10.00
46	3b1ded14-fd58-44d6-aeaf-1d0ed94b138c	LISTEN orders;	10.00
47	435543a1-b70d-4598-a09f-6e2038d06f2a	NOTIFY x	10.00
48	0e40327e-9e54-45aa-af76-29aef42ba74e	LISTEN orders;	10.00
49	18080a4b-6eba-4784-b682-ca0e61a7d091	NOTIFY x	10.00
50	afb82682-e98c-49dc-9163-07db79a8289d	LISTEN orders;	10.00
\.


--
-- Name: orders_id_seq; Type: SEQUENCE SET; Schema: public; Owner: app_owner
--

SELECT pg_catalog.setval('public.orders_id_seq', 50, true);


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: app_owner
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);


--
-- Name: coded coded_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.coded
    ADD CONSTRAINT coded_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: app_owner
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: coded coded_skip_same; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER coded_skip_same BEFORE UPDATE ON public.coded FOR EACH ROW EXECUTE FUNCTION public.skip_same();

ALTER TABLE public.coded DISABLE TRIGGER coded_skip_same;


--
-- Name: TRIGGER coded_skip_same ON coded; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TRIGGER coded_skip_same ON public.coded IS 'internal trigger function';


--
-- Name: orders orders_notify; Type: TRIGGER; Schema: public; Owner: app_owner
--

CREATE TRIGGER orders_notify AFTER INSERT ON public.orders FOR EACH ROW EXECUTE FUNCTION public.notify_order();


--
-- Name: orders orders_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: app_owner
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id);


--
-- Name: accounts; Type: ROW SECURITY; Schema: public; Owner: app_owner
--

ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;

--
-- Name: accounts accounts_self; Type: POLICY; Schema: public; Owner: app_owner
--

CREATE POLICY accounts_self ON public.accounts TO app_reader USING (((id)::text = current_setting('app.account_id'::text, true)));


--
-- Name: orders; Type: ROW SECURITY; Schema: public; Owner: app_owner
--

ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;

--
-- Name: orders orders_limit; Type: POLICY; Schema: public; Owner: app_owner
--

CREATE POLICY orders_limit ON public.orders AS RESTRICTIVE FOR INSERT WITH CHECK ((total < (10000)::numeric));


--
-- Name: POLICY orders_limit ON orders; Type: COMMENT; Schema: public; Owner: app_owner
--

COMMENT ON POLICY orders_limit ON public.orders IS 'no order over 10,000';


--
-- Name: orders orders_read; Type: POLICY; Schema: public; Owner: app_owner
--

CREATE POLICY orders_read ON public.orders FOR SELECT USING (((account_id)::text = current_setting('app.account_id'::text, true)));


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
-- Name: PUBLICATION orders_only; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON PUBLICATION orders_only IS 'for the analytics replica';


--
-- Name: orders_only orders; Type: PUBLICATION TABLE; Schema: public; Owner: postgres
--

ALTER PUBLICATION orders_only ADD TABLE ONLY public.orders;


--
-- Name: TABLE accounts; Type: ACL; Schema: public; Owner: app_owner
--

GRANT SELECT ON TABLE public.accounts TO app_reader;


--
-- Name: TABLE coded; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT ON TABLE public.coded TO app_reader;


--
-- Name: TABLE legacy_orders; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT ON TABLE public.legacy_orders TO app_reader;


--
-- Name: TABLE orders; Type: ACL; Schema: public; Owner: app_owner
--

GRANT SELECT ON TABLE public.orders TO app_reader;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: -; Owner: postgres
--

ALTER DEFAULT PRIVILEGES FOR ROLE postgres GRANT SELECT ON TABLES TO app_reader;


--
-- Name: audit_ddl; Type: EVENT TRIGGER; Schema: -; Owner: postgres
--

CREATE EVENT TRIGGER audit_ddl ON ddl_command_end
   EXECUTE FUNCTION public.audit_ddl();


ALTER EVENT TRIGGER audit_ddl OWNER TO postgres;

--
-- PostgreSQL database dump complete
--

\unrestrict p4QIo3XSaGYYn17gNOWguXqYArsecnOIBVd7zkXXKu1dvz4AsOuSgpuE1IjL9tg

