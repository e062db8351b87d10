--
-- PostgreSQL database dump (pg_dump --create --clean, shortened)
--

\restrict HwlG9zer26VFw6NtLmBg2QXgjXi5ZB7OhVIlHgJNRBogosfivRC0SzWbnPH8Np4

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET row_security = off;

UPDATE pg_catalog.pg_database SET datistemplate = false WHERE datname = 'heroku_app';
DROP DATABASE heroku_app;
--
-- Name: heroku_app; Type: DATABASE; Schema: -; Owner: db9test
--

CREATE DATABASE heroku_app WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';


ALTER DATABASE heroku_app OWNER TO db9test;

\unrestrict HwlG9zer26VFw6NtLmBg2QXgjXi5ZB7OhVIlHgJNRBogosfivRC0SzWbnPH8Np4
\connect heroku_app
\restrict HwlG9zer26VFw6NtLmBg2QXgjXi5ZB7OhVIlHgJNRBogosfivRC0SzWbnPH8Np4

SET statement_timeout = 0;
SET row_security = off;

--
-- Name: DATABASE heroku_app; Type: COMMENT; Schema: -; Owner: db9test
--

COMMENT ON DATABASE heroku_app IS 'CREATE DATABASE heroku_app; \connect heroku_app';


--
-- Name: heroku_app; Type: DATABASE PROPERTIES; Schema: -; Owner: db9test
--

ALTER DATABASE heroku_app CONNECTION LIMIT = 5;
ALTER DATABASE heroku_app IS_TEMPLATE = true;
ALTER DATABASE heroku_app ALLOW_CONNECTIONS = true;
ALTER DATABASE heroku_app SET default_transaction_isolation TO 'serializable';
ALTER DATABASE heroku_app SET search_path TO 'public', 'heroku_app';
ALTER ROLE app_user IN DATABASE heroku_app SET work_mem TO '64MB';


\unrestrict HwlG9zer26VFw6NtLmBg2QXgjXi5ZB7OhVIlHgJNRBogosfivRC0SzWbnPH8Np4
\connect heroku_app
\restrict HwlG9zer26VFw6NtLmBg2QXgjXi5ZB7OhVIlHgJNRBogosfivRC0SzWbnPH8Np4

SET statement_timeout = 0;
SET row_security = off;

-- Other ways to say it, by hand.
alter database Heroku_App /* the app */ set statement_timeout = '5s';
ALTER DATABASE "heroku_app" RESET statement_timeout;
ALTER DATABASE heroku_app RESET ALL;
ALTER DATABASE heroku_app SET TABLESPACE pg_default;
ALTER DATABASE heroku_app RENAME TO heroku_app_old;
ALTER DATABASE heroku_app REFRESH COLLATION VERSION;
DROP DATABASE IF EXISTS heroku_app_old;
ALTER DATABASE postgres SET work_mem = '8MB';
COMMENT ON DATABASE postgres IS 'already the target';
\c heroku_app

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

