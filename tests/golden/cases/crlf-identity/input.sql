SET a = 1;
COPY t FROM stdin;
1	x
\.
SELECT 1;
