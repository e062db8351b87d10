--
-- PostgreSQL database dump
--

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET row_security = off;
SET session_replication_role = replica;

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

--
-- Name: mywrapper; Type: FOREIGN DATA WRAPPER; Schema: -; Owner: app
--

CREATE FOREIGN DATA WRAPPER mywrapper;

ALTER FOREIGN DATA WRAPPER mywrapper OPTIONS (debug 'true');
COMMENT ON FOREIGN DATA WRAPPER mywrapper IS 'a wrapper';

--
-- Name: remote; Type: SERVER; Schema: -; Owner: app
--

CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (
    dbname 'remote',
    host '10.0.0.1'
);

ALTER SERVER remote OPTIONS (SET host '10.0.0.2');
COMMENT ON SERVER remote IS 'remote server';

CREATE USER MAPPING FOR app SERVER remote OPTIONS (
    password 's3cret',
    "user" 'bob'
);
CREATE USER MAPPING FOR public SERVER remote;
ALTER USER MAPPING FOR app SERVER remote OPTIONS (SET password 'n3w');

CREATE FOREIGN TABLE public.remote_orders (
    id integer,
    note text DEFAULT 'x'::text
)
SERVER remote
OPTIONS (
    table_name 'orders'
);

ALTER FOREIGN TABLE ONLY public.remote_orders ALTER COLUMN note SET DEFAULT 'y';
COMMENT ON FOREIGN TABLE public.remote_orders IS 'ft';
COMMENT ON COLUMN public.remote_orders.note IS 'ft column';
COMMENT ON COLUMN public."server".note IS 'kept: a regular table';
CREATE TRIGGER remote_orders_audit BEFORE INSERT ON public.remote_orders FOR EACH ROW EXECUTE FUNCTION public.audit();
ALTER TABLE ONLY public.orders ATTACH PARTITION public.remote_orders FOR VALUES IN (1);
IMPORT FOREIGN SCHEMA remote_schema LIMIT TO (a, b) FROM SERVER remote INTO public;

--
-- Name: log_ddl; Type: EVENT TRIGGER; Schema: -; Owner: app
--

CREATE EVENT TRIGGER log_ddl ON ddl_command_end
         WHEN TAG IN ('CREATE TABLE')
   EXECUTE FUNCTION public.on_ddl();

ALTER EVENT TRIGGER log_ddl DISABLE;
COMMENT ON EVENT TRIGGER log_ddl IS 'logs ddl';

CREATE FUNCTION public.on_ddl() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE NOTICE 'ddl'; END $$;

CREATE OR REPLACE PROCEDURAL LANGUAGE plpgsql;
CREATE TRUSTED PROCEDURAL LANGUAGE plperl;
CREATE LANGUAGE plpython3u HANDLER plpython3_call_handler;
ALTER LANGUAGE plperl RENAME TO plperl2;
COMMENT ON LANGUAGE plperl IS 'perl';
COMMENT ON LANGUAGE plpgsql IS 'kept: PL/pgSQL is on DB9';

CREATE FUNCTION public.c_add(integer, integer) RETURNS integer
    LANGUAGE c STRICT
    AS '$libdir/myext', 'c_add';

COMMENT ON FUNCTION public.c_add(integer, integer) IS 'a C function';
COMMENT ON FUNCTION public.sql_add(a integer, b integer) IS 'kept';

CREATE FUNCTION public.lower_internal(text) RETURNS text
    LANGUAGE internal IMMUTABLE
    AS $$lower$$;

CREATE FUNCTION public.py_trigger() RETURNS trigger
    LANGUAGE plpython3u
    AS $$
plpy.notice("LANGUAGE sql")
return None
$$;

CREATE PROCEDURE public.perl_proc(IN n integer)
    LANGUAGE plperl
    AS $$ my ($n) = @_; $$;

ALTER FUNCTION public.py_trigger() SECURITY DEFINER;
ALTER PROCEDURE public.perl_proc(integer) SET search_path = public;
CREATE TRIGGER t_py AFTER INSERT ON public."server" FOR EACH ROW EXECUTE FUNCTION public.py_trigger();
CREATE TRIGGER t_kept AFTER INSERT ON public."server" FOR EACH ROW EXECUTE FUNCTION public.plpgsql_noop();

CREATE FUNCTION public.overloaded(integer) RETURNS integer LANGUAGE c AS 'myext', 'overloaded';
CREATE FUNCTION public.overloaded() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_overloaded BEFORE INSERT ON public."server" FOR EACH ROW EXECUTE FUNCTION public.overloaded();

DO LANGUAGE plperl $$ print "hi" $$;
DO $$ BEGIN RAISE NOTICE 'kept: PL/pgSQL'; END $$;

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180000'::integer,
	'schemaname', 'public',
	'relname', 'server',
	'relpages', '0'::integer,
	'reltuples', '-1'::real,
	'relallvisible', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180000'::integer,
	'schemaname', 'public',
	'relname', 'server',
	'attname', 'note',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real
);
SELECT pg_catalog.pg_clear_relation_stats('public', 'server');
SELECT 'pg_restore_relation_stats' AS kept;

DROP EVENT TRIGGER IF EXISTS log_ddl;
DROP FOREIGN TABLE IF EXISTS public.remote_orders;
DROP USER MAPPING IF EXISTS FOR app SERVER remote;
DROP SERVER IF EXISTS remote;
DROP FOREIGN DATA WRAPPER IF EXISTS mywrapper;
DROP LANGUAGE IF EXISTS plperl;

SELECT pg_catalog.set_config('session_replication_role', 'replica', false);
SET session_replication_role TO DEFAULT;
RESET session_replication_role;
