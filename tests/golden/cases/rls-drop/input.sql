--
-- PostgreSQL database dump
--

SET row_security = off;

CREATE FUNCTION public.note() RETURNS text
    LANGUAGE sql
    AS $$ SELECT 'CREATE POLICY p ON t USING (true); ALTER TABLE t ENABLE ROW LEVEL SECURITY'::text $$;

CREATE TABLE public."policy" ("ENABLE ROW LEVEL SECURITY" text, note text DEFAULT 'FORCE ROW LEVEL SECURITY');

-- ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
/* CREATE POLICY in a comment; */
COPY public."policy" ("ENABLE ROW LEVEL SECURITY", note) FROM stdin;
CREATE POLICY p ON t USING (true);	ALTER TABLE t FORCE ROW LEVEL SECURITY;
\.

--
-- Name: orders; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;

ALTER TABLE ONLY public.accounts FORCE ROW LEVEL SECURITY;
ALTER TABLE public.a NO FORCE ROW LEVEL SECURITY;
ALTER TABLE public.b DISABLE ROW LEVEL SECURITY;
ALTER TABLE public.c ENABLE ROW LEVEL SECURITY, ADD COLUMN x integer;
ALTER TABLE public.d ADD COLUMN y integer,
    FORCE ROW LEVEL SECURITY,
    ALTER COLUMN z SET DEFAULT (1 + 2);
ALTER TABLE public.e ALTER COLUMN w TYPE text, ENABLE ROW LEVEL SECURITY;

--
-- Name: orders orders_owner; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY orders_owner ON public.orders FOR SELECT TO app_reader, app_writer USING (((account_id)::text = current_setting('app.account_id'::text, true)));
CREATE POLICY orders_insert ON public.orders AS RESTRICTIVE FOR INSERT WITH CHECK ((total < (10000)::numeric));
CREATE POLICY "Tenant; isolation" ON "My Schema"."My Table" USING (true) WITH CHECK ("Tenant" = 'a;b');
ALTER POLICY orders_owner ON public.orders TO app_reader;
COMMENT ON POLICY orders_owner ON public.orders IS 'owners see their orders; CREATE POLICY';
SELECT 'ENABLE ROW LEVEL SECURITY', E'CREATE POLICY\n';
