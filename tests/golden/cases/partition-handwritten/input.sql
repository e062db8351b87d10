-- A schema file written by hand: PARTITION OF, sub-partitions, unqualified names.
CREATE TABLE measurements (
    id int GENERATED ALWAYS AS IDENTITY,
    at date NOT NULL,
    city text,
    reading numeric
) PARTITION BY RANGE (at) WITH (fillfactor = 90);
CREATE TABLE m2020 PARTITION OF measurements FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE TABLE m2021 PARTITION OF public.measurements
    FOR VALUES FROM ('2021-01-01') TO ('2022-01-01')
    PARTITION BY LIST (city);
CREATE TABLE m2021_north PARTITION OF m2021 (CONSTRAINT north_reading CHECK (reading > 0)) FOR VALUES IN ('Oslo', 'Bergen');
CREATE TABLE "M default" PARTITION OF measurements DEFAULT;
CREATE INDEX ON measurements (city);
CREATE INDEX m2020_reading ON m2020 (reading);
COMMENT ON TABLE "M default" IS 'catch-all';
ALTER TABLE m2020 SET (autovacuum_enabled = off);
SELECT city, avg(reading) OVER (PARTITION BY city ORDER BY at) FROM measurements;
INSERT INTO m2021_north (at, city, reading) VALUES ('2021-03-01', 'Oslo', 1.5);
INSERT INTO "M default" (at, city, reading) VALUES ('2019-03-01', 'Rome', 2);
COPY m2020 (at, city, reading) FROM stdin;
2020-05-05	Lyon	3
\.
-- "PARTITION OF" and ATTACH PARTITION in a comment stay
SELECT 'CREATE TABLE x PARTITION OF y DEFAULT' AS text_not_a_statement;
