\restrict Xb4JkQ0s1dZ9
--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE public."we;ird
name" ("a b" integer, "say ""hi""" text);

CREATE FUNCTION public.dollar() RETURNS text
    LANGUAGE sql
    AS $_$ SELECT 'costs $5; really'::text $_$;

CREATE FUNCTION public.atomic(x integer) RETURNS integer
    LANGUAGE sql
    BEGIN ATOMIC
 SELECT CASE WHEN (x > 0) THEN 1 ELSE 0 END AS "case";
 SELECT (x + 1);
END;

CREATE RULE r AS ON INSERT TO public.t DO ALSO (INSERT INTO public.log VALUES (1); UPDATE public.c SET n = n + 1;);

COMMENT ON TABLE public.t IS 'has; semicolons -- and /* comment */ look-alikes';
SELECT E'tab\there\\; it''s \'quoted\'', U&'d\0061t\+000061', $tag$ $$ ; $tag$;
/* nested /* comment; */ still */ SELECT 1;

COPY public.t (a, b) FROM stdin;
1	DROP TABLE t;
2	\\.
\.x	not the end
3	a\.
\N	'quote
\.

SET standard_conforming_strings = off;
SELECT 'it\'s; one string';
SET standard_conforming_strings = on;
SELECT 1 \; SELECT 2;
SELECT 'last statement without a semicolon'
