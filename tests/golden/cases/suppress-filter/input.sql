-- db9-sanitize: ignore-file[owner]
CREATE TABLE t (id int);
ALTER TABLE t OWNER TO bob;
-- db9-sanitize: ignore[rls]
CREATE POLICY kept ON t USING (true);
CREATE POLICY also_kept ON t USING (true); -- db9-sanitize: ignore[rls] (reviewed: app enforces it)
CREATE POLICY dropped ON t USING (true);
SELECT '-- db9-sanitize: ignore[rls]' AS look_alike; CREATE POLICY dropped_too ON t USING (true);
/* -- db9-sanitize: ignore[privileges] inside a block comment is no directive */
GRANT SELECT ON t TO PUBLIC;
COPY t (id) FROM stdin;
-- db9-sanitize: ignore[rls]
\.
CREATE TABLE "-- db9-sanitize: ignore[rls]" (id int); CREATE POLICY after_copy ON t USING (true);
