\restrict k
SET x = 1;
COPY public.a (x) FROM stdin;
1
2
\.
COPY b FROM stdin;
\.
\copy c from stdin with csv
"1
2",3
\.
SELECT 1;
\unrestrict k
