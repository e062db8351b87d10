-- An ignore-file directive before a statement that another rule drops stays
-- in the output (fuzz finding: a second pass lost it and dropped the GRANT).
CREATE TABLE t (id int);
-- db9-sanitize: ignore-file[privileges]
ALTER TABLE t OWNER TO app;
GRANT SELECT ON t TO PUBLIC;
