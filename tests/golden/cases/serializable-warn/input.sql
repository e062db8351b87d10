SET row_security = off;
SET default_transaction_isolation = 'serializable';
BEGIN ISOLATION LEVEL SERIALIZABLE, DEFERRABLE;
COMMIT;
SET TRANSACTION DEFERRABLE;
-- the database's default
ALTER DATABASE postgres SET default_transaction_isolation TO 'serializable';
SELECT 'SET default_transaction_isolation = serializable' AS "serializable";
