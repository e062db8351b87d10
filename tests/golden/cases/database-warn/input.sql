SET row_security = off;
-- Name: heroku_app; Type: DATABASE
CREATE DATABASE heroku_app WITH TEMPLATE = template0 ENCODING = 'UTF8';
\connect heroku_app
COMMENT ON DATABASE heroku_app IS 'the app';
ALTER DATABASE heroku_app SET default_transaction_isolation TO 'serializable';
ALTER DATABASE heroku_app CONNECTION LIMIT = 5;
SELECT 'CREATE DATABASE heroku_app' AS "database";
