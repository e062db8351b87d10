-- Everything the DB9 rule set removes or rewrites, shaped as a Heroku app
-- database would hold it, with no column that needs a dropped extension (that
-- is the dependents' work). tests/roundtrip/rules.sh dumps it four ways,
-- sanitizes, restores into a fresh database and checks the catalog.

CREATE ROLE app_owner;
CREATE ROLE app_reader;

CREATE SCHEMA heroku_ext;
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA heroku_ext;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA heroku_ext;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA heroku_ext;
CREATE EXTENSION IF NOT EXISTS pg_stat_statements WITH SCHEMA heroku_ext;
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions; see "heroku_ext"';

CREATE TABLE public.accounts (
    id uuid PRIMARY KEY DEFAULT heroku_ext.uuid_generate_v4(),
    token uuid NOT NULL DEFAULT heroku_ext.gen_random_uuid(),
    name text NOT NULL,
    prefs heroku_ext.hstore,
    note text DEFAULT 'CREATE POLICY x ON y; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE'
);
ALTER TABLE public.accounts OWNER TO app_owner;
CREATE TABLE public.orders (
    id bigserial PRIMARY KEY,
    account_id uuid NOT NULL REFERENCES public.accounts(id),
    "listen" text,
    total numeric(12,2) NOT NULL
);
ALTER TABLE public.orders OWNER TO app_owner;
GRANT SELECT ON public.accounts, public.orders TO app_reader;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO app_reader;

ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.accounts FORCE ROW LEVEL SECURITY;
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY accounts_self ON public.accounts TO app_reader USING (id::text = current_setting('app.account_id', true));
CREATE POLICY orders_read ON public.orders FOR SELECT USING (account_id::text = current_setting('app.account_id', true));
CREATE POLICY orders_limit ON public.orders AS RESTRICTIVE FOR INSERT WITH CHECK (total < 10000);
COMMENT ON POLICY orders_limit ON public.orders IS 'no order over 10,000';

CREATE PUBLICATION all_tables FOR ALL TABLES;
CREATE PUBLICATION orders_only FOR TABLE public.orders;
COMMENT ON PUBLICATION orders_only IS 'for the analytics replica';

CREATE FUNCTION public.notify_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('orders', NEW.id::text);
  RETURN NEW;
END;
$$;
CREATE TRIGGER orders_notify AFTER INSERT ON public.orders FOR EACH ROW EXECUTE FUNCTION public.notify_order();

CREATE FUNCTION public.audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl'; END $$;
CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION public.audit_ddl();

CREATE SERVER legacy FOREIGN DATA WRAPPER postgres_fdw OPTIONS (dbname 'legacy');
CREATE USER MAPPING FOR PUBLIC SERVER legacy OPTIONS (user 'reader');
CREATE FOREIGN TABLE public.legacy_orders (id bigint, total numeric) SERVER legacy;

INSERT INTO public.accounts (name, prefs) SELECT 'account ' || i, heroku_ext.hstore('plan', 'p' || i) FROM generate_series(1, 50) AS i;
INSERT INTO public.orders (account_id, "listen", total)
  SELECT id, CASE WHEN row_number() OVER () % 2 = 0 THEN 'LISTEN orders;' ELSE 'NOTIFY x' END, 10 FROM public.accounts;

-- unsupported: a base type whose input/output functions are not SQL or
-- PL/pgSQL (internal here, C in real life), a table column of it with
-- rows, and a trigger whose function is internal, with its comment.
CREATE TYPE public.code;
CREATE FUNCTION public.code_in(cstring) RETURNS public.code LANGUAGE internal IMMUTABLE STRICT AS 'textin';
CREATE FUNCTION public.code_out(public.code) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'textout';
CREATE TYPE public.code (INPUT = public.code_in, OUTPUT = public.code_out, LIKE = text);
COMMENT ON TYPE public.code IS 'a base type';
CREATE TABLE public.coded (id integer PRIMARY KEY, c public.code, cs public.code[]);
INSERT INTO public.coded VALUES (1, 'A-1', '{A-1,B-2}'), (2, NULL, NULL);
CREATE FUNCTION public.skip_same() RETURNS trigger LANGUAGE internal AS 'suppress_redundant_updates_trigger';
CREATE TRIGGER coded_skip_same BEFORE UPDATE ON public.coded FOR EACH ROW EXECUTE FUNCTION public.skip_same();
COMMENT ON TRIGGER coded_skip_same ON public.coded IS 'internal trigger function';
ALTER TABLE public.coded DISABLE TRIGGER coded_skip_same;
