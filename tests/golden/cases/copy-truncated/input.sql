SELECT 1;
COPY public.big (id) FROM stdin;
1
2
