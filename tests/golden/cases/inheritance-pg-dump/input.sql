-- The shape of pg_dump 15's inheritance: the child's CREATE TABLE lists only
-- its own columns; inherited defaults come later, per child.
CREATE TABLE public.vehicles (
    id integer NOT NULL,
    name text DEFAULT 'unnamed'::text NOT NULL,
    wheels integer,
    CONSTRAINT vehicles_wheels_check CHECK ((wheels >= 0))
);

CREATE TABLE public.cars (
    doors integer DEFAULT 4 NOT NULL
)
INHERITS (public.vehicles);

CREATE TABLE public.sports_cars (
    top_speed integer
)
INHERITS (public.cars);

CREATE TABLE public.trailers (
)
INHERITS (public.vehicles);

CREATE SEQUENCE public.vehicles_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.vehicles_id_seq OWNED BY public.vehicles.id;

ALTER TABLE ONLY public.cars ALTER COLUMN id SET DEFAULT nextval('public.vehicles_id_seq'::regclass);
ALTER TABLE ONLY public.cars ALTER COLUMN name SET DEFAULT 'unnamed'::text;
ALTER TABLE ONLY public.sports_cars ALTER COLUMN id SET DEFAULT nextval('public.vehicles_id_seq'::regclass);
ALTER TABLE ONLY public.vehicles ALTER COLUMN id SET DEFAULT nextval('public.vehicles_id_seq'::regclass);

COPY public.cars (id, name, wheels, doors) FROM stdin;
21	car 1	4	3
\.

COPY public.sports_cars (id, name, wheels, doors, top_speed) FROM stdin;
51	fast 1	4	2	251
\.

ALTER TABLE ONLY public.vehicles
    ADD CONSTRAINT vehicles_pkey PRIMARY KEY (id);
