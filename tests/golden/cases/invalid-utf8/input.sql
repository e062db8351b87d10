SELECT 'café';
COPY t (a) FROM stdin;
ÿþ
\.
SELECT 1;
