--
-- PostgreSQL database dump
--

\restrict vr2ytUhjhALsjicIt6UcX0KyqHpKfx5TXAjrIGCdQfbe3YkpODRMmhtCs2xDedY

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
-- Name: rt weird; "db" 'x' \ y; Type: DATABASE; Schema: -; Owner: db9test
--

CREATE DATABASE "rt weird; ""db"" 'x' \ y" WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';


ALTER DATABASE "rt weird; ""db"" 'x' \ y" OWNER TO db9test;

\unrestrict vr2ytUhjhALsjicIt6UcX0KyqHpKfx5TXAjrIGCdQfbe3YkpODRMmhtCs2xDedY
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='rt weird; ""db"" \'x\' \\ y'"
\restrict vr2ytUhjhALsjicIt6UcX0KyqHpKfx5TXAjrIGCdQfbe3YkpODRMmhtCs2xDedY

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
-- Name: DATABASE "rt weird; ""db"" 'x' \ y"; Type: COMMENT; Schema: -; Owner: db9test
--

COMMENT ON DATABASE "rt weird; ""db"" 'x' \ y" IS 'weird';


--
-- Name: rt weird; "db" 'x' \ y; Type: DATABASE PROPERTIES; Schema: -; Owner: db9test
--

ALTER DATABASE "rt weird; ""db"" 'x' \ y" SET default_transaction_isolation TO 'serializable';


\unrestrict vr2ytUhjhALsjicIt6UcX0KyqHpKfx5TXAjrIGCdQfbe3YkpODRMmhtCs2xDedY
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='rt weird; ""db"" \'x\' \\ y'"
\restrict vr2ytUhjhALsjicIt6UcX0KyqHpKfx5TXAjrIGCdQfbe3YkpODRMmhtCs2xDedY

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

SET default_table_access_method = heap;

--
-- Name: t; Type: TABLE; Schema: public; Owner: db9test
--

CREATE TABLE public.t (
    a integer
);


ALTER TABLE public.t OWNER TO db9test;

--
-- Data for Name: t; Type: TABLE DATA; Schema: public; Owner: db9test
--

COPY public.t (a) FROM stdin;
\.


--
-- PostgreSQL database dump complete
--

\unrestrict vr2ytUhjhALsjicIt6UcX0KyqHpKfx5TXAjrIGCdQfbe3YkpODRMmhtCs2xDedY

