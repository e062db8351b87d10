-- A script that fills a table before attaching it: its CREATE TABLE has
-- been written, so the ATTACH moves its rows and drops it.
CREATE TABLE log (id int, at date NOT NULL, msg text) PARTITION BY RANGE (at);
CREATE TABLE log_old (id int, at date NOT NULL, msg text);
INSERT INTO log_old VALUES (1, '2001-01-01', 'old');
ALTER TABLE log ATTACH PARTITION log_old FOR VALUES FROM (MINVALUE) TO ('2010-01-01');
INSERT INTO log_old VALUES (2, '2002-02-02', 'after the attach');
CREATE INDEX ON log_old (msg);
-- A table created before its partitioned parent was not held: the same.
CREATE TABLE early (id int, v text);
CREATE TABLE late_root (id int, v text) PARTITION BY LIST (v);
ALTER TABLE late_root ATTACH PARTITION early FOR VALUES IN ('e');
COPY early (id, v) FROM stdin;
1	e
\.
