-- A COPY without a column list into a table the script does not create:
-- an empty line is one empty field, as COPY reads it for a one-column table
DO $$ BEGIN EXECUTE 'CREATE TABLE made_elsewhere (v text)'; END $$;
COPY made_elsewhere FROM stdin;

x
\.
-- look-alike: pg_dump's empty column list ("COPY t  FROM stdin;", a data-only
-- dump of a table without columns): empty lines are rows without columns
DO $$ BEGIN EXECUTE 'CREATE TABLE public.no_columns ()'; END $$;
COPY public.no_columns  FROM stdin;


\.
-- a table the dump creates: its CREATE TABLE decides
CREATE TABLE empty ();
COPY empty FROM stdin;

\.
CREATE TABLE one (v text);
COPY one FROM stdin;

\.
