--
-- PostgreSQL database dump
--

\restrict inG3042ejFYeoPpGczW2bHAjihGtJjV4RCeoQ4BivIKPqGkGQoo1ebmpdA3fORN

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: heroku_ext; Type: SCHEMA; Schema: -; Owner: db9test
--

CREATE SCHEMA heroku_ext;


ALTER SCHEMA heroku_ext OWNER TO db9test;

--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';


--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';


--
-- Name: hstore; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION hstore; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';


--
-- Name: pg_stat_statements; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_stat_statements WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION pg_stat_statements; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pg_stat_statements IS 'track planning and execution statistics of all SQL statements executed';


--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


--
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';


--
-- Name: uuid-ossp; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA heroku_ext;


--
-- Name: EXTENSION "uuid-ossp"; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION "uuid-ossp" IS 'generate universally unique identifiers (UUIDs)';


--
-- Name: order_status; Type: TYPE; Schema: public; Owner: db9test
--

CREATE TYPE public.order_status AS ENUM (
    'new',
    'paid',
    'shipped',
    'cancelled'
);


ALTER TYPE public.order_status OWNER TO db9test;

--
-- Name: notify_order(); Type: FUNCTION; Schema: public; Owner: db9test
--

CREATE FUNCTION public.notify_order() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  PERFORM pg_notify('orders', NEW.id::text);
  RETURN NEW;
END;
$$;


ALTER FUNCTION public.notify_order() OWNER TO db9test;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: db9test
--

CREATE TABLE public.orders (
    id bigint NOT NULL,
    account_id uuid NOT NULL,
    status public.order_status DEFAULT 'new'::public.order_status NOT NULL,
    note text,
    total numeric(12,2) NOT NULL,
    placed_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric))
);


ALTER TABLE public.orders OWNER TO db9test;

--
-- Name: order_rank(uuid); Type: FUNCTION; Schema: public; Owner: db9test
--

CREATE FUNCTION public.order_rank(a uuid) RETURNS TABLE(id bigint, rank bigint)
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT o.id,
     rank() OVER (PARTITION BY o.account_id ORDER BY o.total DESC) AS rank
    FROM public.orders o
   WHERE (o.account_id = order_rank.a);
END;


ALTER FUNCTION public.order_rank(a uuid) OWNER TO db9test;

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: db9test
--

CREATE TABLE public.accounts (
    id uuid DEFAULT heroku_ext.gen_random_uuid() NOT NULL,
    email heroku_ext.citext NOT NULL,
    name text NOT NULL,
    settings heroku_ext.hstore,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY public.accounts FORCE ROW LEVEL SECURITY;


ALTER TABLE public.accounts OWNER TO db9test;

--
-- Name: TABLE accounts; Type: COMMENT; Schema: public; Owner: db9test
--

COMMENT ON TABLE public.accounts IS 'Tenants; row-level security keeps them apart; see policy "accounts_self".';


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: db9test
--

CREATE TABLE public.audit_log (
    id integer NOT NULL,
    at timestamp with time zone DEFAULT now(),
    message text
);


ALTER TABLE public.audit_log OWNER TO db9test;

--
-- Name: audit_log_archive; Type: TABLE; Schema: public; Owner: db9test
--

CREATE TABLE public.audit_log_archive (
    archived_by text
)
INHERITS (public.audit_log);


ALTER TABLE public.audit_log_archive OWNER TO db9test;

--
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: public; Owner: db9test
--

CREATE SEQUENCE public.audit_log_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.audit_log_id_seq OWNER TO db9test;

--
-- Name: audit_log_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: db9test
--

ALTER SEQUENCE public.audit_log_id_seq OWNED BY public.audit_log.id;


--
-- Name: bookings; Type: TABLE; Schema: public; Owner: db9test
--

CREATE TABLE public.bookings (
    id integer NOT NULL,
    room integer NOT NULL,
    during tstzrange NOT NULL
);


ALTER TABLE public.bookings OWNER TO db9test;

--
-- Name: bookings_id_seq; Type: SEQUENCE; Schema: public; Owner: db9test
--

CREATE SEQUENCE public.bookings_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.bookings_id_seq OWNER TO db9test;

--
-- Name: bookings_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: db9test
--

ALTER SEQUENCE public.bookings_id_seq OWNED BY public.bookings.id;


--
-- Name: events; Type: TABLE; Schema: public; Owner: db9test
--

CREATE TABLE public.events (
    id bigint NOT NULL,
    happened_at date NOT NULL,
    payload jsonb
)
PARTITION BY RANGE (happened_at);


ALTER TABLE public.events OWNER TO db9test;

--
-- Name: events_2025; Type: TABLE; Schema: public; Owner: db9test
--

CREATE TABLE public.events_2025 (
    id bigint NOT NULL,
    happened_at date NOT NULL,
    payload jsonb
);


ALTER TABLE public.events_2025 OWNER TO db9test;

--
-- Name: events_2026; Type: TABLE; Schema: public; Owner: db9test
--

CREATE TABLE public.events_2026 (
    id bigint NOT NULL,
    happened_at date NOT NULL,
    payload jsonb
);


ALTER TABLE public.events_2026 OWNER TO db9test;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: public; Owner: db9test
--

CREATE SEQUENCE public.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.orders_id_seq OWNER TO db9test;

--
-- Name: orders_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: db9test
--

ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;


--
-- Name: events_2025; Type: TABLE ATTACH; Schema: public; Owner: db9test
--

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');


--
-- Name: events_2026; Type: TABLE ATTACH; Schema: public; Owner: db9test
--

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');


--
-- Name: audit_log id; Type: DEFAULT; Schema: public; Owner: db9test
--

ALTER TABLE ONLY public.audit_log ALTER COLUMN id SET DEFAULT nextval('public.audit_log_id_seq'::regclass);


--
-- Name: audit_log_archive id; Type: DEFAULT; Schema: public; Owner: db9test
--

ALTER TABLE ONLY public.audit_log_archive ALTER COLUMN id SET DEFAULT nextval('public.audit_log_id_seq'::regclass);


--
-- Name: audit_log_archive at; Type: DEFAULT; Schema: public; Owner: db9test
--

ALTER TABLE ONLY public.audit_log_archive ALTER COLUMN at SET DEFAULT now();


--
-- Name: bookings id; Type: DEFAULT; Schema: public; Owner: db9test
--

ALTER TABLE ONLY public.bookings ALTER COLUMN id SET DEFAULT nextval('public.bookings_id_seq'::regclass);


--
-- Name: orders id; Type: DEFAULT; Schema: public; Owner: db9test
--

ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);


--
-- Name: accounts accounts_email_key; Type: CONSTRAINT; Schema: public; Owner: db9test
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_email_key UNIQUE (email);


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: db9test
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);


--
-- Name: bookings bookings_pkey; Type: CONSTRAINT; Schema: public; Owner: db9test
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_pkey PRIMARY KEY (id);


--
-- Name: bookings bookings_room_during_excl; Type: CONSTRAINT; Schema: public; Owner: db9test
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_room_during_excl EXCLUDE USING gist (room WITH =, during WITH &&);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: db9test
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: orders_note_trgm; Type: INDEX; Schema: public; Owner: db9test
--

CREATE INDEX orders_note_trgm ON public.orders USING gin (note heroku_ext.gin_trgm_ops);


--
-- Name: orders orders_notify; Type: TRIGGER; Schema: public; Owner: db9test
--

CREATE TRIGGER orders_notify AFTER INSERT ON public.orders FOR EACH ROW EXECUTE FUNCTION public.notify_order();


--
-- Name: orders orders_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: db9test
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id);


--
-- Name: accounts; Type: ROW SECURITY; Schema: public; Owner: db9test
--

ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;

--
-- Name: accounts accounts_self; Type: POLICY; Schema: public; Owner: db9test
--

CREATE POLICY accounts_self ON public.accounts USING (((id)::text = current_setting('app.account_id'::text, true)));


--
-- Name: orders; Type: ROW SECURITY; Schema: public; Owner: db9test
--

ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;

--
-- Name: orders orders_insert; Type: POLICY; Schema: public; Owner: db9test
--

CREATE POLICY orders_insert ON public.orders FOR INSERT WITH CHECK ((total < (10000)::numeric));


--
-- Name: orders orders_owner; Type: POLICY; Schema: public; Owner: db9test
--

CREATE POLICY orders_owner ON public.orders FOR SELECT USING (((account_id)::text = current_setting('app.account_id'::text, true)));


--
-- Name: all_tables; Type: PUBLICATION; Schema: -; Owner: db9test
--

CREATE PUBLICATION all_tables FOR ALL TABLES WITH (publish = 'insert, update, delete, truncate');


ALTER PUBLICATION all_tables OWNER TO db9test;

--
-- Name: orders_only; Type: PUBLICATION; Schema: -; Owner: db9test
--

CREATE PUBLICATION orders_only WITH (publish = 'insert, update, delete, truncate');


ALTER PUBLICATION orders_only OWNER TO db9test;

--
-- Name: orders_only orders; Type: PUBLICATION TABLE; Schema: public; Owner: db9test
--

ALTER PUBLICATION orders_only ADD TABLE ONLY public.orders;


--
-- PostgreSQL database dump complete
--

\unrestrict inG3042ejFYeoPpGczW2bHAjihGtJjV4RCeoQ4BivIKPqGkGQoo1ebmpdA3fORN

