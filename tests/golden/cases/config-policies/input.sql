CREATE TABLE public.parent (id integer NOT NULL, name text);
CREATE TABLE public.child (extra text) INHERITS (public.parent);
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
