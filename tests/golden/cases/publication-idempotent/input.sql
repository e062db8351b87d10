--
-- PostgreSQL database dump
--

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET row_security = off;

CREATE TABLE public.events (id integer, "publication" text, "subscription" text);

CREATE FUNCTION public.describe() RETURNS text
    LANGUAGE sql
    AS $$ SELECT 'CREATE PUBLICATION p FOR ALL TABLES; DROP SUBSCRIPTION s'::text $$;

-- CREATE PUBLICATION in_a_comment FOR ALL TABLES;
/* ALTER PUBLICATION p ADD TABLE t; */
COMMENT ON TABLE public.events IS 'CREATE PUBLICATION p; COMMENT ON PUBLICATION p IS ''x''';
COMMENT ON COLUMN public.events."publication" IS 'which publication';

COPY public.events (id, "publication", "subscription") FROM stdin;
1	CREATE PUBLICATION p;	CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p;
2	DROP PUBLICATION p;	NOTIFY x
\.

SELECT "publication", "subscription" FROM public.events WHERE "publication" = 'DROP PUBLICATION p;';
 SELECT 1;
CREATE TABLE public.publication (subscription text);
