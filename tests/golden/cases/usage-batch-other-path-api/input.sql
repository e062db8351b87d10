CREATE TABLE t (a text);
COPY t (a) FROM stdin;
x
y
\.
