CREATE TABLE t (id int, v text);
COPY t (id, v) FROM stdin;
1	short
2	short
3	xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
4	short
5	short
6	short
7	short
\.
