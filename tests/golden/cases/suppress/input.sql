CREATE TABLE t (id int);
-- db9-sanitize: ignore[rls]
CREATE POLICY p ON t USING (true);
CREATE POLICY q ON t USING (true); -- db9-sanitize: ignore[rls, owner]
-- db9-sanitize: ignore[rls]

CREATE POLICY r ON t USING (true);
SELECT '-- db9-sanitize: ignore[rls]'; -- db9-sanitize: ignore[bogus]
-- db9-sanitize: ignore rls
-- db9-sanitize: ignore-file[privileges,notify]
GRANT SELECT ON t TO PUBLIC;
-- db9-sanitize: ignore[parse]
CREATE TABLE x (a int) WITH (foo bar baz);
-- db9-sanitize: ignore[rls]
