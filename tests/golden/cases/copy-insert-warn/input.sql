CREATE TABLE t (a text, b text);
COPY t (a, b) FROM stdin;
x	y
\.
