--
-- PostgreSQL database dump
--

\restrict 4euOLaqAvBiWke4F2AIMWjUbfIsaF443GPZSTv6cDeQfT9pdVmmECRHlmNcZozK

-- Dumped from database version 18.6 (Debian 18.6-3)
-- Dumped by pg_dump version 18.6 (Debian 18.6-3)

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

\unrestrict 4euOLaqAvBiWke4F2AIMWjUbfIsaF443GPZSTv6cDeQfT9pdVmmECRHlmNcZozK
\connect rules
\restrict 4euOLaqAvBiWke4F2AIMWjUbfIsaF443GPZSTv6cDeQfT9pdVmmECRHlmNcZozK

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
81daec6d-8ed3-4df0-8fc7-00dbdc3b3b73	3a67a8e6-d524-4b63-93ac-6bf6bf396956	account 1	"plan"=>"p1"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
bf11948e-74e9-4eb0-b3b6-bb208e10a3ba	845c05a9-de14-475e-a911-4409b4cbc644	account 2	"plan"=>"p2"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
ba236dee-f6f7-419d-80a5-ab435e4ce5b9	da1dad81-d58d-4d64-bad9-799d19b224bd	account 3	"plan"=>"p3"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
86e1f005-036b-45a8-a419-29dda6a5339b	4bdeb906-f38f-4447-a1ca-8b3b03ab495e	account 4	"plan"=>"p4"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
aec35511-2d8a-482f-9741-7c4162594840	ff79b4f6-9dbd-47d3-bfc3-8f2c2536c4c0	account 5	"plan"=>"p5"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
bca48540-7379-4822-812b-0d7e3264a369	77559709-6b03-41f6-aebe-bb34cfc8f7f9	account 6	"plan"=>"p6"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
e1eb9fd1-7456-41be-bcc7-e7cebf3a6f0e	9f1b15b0-271b-4113-b9a5-6b12f2fd249e	account 7	"plan"=>"p7"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
f5a2172b-2b6a-47a8-978a-780869c9c406	146f838c-cbfe-46e0-8041-12e51e1082c8	account 8	"plan"=>"p8"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
c17728b1-5554-4fda-bbe6-0cfbdc2a8fe2	9f2e73c4-1d11-4dc9-9ddc-fcce14affc4d	account 9	"plan"=>"p9"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
35a445bd-fd05-4207-afe2-c70555fe9999	ea47667d-d742-407e-9528-1167b5c48a6a	account 10	"plan"=>"p10"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
1811f7b5-5cf9-4a32-8817-1f9b86868b14	6c96b7cb-0e0c-4d26-815e-c669d9e71bc0	account 11	"plan"=>"p11"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
19c254b0-446e-4e1d-bd67-4ad529a976d9	7fce85fa-701c-40de-a557-c0237557943b	account 12	"plan"=>"p12"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
23034f8a-5d39-481d-a73c-371c83cc5a00	1cc47512-39da-42e7-8d12-f27a5e083275	account 13	"plan"=>"p13"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
a5a0b7c1-24e9-481c-9bf2-1a128d180d35	fa899aff-d161-482f-96cc-a2246ae2255f	account 14	"plan"=>"p14"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
3022ca23-379f-4856-bd0d-73f8e3d3156b	4f4021c6-f36f-4ed9-8786-c181a5523547	account 15	"plan"=>"p15"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
727ef65e-fb99-4966-9910-9cfaa83d8277	ad07f1ee-a225-4c09-91f8-502b1dfda42d	account 16	"plan"=>"p16"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
4fb71e71-4bcb-4b1e-a8dd-7470be25cb29	d847a6e0-c956-4760-b040-add1aa2dd9bb	account 17	"plan"=>"p17"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
0ee872a2-fc8e-493e-bb2f-0d3ce813a14a	4a4e4b68-7428-49d9-887e-3572a1e8150d	account 18	"plan"=>"p18"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
3820eb44-b124-473d-8b06-1c66f290d839	a0ed0db0-f651-43a1-89b7-bc010a4a026d	account 19	"plan"=>"p19"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
662cd376-8fd3-4009-ab7c-bb0ea1f1ae2f	576212fc-6785-4d1e-a7a1-650e7af82e59	account 20	"plan"=>"p20"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
cdfb2689-4b57-4e2d-97b3-febc494bf0ee	bfd84db1-103d-4062-ab70-a20dbb0da20b	account 21	"plan"=>"p21"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
3bc23081-5e8f-44df-8996-d431b8ac87af	6e2f4303-5ca0-4cbc-a103-d2bc1f488805	account 22	"plan"=>"p22"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
d768cf3b-8f5c-41d0-ac66-c742a8b8a6ad	5934c9e7-eb43-4c93-ba18-b582998b5b26	account 23	"plan"=>"p23"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
0b7fd350-e438-4ab3-8943-1d710116c45d	4b2c13fd-7cd4-433e-9a00-dcde17ae5bf1	account 24	"plan"=>"p24"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
6cba5ad4-162b-47cf-a4e6-942fcf9f4953	b26f7745-575f-4f6f-b248-266fa0a0c489	account 25	"plan"=>"p25"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
e3f93d18-9d52-4c55-abfb-6d435a53eaf5	a7397c9f-44bb-4345-ba3d-bdf7cf78337b	account 26	"plan"=>"p26"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
ec9c1bf1-be0f-4288-a7b6-4d9271eb0e3a	5e0a5d7b-d118-45ee-ac76-5548afeb298a	account 27	"plan"=>"p27"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
74eec2e7-00fb-4b47-9c9e-b9558bdd8cb0	513b3fa6-f275-4e64-af2b-85482ded82da	account 28	"plan"=>"p28"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
4c012f8e-1ab1-4fbe-864a-fd98442964cc	6c3ad9e0-808e-4bb6-a418-97382bd3aefe	account 29	"plan"=>"p29"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
d31ee802-b65f-4b1e-996c-2bcb617da3e9	d267c1af-9891-4810-a768-cd1b6ece9010	account 30	"plan"=>"p30"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
baba27f7-2800-430e-abab-6d127d6560bf	fafa8135-45d8-4b15-8c85-61519a9d18bd	account 31	"plan"=>"p31"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
adb8a76c-826f-4e20-8234-1bc353770f01	6016b57b-155b-45d9-8538-6db0403a3aef	account 32	"plan"=>"p32"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
0fde5ec5-3095-4be7-92b7-33725449654e	236abd34-ec27-4308-8cc4-1ed740f19b60	account 33	"plan"=>"p33"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
c8c38ffa-06c3-426f-b483-ef7301a013b7	01373edd-88cf-468a-af2e-b23a85506fa9	account 34	"plan"=>"p34"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
29e2dc7e-e7f0-4682-bbe1-f93b7a706831	6d57fcb9-bc6a-4877-8d44-466af2bc5855	account 35	"plan"=>"p35"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
054d4cfd-0768-4676-903f-1c1aaa686845	f62868dc-b36d-4429-b9b7-4b3d3f79a3b3	account 36	"plan"=>"p36"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
e019ba83-a582-4ad5-ac67-33437bccec41	fc254e56-a9a6-4395-93b7-f89afb00c2da	account 37	"plan"=>"p37"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
659f12af-1904-4f83-82b4-9840559d5ee5	ce027516-8271-4aed-93bc-d1992a2872bc	account 38	"plan"=>"p38"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
ac8f3b86-ff94-4bcd-aaf4-f7114eeb690f	9f3c681c-745d-4507-b4d9-2fbd6db13a45	account 39	"plan"=>"p39"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
3eddf6dd-fe36-4d5f-8e56-66ef5703d0d9	bb49baf4-b8aa-449c-92db-f312c4d33bf0	account 40	"plan"=>"p40"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
e7a8711e-0c52-40eb-b518-59a8fd2ff054	d714a8a9-9f50-4399-b59b-758cf066fbe9	account 41	"plan"=>"p41"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
0a0876a1-ca19-40b3-baa3-b7b668f44ba1	bb676f3a-f68d-4a36-91fa-668904f47b61	account 42	"plan"=>"p42"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
f6bf8d08-cdfe-4810-a7b8-69fb6b00e8d0	932840c4-bbb2-46c0-8380-a1923cecd6e4	account 43	"plan"=>"p43"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
2049ef2d-f44d-4d27-ab9c-6ac52979c9a7	8d1c64ed-a3b6-40c7-95d8-d84672409783	account 44	"plan"=>"p44"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
95abdea2-47ab-4272-b492-0b179926034f	984660a1-400b-4456-9ffe-67b992689115	account 45	"plan"=>"p45"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
e02e7961-9f2e-4d98-863d-f0567c2d3a04	1c86710b-bd51-42a9-932a-15c35c890c89	account 46	"plan"=>"p46"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
61c3d4a0-3f0c-47b6-9318-8b7480d9179a	9923981f-5463-405e-92fd-a57718e971ef	account 47	"plan"=>"p47"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
184029ab-b0a0-4a8f-a18c-55a8d46f56c8	68d4d812-5bee-41ed-8ee7-3183bbe01ffe	account 48	"plan"=>"p48"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
f08e3f52-2572-402d-8983-787ce29cc911	ebaa36ed-8969-4776-94a4-32c658d1b101	account 49	"plan"=>"p49"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
1d2a01a9-d601-466b-94ca-702dbd14987b	a4c64247-c83f-4d2d-8f5e-efe325f91209	account 50	"plan"=>"p50"	CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
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
1	81daec6d-8ed3-4df0-8fc7-00dbdc3b3b73	NOTIFY x	10.00
2	bf11948e-74e9-4eb0-b3b6-bb208e10a3ba	LISTEN orders;	10.00
3	ba236dee-f6f7-419d-80a5-ab435e4ce5b9	NOTIFY x	10.00
4	86e1f005-036b-45a8-a419-29dda6a5339b	LISTEN orders;	10.00
5	aec35511-2d8a-482f-9741-7c4162594840	NOTIFY x	10.00
6	bca48540-7379-4822-812b-0d7e3264a369	LISTEN orders;	10.00
7	e1eb9fd1-7456-41be-bcc7-e7cebf3a6f0e	NOTIFY x	10.00
8	f5a2172b-2b6a-47a8-978a-780869c9c406	LISTEN orders;	10.00
9	c17728b1-5554-4fda-bbe6-0cfbdc2a8fe2	NOTIFY x	10.00
10	35a445bd-fd05-4207-afe2-c70555fe9999	LISTEN orders;	10.00
11	1811f7b5-5cf9-4a32-8817-1f9b86868b14	NOTIFY x	10.00
12	19c254b0-446e-4e1d-bd67-4ad529a976d9	LISTEN orders;	10.00
13	23034f8a-5d39-481d-a73c-371c83cc5a00	NOTIFY x	10.00
14	a5a0b7c1-24e9-481c-9bf2-1a128d180d35	LISTEN orders;	10.00
15	3022ca23-379f-4856-bd0d-73f8e3d3156b	NOTIFY x	10.00
16	727ef65e-fb99-4966-9910-9cfaa83d8277	LISTEN orders;	10.00
17	4fb71e71-4bcb-4b1e-a8dd-7470be25cb29	NOTIFY x	10.00
18	0ee872a2-fc8e-493e-bb2f-0d3ce813a14a	LISTEN orders;	10.00
19	3820eb44-b124-473d-8b06-1c66f290d839	NOTIFY x	10.00
20	662cd376-8fd3-4009-ab7c-bb0ea1f1ae2f	LISTEN orders;	10.00
21	cdfb2689-4b57-4e2d-97b3-febc494bf0ee	NOTIFY x	10.00
22	3bc23081-5e8f-44df-8996-d431b8ac87af	LISTEN orders;	10.00
23	d768cf3b-8f5c-41d0-ac66-c742a8b8a6ad	NOTIFY x	10.00
24	0b7fd350-e438-4ab3-8943-1d710116c45d	LISTEN orders;	10.00
25	6cba5ad4-162b-47cf-a4e6-942fcf9f4953	NOTIFY x	10.00
26	e3f93d18-9d52-4c55-abfb-6d435a53eaf5	LISTEN orders;	10.00
27	ec9c1bf1-be0f-4288-a7b6-4d9271eb0e3a	NOTIFY x	10.00
28	74eec2e7-00fb-4b47-9c9e-b9558bdd8cb0	LISTEN orders;	10.00
29	4c012f8e-1ab1-4fbe-864a-fd98442964cc	NOTIFY x	10.00
30	d31ee802-b65f-4b1e-996c-2bcb617da3e9	LISTEN orders;	10.00
31	baba27f7-2800-430e-abab-6d127d6560bf	NOTIFY x	10.00
32	adb8a76c-826f-4e20-8234-1bc353770f01	LISTEN orders;	10.00
33	0fde5ec5-3095-4be7-92b7-33725449654e	NOTIFY x	10.00
34	c8c38ffa-06c3-426f-b483-ef7301a013b7	LISTEN orders;	10.00
35	29e2dc7e-e7f0-4682-bbe1-f93b7a706831	NOTIFY x	10.00
36	054d4cfd-0768-4676-903f-1c1aaa686845	LISTEN orders;	10.00
37	e019ba83-a582-4ad5-ac67-33437bccec41	NOTIFY x	10.00
38	659f12af-1904-4f83-82b4-9840559d5ee5	LISTEN orders;	10.00
39	ac8f3b86-ff94-4bcd-aaf4-f7114eeb690f	NOTIFY x	10.00
40	3eddf6dd-fe36-4d5f-8e56-66ef5703d0d9	LISTEN orders;	10.00
41	e7a8711e-0c52-40eb-b518-59a8fd2ff054	NOTIFY x	10.00
42	0a0876a1-ca19-40b3-baa3-b7b668f44ba1	LISTEN orders;	10.00
43	f6bf8d08-cdfe-4810-a7b8-69fb6b00e8d0	NOTIFY x	10.00
44	2049ef2d-f44d-4d27-ab9c-6ac52979c9a7	LISTEN orders;	10.00
45	95abdea2-47ab-4272-b492-0b179926034f	NOTIFY x	10.00
46	e02e7961-9f2e-4d98-863d-f0567c2d3a04	LISTEN orders;	10.00
47	61c3d4a0-3f0c-47b6-9318-8b7480d9179a	NOTIFY x	10.00
48	184029ab-b0a0-4a8f-a18c-55a8d46f56c8	LISTEN orders;	10.00
49	f08e3f52-2572-402d-8983-787ce29cc911	NOTIFY x	10.00
50	1d2a01a9-d601-466b-94ca-702dbd14987b	LISTEN orders;	10.00
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

\unrestrict 4euOLaqAvBiWke4F2AIMWjUbfIsaF443GPZSTv6cDeQfT9pdVmmECRHlmNcZozK

