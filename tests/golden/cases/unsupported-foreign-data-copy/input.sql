-- pg_dump --include-foreign-data=remote: the rows of a foreign table follow
-- its CREATE; dropping the table cannot drop them quietly.
CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw;
CREATE FOREIGN TABLE public.remote_orders (id integer, note text) SERVER remote;
COPY public.orders (id, note) FROM stdin;
1	kept: a regular table
\.
COPY public.remote_orders (id, note) FROM stdin;
1	remote row
\.
SELECT 1;
