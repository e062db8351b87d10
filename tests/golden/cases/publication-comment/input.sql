--
-- PostgreSQL database dump
--

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET row_security = off;

CREATE TABLE public.events (id integer, "publication" text, "subscription" text);

CREATE FUNCTION public.describe() RETURNS text
    LANGUAGE sql
    AS $$ SELECT 'CREATE PUBLICATION p FOR ALL TABLES; DROP SUBSCRIPTION s'::text $$;

-- CREATE PUBLICATION in_a_comment FOR ALL TABLES;
/* ALTER PUBLICATION p ADD TABLE t; */
COMMENT ON TABLE public.events IS 'CREATE PUBLICATION p; COMMENT ON PUBLICATION p IS ''x''';
COMMENT ON COLUMN public.events."publication" IS 'which publication';

COPY public.events (id, "publication", "subscription") FROM stdin;
1	CREATE PUBLICATION p;	CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p;
2	DROP PUBLICATION p;	NOTIFY x
\.

SELECT "publication", "subscription" FROM public.events WHERE "publication" = 'DROP PUBLICATION p;';

--
-- Name: all_tables; Type: PUBLICATION; Schema: -; Owner: app
--

CREATE PUBLICATION all_tables FOR ALL TABLES WITH (publish = 'insert, update, delete, truncate');


ALTER PUBLICATION all_tables OWNER TO app;

--
-- Name: PUBLICATION all_tables; Type: COMMENT; Schema: -; Owner: app
--

COMMENT ON PUBLICATION all_tables IS 'everything; for the CDC pipeline';


--
-- Name: orders_only; Type: PUBLICATION; Schema: -; Owner: app
--

CREATE PUBLICATION orders_only WITH (publish = 'insert, update, delete, truncate');

--
-- Name: orders_only orders; Type: PUBLICATION TABLE; Schema: public; Owner: app
--

ALTER PUBLICATION orders_only ADD TABLE ONLY public.orders;

ALTER PUBLICATION orders_only ADD TABLES IN SCHEMA public;
CREATE PUBLICATION "Pub; ""x""" FOR TABLE public.events, ONLY public."publication";
ALTER PUBLICATION orders_only SET (publish = 'insert');
ALTER PUBLICATION "Mixed Case" RENAME TO lower_case;
SECURITY LABEL FOR selinux ON PUBLICATION orders_only IS 'system_u:object_r:sepgsql_table_t:s0';

--
-- Name: sub1; Type: SUBSCRIPTION; Schema: -; Owner: app
--

CREATE SUBSCRIPTION sub1 CONNECTION 'host=source.example.com dbname=app password=s3cret' PUBLICATION all_tables, orders_only WITH (connect = false, slot_name = 'sub1');

ALTER SUBSCRIPTION sub1 CONNECTION 'host=other password=s3cret';
ALTER SUBSCRIPTION sub1 DISABLE;
ALTER SUBSCRIPTION sub1 REFRESH PUBLICATION;
COMMENT ON SUBSCRIPTION sub1 IS 'from the old cluster';
DROP SUBSCRIPTION IF EXISTS sub1;
DROP PUBLICATION IF EXISTS all_tables, orders_only;
CREATE TABLE public.publication (subscription text);
