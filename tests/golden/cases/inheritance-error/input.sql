-- Three levels of inheritance, two parents, and a column the child repeats.
CREATE TABLE vehicles (
    id serial PRIMARY KEY,
    name text NOT NULL DEFAULT 'unnamed' COLLATE "C",
    wheels integer CHECK (wheels >= 0) NO INHERIT,
    plate text UNIQUE,
    CONSTRAINT vehicles_name_check CHECK (name <> ''),
    CONSTRAINT only_here CHECK (wheels < 100) NO INHERIT
);
CREATE TABLE tagged (tag text DEFAULT 'none');
CREATE TABLE public.cars (
    doors integer NOT NULL DEFAULT 4,
    wheels integer DEFAULT 4
)
INHERITS (public.vehicles, tagged);
CREATE TABLE sports_cars (top_speed integer) INHERITS (cars);
CREATE TABLE empty_child () INHERITS (tagged);
ALTER TABLE sports_cars NO INHERIT cars;
ALTER TABLE empty_child INHERIT vehicles, ADD COLUMN extra int;
SELECT 'INHERITS (vehicles)' AS look_alike;
INSERT INTO cars (name, doors) VALUES ('car', 2);
