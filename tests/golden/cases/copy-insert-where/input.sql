CREATE TABLE filtered (a integer, b text, "where" text);
-- COPY ... WHERE (PostgreSQL 12+) loads only the rows its condition holds
-- for: INSERTs would load them all, so the block stays a COPY, with a warning
COPY filtered (a, b) FROM stdin WHERE a > 1;
1	one
2	two
\.
COPY filtered FROM stdin WITH (FORMAT csv) WHERE b IS NOT NULL;
3,,w
4,four,w
\.
-- look-alikes: a column named "where", and WHERE in a comment, are no condition
COPY filtered (a, "where") FROM stdin; -- WHERE a > 1
5	here
\.
