-- \g and kin send psql's query buffer: the statement before them ends
-- there. Dropped or commented out, a ';' ends it instead, and it runs.
CREATE TABLE t (id integer, note text);
SELECT count(*) AS n FROM t \gset
SELECT format('INSERT INTO t VALUES (%s, %L)', 1, 'from gexec')
\gexec
SELECT 'shown' \g
SELECT 'expanded' \gx
COPY t (id, note) FROM stdin \g
2	a \\gset in COPY data
\.
-- look-alikes: the command's name in a string, a comment, an identifier
SELECT '\gset' AS "\gexec"; -- \g
SELECT 3;
