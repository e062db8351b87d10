--
-- PostgreSQL database dump
--

\restrict gEgjOPazIcTuz2waf1KuoxHm7pC97rJgVcy41evPMGCyUePCPHKhfDB4zBZsMf9

-- Dumped from database version 15
-- Dumped by pg_dump version 15

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
-- Name: person_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.person_type AS (
	id integer,
	name text COLLATE pg_catalog."C",
	tags text[]
);


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: p; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.p (
    b integer,
    CONSTRAINT bmerged CHECK ((b > 1)),
    CONSTRAINT bnoinherit CHECK ((b < 100)) NO INHERIT,
    CONSTRAINT p_b_check CHECK ((b <> 7))
);


--
-- Name: q; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.q (
    b integer,
    CONSTRAINT q_b_check CHECK ((b <> 7))
);


--
-- Name: ch; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ch (
    CONSTRAINT bmerged CHECK ((b > 1))
)
INHERITS (public.p, public.q);


--
-- Name: persons; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.persons OF public.person_type;


--
-- Name: staff; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.staff (
    salary numeric
)
INHERITS (public.persons);


--
-- Data for Name: ch; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ch (b) FROM stdin;
5
\.


--
-- Data for Name: p; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.p (b) FROM stdin;
\.


--
-- Data for Name: persons; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.persons (id, name, tags) FROM stdin;
\.


--
-- Data for Name: q; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.q (b) FROM stdin;
\.


--
-- Data for Name: staff; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.staff (id, name, tags, salary) FROM stdin;
1	a	{x}	10
\.


--
-- PostgreSQL database dump complete
--

\unrestrict gEgjOPazIcTuz2waf1KuoxHm7pC97rJgVcy41evPMGCyUePCPHKhfDB4zBZsMf9

