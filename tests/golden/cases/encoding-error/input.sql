--
-- PostgreSQL database dump (pg_dump -E LATIN1)
--

SET statement_timeout = 0;
SET row_security = off;
SELECT 'SET client_encoding = ''LATIN1''' AS look_alike;
-- SET client_encoding = 'LATIN1';
SET client_encoding = 'LATIN1';
CREATE TABLE public.t (a text);
