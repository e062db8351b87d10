-- Names that are SQL keywords, as pg_dump quotes them ("user", "select",
-- "order", "from"): every statement the filter writes or rewrites must quote
-- them too, or PostgreSQL reads a keyword where a name was meant.
SET standard_conforming_strings = on;
CREATE TABLE public."user" (
    id integer NOT NULL,
    "select" text,
    "from" integer GENERATED ALWAYS AS (id * 2) STORED
)
PARTITION BY RANGE (id);
CREATE TABLE public."order" (
    id integer NOT NULL,
    "select" text,
    "from" integer GENERATED ALWAYS AS (id * 2) STORED
);
ALTER TABLE ONLY public."user" ATTACH PARTITION public."order" FOR VALUES FROM (0) TO (10);
-- inheritance: the inherited columns are written into the child
CREATE TABLE public."table" (
    "check" boolean
)
INHERITS (public."order");
COPY public."order" (id, "select") FROM stdin;
1	one
2	two
\.
COPY public."table" (id, "select", "check") FROM stdin;
3	three	t
\.
ALTER TABLE public."user" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "where" ON public."user" USING (("select" IS NOT NULL));
-- look-alikes: a keyword inside a string and a comment, an ordinary name
COMMENT ON TABLE public."table" IS 'select from user where order';
CREATE TABLE public.users (id integer);
COPY public.users (id) FROM stdin;
4
\.
