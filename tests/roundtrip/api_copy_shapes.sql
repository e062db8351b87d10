-- COPY ... FROM stdin as people write it by hand (pg_dump never does):
-- no column list, columns in another order or a subset, CSV with its
-- options (rows over several lines), a text-format NULL string and
-- DELIMITER, escapes pg_dump never writes (\x41, \101, \q, a backslash
-- before a raw newline), lowercase keywords, a search_path instead of a
-- schema. roundtrip-api restores it through psql (as it is) and through
-- --target api, and every table must come out the same (api_insert.sh);
-- roundtrip-copy-batch cuts it into blocks of one row (copy_batch.sh).
SET client_min_messages = warning;
CREATE SCHEMA shapes;
SET search_path = shapes, public;

-- No column list: COPY fills every column, in table order; the identity
-- column (GENERATED ALWAYS) takes the data's value. (A generated column:
-- api_copy_generated.sql.)
CREATE TABLE ident (id integer GENERATED ALWAYS AS IDENTITY, label text, extra text DEFAULT 'dflt');
COPY ident FROM stdin;
7	seven	x
8	eight	\N
\.
-- A dropped column: no column list means the columns that remain.
CREATE TABLE dropped (a integer, gone text, b text);
ALTER TABLE dropped DROP COLUMN gone;
COPY dropped FROM stdin;
1	b1
\.

-- Columns in another order, and a subset (the rest take their defaults,
-- a serial its sequence in row order).
CREATE TABLE ordered (id serial, a text, b integer, c text DEFAULT 'c default');
COPY ordered (b, a) FROM stdin;
2	second
1	first
\.
copy ordered (c, b, a) from stdin;
\N	3	third
	4	fourth
\.

-- Text format: DELIMITER, a NULL string, escapes pg_dump never writes.
CREATE TABLE texty (a text, b text, c text);
COPY texty FROM stdin WITH (DELIMITER '|', NULL 'NULL');
\x41\101\q|NULL|\N
a\|b|\\N|tab\there
|x|NULL
\.
-- A backslash before a raw newline: the newline is data, the row goes on
-- on the next line (COPY's text format; pg_dump writes \n instead).
COPY texty FROM stdin;
line one\
continued	b	c
three\
\
more	\
	x
\.
COPY texty (a, b, c) FROM STDIN (FORMAT text, ENCODING 'UTF8');
é 😀	\\	\\.x
\.

-- CSV: header, quotes, embedded newlines, a \. inside quotes, empty
-- string against NULL, FORCE_NOT_NULL / FORCE_NULL, another QUOTE/ESCAPE.
CREATE TABLE csvs (id integer, name text, note text, tags text);
COPY csvs (id, name, note, tags) FROM stdin WITH (FORMAT csv, HEADER true);
id,name,note,tags
1,"Doe, Jane","said ""hi""
and left",
2,,"",x
3,"\N",\N,"back\slash 'quote'"
4,a"b,c"d,"\\.",
"5",  spaced  ,"x
\\.
y",COPY csvs FROM stdin;
\.
COPY csvs (id, name, note, tags) FROM stdin WITH (FORMAT csv, DELIMITER ';', QUOTE '''', ESCAPE '\', NULL 'nil', FORCE_NOT_NULL (name), FORCE_NULL (note));
6;nil;nil;nil
7;'nil';'nil';'nil'
8;'it\'s';'a\\b';'c\d'
9;;;
\.
COPY csvs FROM stdin CSV HEADER;
ignored,header,line,here
10,"multi
line",,"{""a"":1}"
\.

-- An empty block, and one into a table named like a keyword.
CREATE TABLE "select" ("from" text, "where" integer);
COPY "select" FROM stdin;
\.
COPY "select" ("where", "from") FROM stdin;
1	from
\.
