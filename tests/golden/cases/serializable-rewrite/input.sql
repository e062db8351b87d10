--
-- Transactions and settings that ask for SERIALIZABLE, and look-alikes
-- that must stay as they are.
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET row_security = off;

-- Session settings, any case, quoted or not.
SET default_transaction_isolation = 'serializable';
SET default_transaction_isolation TO serializable;
set Default_Transaction_Isolation to 'SERIALIZABLE';
SET SESSION default_transaction_isolation = "serializable";
SET LOCAL transaction_isolation = E'serializable';
SET default_transaction_isolation = 'read committed';
SET default_transaction_isolation TO DEFAULT;
RESET default_transaction_isolation;

-- Transaction modes.
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;
set transaction isolation level serializable, read only;
SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE;
BEGIN ISOLATION LEVEL SERIALIZABLE;
COMMIT;
START TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY, DEFERRABLE;
COMMIT;
BEGIN TRANSACTION DEFERRABLE, ISOLATION LEVEL
    SERIALIZABLE READ ONLY;
COMMIT;
BEGIN NOT DEFERRABLE;
COMMIT;
START TRANSACTION READ WRITE /* keep */ NOT DEFERRABLE;
COMMIT;
SET TRANSACTION READ ONLY, DEFERRABLE;
SET TRANSACTION DEFERRABLE;
SET SESSION CHARACTERISTICS AS TRANSACTION NOT DEFERRABLE;
BEGIN ISOLATION LEVEL REPEATABLE READ;
COMMIT;

-- Deferrable settings: DB9 rejects them.
SET transaction_deferrable = on;
SET SESSION default_transaction_deferrable TO off;
SET LOCAL transaction_deferrable TO true;
RESET default_transaction_deferrable;

-- A database's and a role's defaults.
ALTER DATABASE postgres SET default_transaction_isolation TO 'serializable';
ALTER ROLE app_user SET default_transaction_isolation = serializable;
ALTER ROLE app_user IN DATABASE postgres SET default_transaction_isolation TO 'serializable';
ALTER USER app_user SET default_transaction_deferrable = on;
ALTER DATABASE postgres SET default_transaction_deferrable TO 'on';

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
