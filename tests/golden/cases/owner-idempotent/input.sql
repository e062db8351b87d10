SET row_security = off;
CREATE TABLE public.owner (owner text DEFAULT 'ALTER TABLE t OWNER TO x');
ALTER TABLE public.owner ADD COLUMN x integer;
-- ALTER TABLE public.t OWNER TO x;
COPY public.owner (owner) FROM stdin;
ALTER TABLE t OWNER TO x;
\.
