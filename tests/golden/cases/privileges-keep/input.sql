SET row_security = off;
CREATE TABLE public."grant" ("revoke" text DEFAULT 'GRANT ALL ON t TO u');
GRANT SELECT ON TABLE public.orders TO app_reader;
GRANT ALL ON TABLE public."grant" TO "Quoted Role" WITH GRANT OPTION;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO PUBLIC;
GRANT app_reader TO app_writer;
ALTER DEFAULT PRIVILEGES FOR ROLE heroku_user IN SCHEMA public GRANT SELECT ON TABLES TO app_reader;
REVOKE EXECUTE ON FUNCTION public.f(integer) FROM PUBLIC;
-- GRANT SELECT ON t TO u;
COPY public."grant" ("revoke") FROM stdin;
GRANT SELECT ON t TO u;
\.
