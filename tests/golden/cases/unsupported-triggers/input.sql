-- Triggers whose function is C, and what pg_dump writes about them later.
CREATE FUNCTION public.check_primary_key() RETURNS trigger
    LANGUAGE c
    AS '$libdir/refint', 'check_primary_key';

CREATE FUNCTION public.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NEW.t := now(); RETURN NEW; END $$;

CREATE TABLE public.fkeys2 (fkey21 integer, fkey22 integer, t timestamp);
CREATE TABLE public.other (t timestamp);

CREATE TRIGGER check_fkeys2_pkey_exist BEFORE INSERT OR UPDATE ON public.fkeys2 FOR EACH ROW EXECUTE FUNCTION public.check_primary_key('fkey21', 'fkey22', 'pkeys', 'pkey1', 'pkey2');

--
-- Name: TRIGGER check_fkeys2_pkey_exist ON fkeys2; Type: COMMENT; Schema: public; Owner: app
--

COMMENT ON TRIGGER check_fkeys2_pkey_exist ON public.fkeys2 IS 'right';
ALTER TABLE public.fkeys2 DISABLE TRIGGER check_fkeys2_pkey_exist;
ALTER TABLE ONLY public.fkeys2 ENABLE ALWAYS TRIGGER check_fkeys2_pkey_exist, ALTER COLUMN t SET DEFAULT now();
ALTER TRIGGER check_fkeys2_pkey_exist ON public.fkeys2 RENAME TO check_fkeys2;
ALTER TRIGGER check_fkeys2_pkey_exist ON public.fkeys2 DEPENDS ON EXTENSION refint;

-- Look-alikes that stay: a same-named trigger on another table (its
-- function is kept), a kept trigger, the name in strings and comments.
CREATE TRIGGER check_fkeys2_pkey_exist BEFORE UPDATE ON public.other FOR EACH ROW EXECUTE FUNCTION public.touch();
COMMENT ON TRIGGER check_fkeys2_pkey_exist ON public.other IS 'kept: COMMENT ON TRIGGER check_fkeys2_pkey_exist ON public.fkeys2';
ALTER TABLE public.other DISABLE TRIGGER check_fkeys2_pkey_exist;
CREATE TRIGGER touch_fkeys2 BEFORE UPDATE ON public.fkeys2 FOR EACH ROW EXECUTE FUNCTION public.touch();
COMMENT ON TRIGGER touch_fkeys2 ON public.fkeys2 IS 'kept';
-- COMMENT ON TRIGGER check_fkeys2_pkey_exist ON public.fkeys2 IS 'in a comment';
SELECT 'ALTER TABLE public.fkeys2 DISABLE TRIGGER check_fkeys2_pkey_exist';
