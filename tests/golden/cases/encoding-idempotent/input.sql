SET client_encoding = 'UTF8';
SET row_security = off;
SELECT 1;
