SET client_encoding = 'UTF8';
SELECT 1;
\encoding WIN1252
SELECT 2;
