SET row_security = off;

CREATE FOREIGN DATA WRAPPER mywrapper;
ALTER FOREIGN DATA WRAPPER mywrapper OWNER TO app;
CREATE SERVER remote FOREIGN DATA WRAPPER mywrapper;
ALTER SERVER remote OWNER TO app;
CREATE FOREIGN TABLE public.remote_orders (id integer) SERVER remote;
ALTER FOREIGN TABLE public.remote_orders OWNER TO app;
ALTER TABLE public.remote_orders OWNER TO app;
CREATE TABLE public.orders (id integer);
ALTER TABLE public.orders OWNER TO app;
CREATE FUNCTION public.c_add(integer, integer) RETURNS integer LANGUAGE c AS 'myext', 'c_add';
ALTER FUNCTION public.c_add(integer, integer) OWNER TO app;
CREATE FUNCTION public.c_add(bigint, bigint) RETURNS bigint LANGUAGE sql AS $$ SELECT $1 + $2 $$;
ALTER FUNCTION public.c_add(bigint, bigint) OWNER TO app;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION public.on_ddl();
ALTER EVENT TRIGGER log_ddl OWNER TO app;
ALTER LANGUAGE plperl OWNER TO app;
ALTER LANGUAGE plpgsql OWNER TO app;

GRANT ALL ON FOREIGN DATA WRAPPER mywrapper TO PUBLIC;
GRANT ALL ON FOREIGN SERVER remote TO app;
GRANT SELECT ON TABLE public.remote_orders TO PUBLIC;
GRANT SELECT (id) ON TABLE public.remote_orders TO reader;
GRANT SELECT ON TABLE public.orders TO PUBLIC;
GRANT SELECT ON TABLE public.orders, public.remote_orders TO both_kinds;
REVOKE ALL ON FUNCTION public.c_add(integer, integer) FROM PUBLIC;
GRANT ALL ON FUNCTION public.c_add(bigint, bigint) TO PUBLIC;
GRANT USAGE ON LANGUAGE plperl TO app;
GRANT USAGE ON LANGUAGE plpgsql TO app;

CREATE SEQUENCE public.remote_orders_id_seq;
ALTER SEQUENCE public.remote_orders_id_seq OWNED BY public.remote_orders.id;
ALTER SEQUENCE public.remote_orders_id_seq OWNED BY public.orders.id;
