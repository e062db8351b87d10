--
-- PostgreSQL database dump (pg_dump --create --clean, shortened)
--

\restrict HwlG9zer26VFw6NtLmBg2QXgjXi5ZB7OhVIlHgJNRBogosfivRC0SzWbnPH8Np4

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET row_security = off;

\unrestrict HwlG9zer26VFw6NtLmBg2QXgjXi5ZB7OhVIlHgJNRBogosfivRC0SzWbnPH8Np4
\restrict HwlG9zer26VFw6NtLmBg2QXgjXi5ZB7OhVIlHgJNRBogosfivRC0SzWbnPH8Np4

SET statement_timeout = 0;
SET row_security = off;

--
-- Name: DATABASE heroku_app; Type: COMMENT; Schema: -; Owner: db9test
--

COMMENT ON DATABASE postgres IS 'CREATE DATABASE heroku_app; \connect heroku_app';
ALTER DATABASE postgres SET default_transaction_isolation TO 'repeatable read';
ALTER DATABASE postgres SET search_path TO 'public', 'heroku_app';
ALTER ROLE app_user IN DATABASE postgres SET work_mem TO '64MB';


\unrestrict HwlG9zer26VFw6NtLmBg2QXgjXi5ZB7OhVIlHgJNRBogosfivRC0SzWbnPH8Np4
\restrict HwlG9zer26VFw6NtLmBg2QXgjXi5ZB7OhVIlHgJNRBogosfivRC0SzWbnPH8Np4

SET statement_timeout = 0;
SET row_security = off;

-- Other ways to say it, by hand.
alter database postgres /* the app */ set statement_timeout = '5s';
ALTER DATABASE postgres SET work_mem = '8MB';
COMMENT ON DATABASE postgres IS 'already the target';

-- Look-alikes: none of these change.
CREATE TABLE public.databases (
    id integer NOT NULL,
    "database" text,
    heroku_app text DEFAULT 'ALTER DATABASE heroku_app SET x = 1'
);
COMMENT ON COLUMN public.databases."database" IS 'COMMENT ON DATABASE heroku_app IS ''x''';
-- \connect heroku_app
/* CREATE DATABASE heroku_app; */
CREATE FUNCTION public.db_name() RETURNS text
    LANGUAGE sql
    AS $$SELECT 'heroku_app'::text /* \connect heroku_app */$$;
SELECT heroku_app, "database" FROM public.databases WHERE "database" = current_database();
COPY public.databases (id, "database", heroku_app) FROM stdin;
1	CREATE DATABASE heroku_app;	\\connect heroku_app
2	ALTER DATABASE heroku_app SET default_transaction_isolation = serializable	\N
\.

--
-- PostgreSQL database dump complete
--

\unrestrict HwlG9zer26VFw6NtLmBg2QXgjXi5ZB7OhVIlHgJNRBogosfivRC0SzWbnPH8Np4

