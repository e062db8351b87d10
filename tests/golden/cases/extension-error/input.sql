SET row_security = off;
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA heroku_ext;
SELECT 'CREATE EXTENSION citext;';
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA heroku_ext;
CREATE TABLE public.t (email heroku_ext.citext);
