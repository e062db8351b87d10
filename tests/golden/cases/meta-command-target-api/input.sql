--
-- PostgreSQL database dump
--

\restrict Zr0y6m1pK8m0Qn7s2XbNqQe0J0wVd3R4eHcQmF8tYk2aLp9uSx5vWz1oBg7nTh3

SET row_security = off;
CREATE TABLE public.notes (body text);
COPY public.notes (body) FROM stdin;
\\restrict abc
\.
-- restrict-key drops \restrict here, but not what else psql would run
\o /tmp/out.txt
SELECT 1;

\unrestrict Zr0y6m1pK8m0Qn7s2XbNqQe0J0wVd3R4eHcQmF8tYk2aLp9uSx5vWz1oBg7nTh3
