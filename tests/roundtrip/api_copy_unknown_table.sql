-- COPY without a column list into a table the script does not create
-- (made beforehand, or here by a DO block the filter does not read): each
-- row's one field may be an empty string, which COPY loads as ''. The
-- filter cannot tell such a row from a row of a table without columns.
-- roundtrip-api restores it through psql and through --target api
-- (api_insert.sh): the same rows must come out.
DO $$ BEGIN EXECUTE 'CREATE TABLE made_elsewhere (v text)'; END $$;
COPY made_elsewhere FROM stdin;

x

\.
DO $$ BEGIN EXECUTE 'CREATE TABLE made_elsewhere_too (v text)'; END $$;
COPY made_elsewhere_too FROM stdin;
x

\.
