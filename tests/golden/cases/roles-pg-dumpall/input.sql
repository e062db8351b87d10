--
-- PostgreSQL database cluster dump
--

SET default_transaction_read_only = off;

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE app;
ALTER ROLE app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy';
CREATE ROLE readers;
ALTER ROLE readers WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE USER reporting WITH PASSWORD 'md5e5e28c2f1a1bf7ef5c9d0bd6e2b9f1a0' CONNECTION LIMIT 3;
ALTER ROLE app SET search_path TO app, public;
ALTER ROLE ALL SET statement_timeout = '30s';
DROP ROLE IF EXISTS old_admin;

--
-- Role memberships
--

GRANT readers TO app GRANTED BY postgres;

-- Look-alikes, untouched: the words in a string, a comment, identifiers.
CREATE TABLE public.roles (role text, password text, "CREATE ROLE" int); -- CREATE ROLE x
INSERT INTO public.roles VALUES ('CREATE ROLE app', 'ALTER ROLE app PASSWORD ''x''', 1);
COMMENT ON TABLE public.roles IS 'DROP ROLE readers';
COPY public.roles (role, password, "CREATE ROLE") FROM stdin;
CREATE ROLE copied	ALTER ROLE copied PASSWORD 'y'	2
\.
