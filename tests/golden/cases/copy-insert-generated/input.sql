-- COPY without a column list loads every column but the generated ones, in
-- table order; an INSERT without one would give the values to the first
-- columns, the generated one among them: the list is written.
CREATE TABLE gen (id integer, doubled integer GENERATED ALWAYS AS (id * 2) STORED, "Label" text);
COPY gen FROM stdin;
1	one
2	\N
\.
-- look-alike: the COPY's own column list is the INSERT's, untouched
COPY gen ("Label", id) FROM stdin;
three	3
\.
-- look-alike: no generated column, so no list is needed (none written)
CREATE TABLE plain (id integer, label text);
COPY plain FROM stdin;
4	four
\.
-- a generated column added later counts too; DROP EXPRESSION makes it a column COPY loads
CREATE TABLE later (a integer, b integer);
ALTER TABLE later ADD COLUMN c integer GENERATED ALWAYS AS (a + b) STORED, ADD COLUMN d text;
COPY later FROM stdin;
1	2	x
\.
CREATE TABLE undone (a integer, b integer GENERATED ALWAYS AS (a) STORED, c text);
ALTER TABLE undone ALTER COLUMN b DROP EXPRESSION;
COPY undone FROM stdin;
1	1	y
\.
-- the columns follow ALTER TABLE whatever its subcommands: a constraint
-- first, then a generated column added without the word COLUMN
CREATE TABLE mixed (a integer, b integer);
ALTER TABLE mixed ADD CONSTRAINT mixed_a CHECK (a > 0), ADD c integer GENERATED ALWAYS AS (a * 10) STORED;
ALTER TABLE ONLY mixed ADD CONSTRAINT mixed_pkey PRIMARY KEY (a);
COPY mixed FROM stdin;
1	2
\.
-- a column whose name begins with a constraint keyword is a column
CREATE TABLE tricky (a integer);
ALTER TABLE tricky ADD constraint_at integer GENERATED ALWAYS AS (a) STORED, ADD /* a column */ note text;
COPY tricky FROM stdin;
7	seven
\.
-- only generated columns: COPY loads none, its rows are empty lines
CREATE TABLE only_gen (g integer GENERATED ALWAYS AS (1) STORED);
COPY only_gen FROM stdin;


\.
-- a table the script does not create: its columns are not known, no list
-- (were one generated, the server would refuse the INSERT, never shift it)
DO $$ BEGIN EXECUTE 'CREATE TABLE made_elsewhere (id integer, label text)'; END $$;
COPY made_elsewhere FROM stdin;
5	five
\.
