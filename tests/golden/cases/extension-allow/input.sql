SET row_security = off;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA heroku_ext;
COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA heroku_ext;
-- CREATE EXTENSION citext; in a comment
CREATE TABLE public."citext" (email heroku_ext.citext, spot public.geometry, "heroku_ext" text DEFAULT 'citext');
CREATE INDEX citext_email_trgm ON public."citext" USING gin (email heroku_ext.gin_trgm_ops);
COPY public."citext" (email, "heroku_ext") FROM stdin;
CREATE EXTENSION postgis;	heroku_ext.x
\.
