SET client_encoding = 'LATIN1';
SET NAMES 'windows-1252';
SET client_encoding TO 'SQL_ASCII';
SET client_encoding = 'EUC_JP';
SET client_encoding = 'MyOwnEncoding';
SELECT pg_catalog.set_config('client_encoding', 'LATIN9', false);
\encoding 'SJIS'
\encoding koi8r
SET client_encoding = 'UTF8';
SET row_security = off;
SELECT 1;
