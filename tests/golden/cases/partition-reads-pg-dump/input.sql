--
-- PostgreSQL database dump
--

\restrict EcZeKhJEV8XPbr30621PJcxc4ARegkfQiwvs6Bn5bvkmdHYxa6bIrozS05YS9Tw

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

SET default_tablespace = '';

--
-- Name: shard; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.shard (
    k integer NOT NULL,
    v text
)
PARTITION BY HASH (k);


SET default_table_access_method = heap;

--
-- Name: shard_0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.shard_0 (
    k integer NOT NULL,
    v text
);


--
-- Name: even_total(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.even_total() RETURNS bigint
    LANGUAGE sql
    BEGIN ATOMIC
 SELECT count(*) AS count
    FROM public.shard_0;
END;


--
-- Name: peak_2024(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.peak_2024() RETURNS bigint
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN (SELECT max(peak) FROM m2024); END $$;


--
-- Name: measurement; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.measurement (
    id integer NOT NULL,
    logdate date NOT NULL,
    peak integer,
    note text
)
PARTITION BY RANGE (logdate);


--
-- Name: m2024; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.m2024 (
    id integer NOT NULL,
    logdate date NOT NULL,
    peak integer,
    note text
);


--
-- Name: peaks_2024(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.peaks_2024() RETURNS bigint
    LANGUAGE sql
    BEGIN ATOMIC
 SELECT sum(m2024.peak) AS sum
    FROM public.m2024;
END;


--
-- Name: even_shard; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.even_shard AS
 SELECT shard_0.k,
    shard_0.v
   FROM public.shard_0;


--
-- Name: VIEW even_shard; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON VIEW public.even_shard IS 'the rows of shard_0';


--
-- Name: even_shard_count; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.even_shard_count AS
 SELECT count(*) AS n
   FROM public.even_shard;


--
-- Name: even_total_v; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.even_total_v AS
 SELECT public.even_total() AS n;


--
-- Name: ids_2024; Type: MATERIALIZED VIEW; Schema: public; Owner: -
--

CREATE MATERIALIZED VIEW public.ids_2024 AS
 SELECT m2024.id
   FROM public.m2024
  WITH NO DATA;


--
-- Name: lookalikes; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.lookalikes AS
 SELECT m2024.id,
    'FROM m2024'::text AS words
   FROM public.measurement m2024;


--
-- Name: m2025; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.m2025 (
    id integer NOT NULL,
    logdate date NOT NULL,
    peak integer,
    note text
);


--
-- Name: recent; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.recent AS
 SELECT m2025.id,
    m2025.logdate,
    m2025.peak,
    m2025.note
   FROM public.m2025
  WHERE (m2025.peak > 10);


--
-- Name: recent_count; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.recent_count AS
 SELECT count(*) AS n
   FROM public.recent;


--
-- Name: refs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.refs (
    id integer,
    logdate date
);


--
-- Name: shard_1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.shard_1 (
    k integer NOT NULL,
    v text
);


--
-- Name: m2024; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measurement ATTACH PARTITION public.m2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');


--
-- Name: m2025; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measurement ATTACH PARTITION public.m2025 FOR VALUES FROM ('2025-01-01') TO (MAXVALUE);


--
-- Name: shard_0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.shard ATTACH PARTITION public.shard_0 FOR VALUES WITH (modulus 2, remainder 0);


--
-- Name: shard_1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.shard ATTACH PARTITION public.shard_1 FOR VALUES WITH (modulus 2, remainder 1);


--
-- Data for Name: m2024; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.m2024 (id, logdate, peak, note) FROM stdin;
1	2024-03-01	5	reads m2024 in a string
\.


--
-- Data for Name: m2025; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.m2025 (id, logdate, peak, note) FROM stdin;
2	2025-02-01	50	FROM m2025
\.


--
-- Data for Name: refs; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.refs (id, logdate) FROM stdin;
1	2024-03-01
\.


--
-- Data for Name: shard_0; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.shard_0 (k, v) FROM stdin;
1	shard_0
2	shard_1
\.


--
-- Data for Name: shard_1; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.shard_1 (k, v) FROM stdin;
\.


--
-- Name: measurement measurement_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measurement
    ADD CONSTRAINT measurement_pkey PRIMARY KEY (id, logdate);


--
-- Name: m2024 m2024_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.m2024
    ADD CONSTRAINT m2024_pkey PRIMARY KEY (id, logdate);


--
-- Name: m2025 m2025_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.m2025
    ADD CONSTRAINT m2025_pkey PRIMARY KEY (id, logdate);


--
-- Name: m2024_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.measurement_pkey ATTACH PARTITION public.m2024_pkey;


--
-- Name: m2025_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.measurement_pkey ATTACH PARTITION public.m2025_pkey;


--
-- Name: refs refs_id_logdate_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refs
    ADD CONSTRAINT refs_id_logdate_fkey FOREIGN KEY (id, logdate) REFERENCES public.m2024(id, logdate);


--
-- Name: ids_2024; Type: MATERIALIZED VIEW DATA; Schema: public; Owner: -
--

REFRESH MATERIALIZED VIEW public.ids_2024;


--
-- PostgreSQL database dump complete
--

\unrestrict EcZeKhJEV8XPbr30621PJcxc4ARegkfQiwvs6Bn5bvkmdHYxa6bIrozS05YS9Tw

