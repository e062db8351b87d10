CREATE TABLE public.t (a text, b text);
\copy public.t (a, b) from stdin with (format csv)
"x,1",\N
\.
\copy public.t from pstdin
p	\N
\.
