-- pg_dump 17 / 18 header
SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SELECT pg_catalog.set_config('search_path', '', false);
SET LOCAL transaction_timeout TO '5min';
RESET transaction_timeout;
SET vacuum_buffer_usage_limit = '1MB';
SET SESSION io_combine_limit TO DEFAULT;
SELECT pg_catalog.set_config('transaction_timeout', '0', false);
SELECT set_config('event_triggers', 'off', false), set_config('md5_password_warnings', 'off', false);
SELECT set_config('search_path', 'public', false), set_config('transaction_timeout', '0', false);
ALTER DATABASE app SET transaction_timeout TO '1h';
ALTER DATABASE app RESET transaction_timeout;
ALTER ROLE daniel SET transaction_timeout TO '10min';
ALTER ROLE daniel IN DATABASE app SET idle_replication_slot_timeout = 0;
ALTER DATABASE app SET statement_timeout TO '1min';
-- Not known anywhere: reported, left alone.
SET tranaction_timeout = 0;
SET app.tenant = '42';
-- Look-alikes: SET transaction_timeout = 0; in a comment, a string, names, data.
SELECT 'SET transaction_timeout = 0;' AS transaction_timeout;
CREATE TABLE public.transaction_timeout (transaction_timeout integer, note text DEFAULT 'RESET transaction_timeout');
COMMENT ON TABLE public.transaction_timeout IS 'set_config(''transaction_timeout'', ''0'', false)';
COPY public.transaction_timeout (transaction_timeout, note) FROM stdin;
1	SET transaction_timeout = 0;
\.
SET timezone = 'UTC';
SET TIME ZONE 'UTC';
SET ROLE NONE;
SET SESSION AUTHORIZATION DEFAULT;
SET default_with_oids = false;
SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
CREATE FUNCTION public.slow() RETURNS integer LANGUAGE sql SET transaction_timeout = '1s' AS $$ SELECT 1 $$;
