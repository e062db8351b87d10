-- A hand-written script: the partitions are known from PARTITION OF, so
-- every read of one is rewritten where it stands.
CREATE TABLE grid (x int NOT NULL, y int NOT NULL, PRIMARY KEY (x, y)) PARTITION BY RANGE (x, y);
CREATE TABLE grid_low PARTITION OF grid FOR VALUES FROM (MINVALUE, MINVALUE) TO (10, 5);
CREATE TABLE grid_top PARTITION OF grid FOR VALUES FROM (10, 5) TO (MAXVALUE, MAXVALUE);
CREATE TABLE tags (id int NOT NULL, tag text COLLATE "C") PARTITION BY LIST (tag);
CREATE TABLE tags_none PARTITION OF tags FOR VALUES IN (NULL, 'none');
CREATE TABLE tags_rest PARTITION OF tags DEFAULT;
CREATE TABLE by_expr (name text NOT NULL) PARTITION BY RANGE (lower(name));
CREATE TABLE by_expr_am PARTITION OF by_expr FOR VALUES FROM ('a') TO ('n');

-- Look-alikes, untouched: the name in a string, a comment, a column alias,
-- a root aliased as a partition, a column named like one.
SELECT 'SELECT * FROM grid_low' AS grid_low /* FROM grid_low */ FROM grid AS grid_low; -- grid_low
SELECT t.grid_low FROM (SELECT 1 AS grid_low) t;

-- Reads, each through the root with the partition's bounds.
SELECT count(*) FROM grid_low;
SELECT g.x FROM ONLY grid_top g JOIN tags_none t ON t.id = g.x WHERE g.y > 1;
INSERT INTO grid SELECT x + 100, y FROM grid_low;
CREATE VIEW names_am AS SELECT name FROM by_expr_am;
DECLARE c CURSOR FOR SELECT * FROM tags_none;
EXPLAIN SELECT * FROM grid_top;

-- What cannot be rewritten: reported, left for DB9 to refuse.
SELECT * FROM tags_rest;
SELECT * FROM ONLY (grid_low);
UPDATE grid_low SET y = y + 1;
DELETE FROM tags_none WHERE id = 1;

-- Foreign keys that referenced a partition: to the root when it has the
-- same unique key, otherwise dropped (alone) or reported (inline).
CREATE TABLE grid_notes (x int, y int, FOREIGN KEY (x, y) REFERENCES grid_low (x, y));
CREATE TABLE tag_notes (id int, FOREIGN KEY (id) REFERENCES tags_none (id));
ALTER TABLE tag_notes ADD CONSTRAINT tag_notes_fk FOREIGN KEY (id) REFERENCES tags_none (id);
ALTER TABLE grid_notes ADD CONSTRAINT grid_notes_fk FOREIGN KEY (x, y) REFERENCES grid_top;
