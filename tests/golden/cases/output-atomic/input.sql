SELECT 1;
COPY t FROM stdin;
1
\.
