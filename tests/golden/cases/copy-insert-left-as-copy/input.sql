CREATE TABLE t (a text, b text);
-- binary COPY data cannot be read as rows here
COPY t (a, b) FROM stdin WITH (FORMAT binary);
\.
COPY t (a, b) FROM stdin WITH (ENCODING 'LATIN1');
x	y
\.
COPY t (a, b) FROM stdin WITH (FORMAT csv, FORCE_NULL (c));
x,y
\.
COPY t (a, b) FROM stdin WITH (FORMAT csv, DEFAULT '@');
x,@
\.
SET x = 1\; COPY t (a, b) FROM stdin;
x	y
\.
COPY t (a, b) FROM stdin;
ok	row
\.
