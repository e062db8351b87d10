SET check_function_bodies = false;
SET row_security = off;

--
-- Name: notify_order(); Type: FUNCTION; Schema: public; Owner: app
--

CREATE FUNCTION public.notify_order() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  -- pg_notify('in a comment', 'x'); NOTIFY not_this;
  RAISE NOTICE 'NOTIFY in a string, pg_notify(';
  PERFORM pg_notify('orders', NEW.id::text);
  RETURN NEW;
END
$$;

CREATE FUNCTION public.quiet(pg_notify text) RETURNS text
    LANGUAGE plpgsql
    AS $_$
DECLARE
  notify text := 'NOTIFY x; pg_notify(''a'', ''b'')';
BEGIN
  /* PERFORM pg_notify('a', 'b'); */
  RETURN notify || pg_notify || $q$ NOTIFY y $q$;
END
$_$;

CREATE PROCEDURE public.announce(IN channel text)
    LANGUAGE plpgsql
    AS $$ BEGIN IF channel IS NOT NULL THEN NOTIFY jobs, 'go'; END IF; END $$;

CREATE FUNCTION public.dynamic(ch text) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  EXECUTE format('NOTIFY %I', ch);
END $$;

CREATE FUNCTION public.assign() RETURNS text
    LANGUAGE plpgsql
    AS $$
DECLARE r text;
BEGIN
  r := (SELECT pg_catalog.pg_notify('a', 'b'))::text;
  RETURN r;
END $$;

CREATE FUNCTION public.refused_by_plpgsql_parser(a integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN QUERY SELECT 1; PERFORM pg_notify('fallback', 'scan'); END $$;

CREATE FUNCTION public.old_style() RETURNS void
    LANGUAGE plpgsql
    AS 'BEGIN PERFORM pg_notify(''quoted'', ''body''); END';

CREATE FUNCTION public.sql_notify(ch text) RETURNS void
    LANGUAGE sql
    AS $$ SELECT 'pg_notify(x)'; SELECT pg_notify(ch, 'x') $$;

CREATE FUNCTION public.sql_quiet() RETURNS text
    LANGUAGE sql
    AS $$ SELECT 'NOTIFY x; pg_notify(''a'', ''b'')'::text -- pg_notify('c', 'd')
$$;

CREATE FUNCTION public.atomic_notify() RETURNS void
    LANGUAGE sql
    BEGIN ATOMIC
 SELECT pg_notify('a'::text, 'b'::text) AS pg_notify;
END;

CREATE FUNCTION public.returns_notify() RETURNS void
    LANGUAGE sql
    RETURN pg_notify('r', 'x');

CREATE FUNCTION public.py_notify() RETURNS void
    LANGUAGE plpython3u
    AS $$ plpy.execute("NOTIFY x") $$;

CREATE TRIGGER orders_notify AFTER INSERT ON public.orders FOR EACH ROW EXECUTE FUNCTION public.notify_order();

DO $$ BEGIN PERFORM pg_notify('do', 'block'); END $$;
DO LANGUAGE plpgsql $do$
BEGIN
  RAISE NOTICE 'no pg_notify( here';
END $do$;

COMMENT ON FUNCTION public.notify_order() IS 'calls pg_notify(''orders'', id)';

CREATE FUNCTION public.flagged(notify_enabled boolean) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF notify_enabled THEN NOTIFY flags; END IF;
  IF notify_enabled THEN LISTEN flags; END IF;
END $$;

CREATE FUNCTION public.commented() RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  PERFORM /* why */ pg_notify /* the channel */ ('c', 'x');
END $$;

-- libpg_query's PL/pgSQL compiler has no catalog and refuses this valid
-- body (a refcursor it cannot resolve): the token scan takes over.
CREATE FUNCTION public.cursor_user() RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE c refcursor;
BEGIN
  OPEN c FOR SELECT 1;
  -- about to notify
  NOTIFY cursor_done;
END $$;
