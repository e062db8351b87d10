SET row_security = off;
CREATE TABLE public.owner (owner text DEFAULT 'ALTER TABLE t OWNER TO x');
ALTER TABLE public.owner OWNER TO heroku_user;
ALTER TABLE ONLY public.owner OWNER TO "Quoted Role";
ALTER FUNCTION public.f(integer, text) OWNER TO heroku_user;
ALTER SCHEMA app OWNER TO heroku_user;
ALTER TYPE public.mood OWNER TO heroku_user;
ALTER SEQUENCE public.s OWNER TO heroku_user;
ALTER MATERIALIZED VIEW public.mv OWNER TO heroku_user;
ALTER TABLE public.owner ADD COLUMN x integer, OWNER TO heroku_user;
-- ALTER TABLE public.t OWNER TO x;
COPY public.owner (owner) FROM stdin;
ALTER TABLE t OWNER TO x;
\.
