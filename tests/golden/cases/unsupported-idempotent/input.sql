--
-- PostgreSQL database dump
--

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET row_security = off;

CREATE TABLE public."server" ("foreign" text, "language" text, note text DEFAULT 'CREATE FOREIGN TABLE x () SERVER s');
COMMENT ON TABLE public."server" IS 'CREATE SERVER s FOREIGN DATA WRAPPER w; CREATE EVENT TRIGGER e';

-- CREATE FOREIGN DATA WRAPPER in_a_comment;
/* CREATE LANGUAGE plperl; SET session_replication_role = replica; */
COPY public."server" ("foreign", "language", note) FROM stdin;
CREATE SERVER s FOREIGN DATA WRAPPER w;	CREATE LANGUAGE plperl;	SELECT pg_restore_relation_stats('x');
SET session_replication_role = replica;	LANGUAGE c	\N
\.

CREATE FUNCTION public.sql_add(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT a + b -- not LANGUAGE c $$;

CREATE FUNCTION public.plpgsql_noop() RETURNS void
    LANGUAGE plpgsql
    AS $$ BEGIN PERFORM 'CREATE EVENT TRIGGER x ON ddl_command_end EXECUTE FUNCTION f()'; END $$;
COMMENT ON COLUMN public."server".note IS 'kept: a regular table';
COMMENT ON LANGUAGE plpgsql IS 'kept: PL/pgSQL is on DB9';
COMMENT ON FUNCTION public.sql_add(a integer, b integer) IS 'kept';
CREATE TRIGGER t_kept AFTER INSERT ON public."server" FOR EACH ROW EXECUTE FUNCTION public.plpgsql_noop();
CREATE FUNCTION public.overloaded() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_overloaded BEFORE INSERT ON public."server" FOR EACH ROW EXECUTE FUNCTION public.overloaded();
DO $$ BEGIN RAISE NOTICE 'kept: PL/pgSQL'; END $$;
SELECT 'pg_restore_relation_stats' AS kept;
