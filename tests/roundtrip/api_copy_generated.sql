-- COPY without a column list into a table with a generated column: COPY
-- fills every column but the generated ones, in table order, so the data
-- has one value fewer than the table has columns. An INSERT without a
-- column list would give the values to the first columns, the generated
-- one among them. roundtrip-api restores it through psql and through
-- --target api (api_insert.sh).
CREATE TABLE gen (id integer, doubled integer GENERATED ALWAYS AS (id * 2) STORED, label text);
COPY gen FROM stdin;
1	one
2	\N
\.
CREATE TABLE gen_ident (id integer GENERATED ALWAYS AS IDENTITY, total numeric GENERATED ALWAYS AS (id * 1.5) STORED, note text);
COPY gen_ident FROM stdin;
10	ten
\.
