SET row_security = off;
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA heroku_ext;
COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA heroku_ext;
CREATE EXTENSION IF NOT EXISTS vector;
/* CREATE EXTENSION hstore; */
CREATE TABLE public.items (
    id uuid DEFAULT heroku_ext.uuid_generate_v4() NOT NULL,
    attrs heroku_ext.hstore,
    embedding public.vector(3),
    note text DEFAULT 'heroku_ext.hstore'
);
CREATE INDEX items_attrs ON public.items USING gin (attrs heroku_ext.gin_hstore_ops);
CREATE INDEX items_embedding ON public.items USING hnsw (embedding vector_cosine_ops);
CREATE VIEW public.item_keys AS SELECT heroku_ext.akeys(attrs) AS k FROM public.items;
COPY public.items (id, note) FROM stdin;
7c9e6679-7425-40de-944b-e07fc1f90ae7	CREATE EXTENSION hstore;
\.
