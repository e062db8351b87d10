CREATE TABLE t (a text);
COPY t (a) FROM stdin;
one
two
thr