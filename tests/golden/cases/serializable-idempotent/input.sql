--
-- Transactions and settings that ask for SERIALIZABLE, and look-alikes
-- that must stay as they are.
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET row_security = off;

-- Session settings, any case, quoted or not.
SET default_transaction_isolation = 'repeatable read';
SET default_transaction_isolation TO 'repeatable read';
set Default_Transaction_Isolation to 'REPEATABLE READ';
SET SESSION default_transaction_isolation = "repeatable read";
SET LOCAL transaction_isolation = E'repeatable read';
SET default_transaction_isolation = 'read committed';
SET default_transaction_isolation TO DEFAULT;
RESET default_transaction_isolation;

-- Transaction modes.
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ;
set transaction isolation level repeatable read, read only;
SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL REPEATABLE READ;
BEGIN ISOLATION LEVEL REPEATABLE READ;
COMMIT;
START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;
COMMIT;
BEGIN TRANSACTION ISOLATION LEVEL
    REPEATABLE READ READ ONLY;
COMMIT;
BEGIN;
COMMIT;
START TRANSACTION READ WRITE;
COMMIT;
SET TRANSACTION READ ONLY;
BEGIN ISOLATION LEVEL REPEATABLE READ;
COMMIT;

-- A database's and a role's defaults.
ALTER DATABASE postgres SET default_transaction_isolation TO 'repeatable read';
ALTER ROLE app_user SET default_transaction_isolation = 'repeatable read';
ALTER ROLE app_user IN DATABASE postgres SET default_transaction_isolation TO 'repeatable read';

-- Look-alikes: none of these change.
CREATE TABLE public.modes (
    id integer NOT NULL,
    "serializable" text DEFAULT 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
    "deferrable" boolean
);
COMMENT ON TABLE public.modes IS 'BEGIN ISOLATION LEVEL SERIALIZABLE, DEFERRABLE; SET default_transaction_isolation = serializable';
/* SET TRANSACTION ISOLATION LEVEL SERIALIZABLE; */
SELECT "serializable", 'serializable' AS default_transaction_isolation FROM public.modes;
CREATE FUNCTION public.run_serializable() RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;
  SET default_transaction_isolation = 'serializable';
  PERFORM set_config('default_transaction_deferrable', 'on', true);
END
$$;
CREATE TABLE public.t (
    a integer,
    b integer
)
WITH (autovacuum_enabled='true');
ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_a_key UNIQUE (a) DEFERRABLE INITIALLY DEFERRED;
COPY public.modes (id, "serializable", "deferrable") FROM stdin;
1	SET default_transaction_isolation = serializable	t
2	BEGIN ISOLATION LEVEL SERIALIZABLE DEFERRABLE;	f
3	\\! rm -rf /	\N
\.
