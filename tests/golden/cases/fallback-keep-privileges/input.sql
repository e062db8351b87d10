-- pg_dumpall 16+: role memberships with their options
CREATE ROLE daniel;
CREATE ROLE inherit;
GRANT data_analyst TO antoine WITH INHERIT TRUE GRANTED BY daniel;
GRANT data_analyst TO inherit WITH INHERIT FALSE, SET FALSE GRANTED BY postgres;
GRANT pg_monitor TO neon_superuser WITH ADMIN OPTION, INHERIT TRUE GRANTED BY cloud_admin;
-- The same, as PostgreSQL 15 writes it: parsed, the privileges rule's.
GRANT data_analyst TO antoine GRANTED BY daniel;
-- Kinds other rules drop whole, written with syntax newer than 15.
CREATE POLICY json_docs ON public.docs USING (body IS JSON OBJECT);
ALTER POLICY json_docs ON public.docs USING (body IS JSON ARRAY);
CREATE PUBLICATION pub FOR TABLE public.docs WHERE (body IS JSON);
ALTER SUBSCRIPTION sub SET (origin = none, failover = true) WHERE x IS JSON;
CREATE EVENT TRIGGER ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE') AND tag IS JSON EXECUTE FUNCTION public.log_ddl();
COMMENT ON EVENT TRIGGER ddl IS 'logs' 'DDL';
SELECT * FROM pg_catalog.pg_restore_relation_stats('version', '180000'::integer, 'relpages', JSON_OBJECT('a': 1));
-- Not a kind any rule drops whole: passed through, a parse warning.
SELECT JSON_OBJECT('inherit': true) AS inherit;
-- Look-alikes: a table named grant_log, a string, a comment.
CREATE TABLE public.grant_log (who text DEFAULT 'GRANT x TO y WITH INHERIT TRUE');
-- GRANT x TO y WITH INHERIT TRUE GRANTED BY z;
SELECT 'CREATE POLICY p ON t USING (x IS JSON)';
