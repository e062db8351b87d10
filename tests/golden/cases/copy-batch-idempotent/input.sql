CREATE TABLE public.t (id int, v text);
CREATE TABLE public.marks (v text);
CREATE TABLE public.c (id int, v text);
SELECT 'COPY public.t (id, v) FROM stdin;' AS look_alike; -- COPY in a string and a comment

--
-- Data for Name: t
--

COPY public.t (id, v) FROM stdin;
1	row 01
2	row 02
3	row 03
4	row 04
5	escaped\
newline
6	row 06
7	row 07
8	row 08
9	\\.
10	\\
11	row 11
\.
COPY public.t (id, v) FROM stdin;
12	row 12
13	row 13
14	COPY public.t (id, v) FROM stdin;
15	row 15
16	row 16
17	row 17
18	row 18
19	row 19
\.
COPY public.t (id, v) FROM stdin;
20	row 20
21	row 21
22	row 22
23	row 23
24	row 24
25	row 25
26	row 26
27	row 27
28	row 28
29	row 29
\.
COPY public.t (id, v) FROM stdin;
30	row 30
\.

COPY public.c (id, v) FROM stdin WITH (FORMAT csv);
1,"quoted 1"
2,"quoted 2"
3,"multi
line
\.x ""q"" 3"
4,"quoted 4"
5,"quoted 5"
6,"quoted 6"
7,"quoted 7"
\.
COPY public.c (id, v) FROM stdin WITH (FORMAT csv);
8,"quoted 8"
9,"quoted 9"
10,"quoted 10"
11,"multi
line
\.x ""q"" 11"
12,"quoted 12"
13,"quoted 13"
\.
COPY public.c (id, v) FROM stdin WITH (FORMAT csv);
14,"quoted 14"
15,"quoted 15"
16,"quoted 16"
17,"quoted 17"
18,"quoted 18"
19,"quoted 19"
20,"quoted 20"
\.
COPY public.t (id, v) FROM stdin;
99	small
\.
SELECT 1;
-- look-alikes of the end of data at the start of a line: \\. (a backslash and a dot), \\.x
COPY public.marks (v) FROM stdin;
\\.
\\.x
\\\\.
\.
