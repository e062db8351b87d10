-- COPY ... FROM stdin WHERE (PostgreSQL 12+): only the rows the condition
-- holds for are loaded; the others are read and skipped (--target api
-- leaves such a block as COPY, with a warning: INSERTs would load every
-- row). roundtrip-api restores it through psql and through --target api,
-- roundtrip-copy-batch cuts it into a block per row (each block repeats the
-- WHERE): every table must hold the same rows.
CREATE TABLE filtered (a integer, b text);
COPY filtered FROM stdin WHERE a > 1;
1	one
2	two
3	three
\.
COPY filtered (b, a) FROM stdin WITH (FORMAT csv, NULL '') WHERE b IS NOT NULL;
,6
"",7
x,8
\.
