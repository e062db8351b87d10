-- HEADER: the first line is no row (the summary counts 2 + 2 + 3 = 7 rows)
CREATE TABLE t (a text, b text);
COPY t (a, b) FROM stdin WITH (FORMAT csv, HEADER);
a,b
1,x
2,y
\.
COPY t (a, b) FROM stdin WITH (FORMAT text, HEADER true);
a	b
3	z
4	w
\.
-- look-alike: HEADER false, every line a row
COPY t (a, b) FROM stdin WITH (FORMAT csv, HEADER false);
a,b
5,v
6,u
\.
-- dropped with its COPY statement (the data of a removed extension's
-- table): the note counts 1 row, not the header line
CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA public;
COPY public.spatial_ref_sys (srid, auth_name) FROM stdin WITH (FORMAT csv, HEADER);
srid,auth_name
900913,spatialreferencing.org
\.
