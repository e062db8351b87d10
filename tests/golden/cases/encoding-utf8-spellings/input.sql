-- Every spelling PostgreSQL accepts for UTF-8 passes untouched.
SET client_encoding = 'UTF8';
SET client_encoding = 'utf-8';
SET client_encoding TO 'Unicode';
SET client_encoding TO utf8;
SET NAMES 'UTF_8';
SET NAMES 'utf8';
SET client_encoding = DEFAULT;
RESET client_encoding;
SET SESSION client_encoding = 'UTF8';
SELECT pg_catalog.set_config('client_encoding', 'UTF-8', false);
\encoding UTF8
\encoding 'utf-8'
\encoding
SET row_security = off;
CREATE TABLE public.client_encoding (client_encoding text DEFAULT 'LATIN1');
COMMENT ON TABLE public.client_encoding IS 'SET client_encoding = ''LATIN1''; SET NAMES ''WIN1252''';
COPY public.client_encoding (client_encoding) FROM stdin;
SET client_encoding = 'LATIN1';
\\encoding LATIN1
\.
SELECT 'SET NAMES ''SJIS''' AS "SET client_encoding = 'LATIN1'";
