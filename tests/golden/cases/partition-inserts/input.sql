-- pg_dump --inserts: rows go to the leaves, without column lists; the
-- partition's column order need not be the root's.
CREATE TABLE public.t (
    id integer NOT NULL,
    at date NOT NULL,
    note text
)
PARTITION BY RANGE (at);

CREATE TABLE public.t_1 (
    note text,
    id integer NOT NULL,
    at date NOT NULL
);

CREATE TABLE public.a (
    id integer NOT NULL,
    v text
)
PARTITION BY LIST (v);

CREATE TABLE public.a_x (
    id integer NOT NULL,
    v text
);

ALTER TABLE public.a ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.a_id_seq
);

ALTER TABLE ONLY public.t ATTACH PARTITION public.t_1 FOR VALUES FROM (MINVALUE) TO (MAXVALUE);
ALTER TABLE ONLY public.a ATTACH PARTITION public.a_x FOR VALUES IN ('x');

INSERT INTO public.t_1 VALUES ('first; INSERT INTO public.t_1 VALUES (0)', 1, '2024-01-01');
INSERT INTO public.t_1 VALUES (NULL, 2, '2024-01-02');
INSERT INTO public.t_1 (id, at) VALUES (3, '2024-01-03');
INSERT INTO public.a_x VALUES (1, 'x');
INSERT INTO public.a_x OVERRIDING SYSTEM VALUE VALUES (2, 'x');
INSERT INTO public.t VALUES (4, '2024-01-04', 'into the root');
