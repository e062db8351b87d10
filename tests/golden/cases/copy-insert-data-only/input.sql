--
-- PostgreSQL database dump (data only: pg_dump -a, loaded over a schema made beforehand)
--

SET standard_conforming_strings = on;

--
-- Data for Name: items; Type: TABLE DATA; Schema: public; Owner: -
--

-- No CREATE TABLE says whether id is GENERATED ALWAYS AS IDENTITY: COPY
-- writes the given values into identity columns whatever they are, and so
-- does every INSERT with OVERRIDING SYSTEM VALUE, which PostgreSQL takes
-- on any table.
COPY public.items (id, name) FROM stdin;
1	first
2	second
\.

--
-- look-alike: an INSERT the dump writes itself (pg_dump --inserts) is left as it is
--

INSERT INTO public.items VALUES (3, 'third');

--
-- Name: items_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.items_id_seq', 3, true);
