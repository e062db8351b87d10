--
-- PostgreSQL database dump
--

\restrict oKTJ0viQ5ylf9iefgOXmUEnTqaM1odlfI3cCpBebf1FRzAyiYgUxzqLlOwwzEw9

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

UPDATE pg_catalog.pg_database SET datistemplate = false WHERE datname = 'My Db';
DROP DATABASE "My Db";
--
-- Name: My Db; Type: DATABASE; Schema: -; Owner: db9test
--

CREATE DATABASE "My Db" WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';


ALTER DATABASE "My Db" OWNER TO db9test;

\unrestrict oKTJ0viQ5ylf9iefgOXmUEnTqaM1odlfI3cCpBebf1FRzAyiYgUxzqLlOwwzEw9
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='My Db'"
\restrict oKTJ0viQ5ylf9iefgOXmUEnTqaM1odlfI3cCpBebf1FRzAyiYgUxzqLlOwwzEw9

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
-- Name: DATABASE "My Db"; Type: COMMENT; Schema: -; Owner: db9test
--

COMMENT ON DATABASE "My Db" IS 'the app db';


--
-- Name: My Db; Type: DATABASE PROPERTIES; Schema: -; Owner: db9test
--

ALTER DATABASE "My Db" CONNECTION LIMIT = 5;
ALTER DATABASE "My Db" IS_TEMPLATE = true;
ALTER DATABASE "My Db" SET default_transaction_isolation TO 'serializable';
ALTER DATABASE "My Db" SET default_transaction_deferrable TO 'on';
ALTER ROLE app_user IN DATABASE "My Db" SET default_transaction_isolation TO 'serializable';


\unrestrict oKTJ0viQ5ylf9iefgOXmUEnTqaM1odlfI3cCpBebf1FRzAyiYgUxzqLlOwwzEw9
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='My Db'"
\restrict oKTJ0viQ5ylf9iefgOXmUEnTqaM1odlfI3cCpBebf1FRzAyiYgUxzqLlOwwzEw9

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
    a text
);


ALTER TABLE public.t OWNER TO db9test;

--
-- Data for Name: t; Type: TABLE DATA; Schema: public; Owner: db9test
--

COPY public.t (a) FROM stdin;
SET default_transaction_isolation = serializable
\\! rm -rf /
\.


--
-- Name: DATABASE "My Db"; Type: ACL; Schema: -; Owner: db9test
--

GRANT CONNECT,TEMPORARY ON DATABASE "My Db" TO app_user;


--
-- PostgreSQL database dump complete
--

\unrestrict oKTJ0viQ5ylf9iefgOXmUEnTqaM1odlfI3cCpBebf1FRzAyiYgUxzqLlOwwzEw9

