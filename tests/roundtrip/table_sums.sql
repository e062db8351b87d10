-- Every table's rows, as "name<TAB>rows<TAB>md5 of its rows as text in C
-- order" lines (a newline in a name written as \n): a partitioned table with
-- its partitions' rows (which the sanitized dump merges into it), every other
-- table ONLY itself; partitions and extensions' own tables are not listed,
-- as they are not on the target. Run with search_path = public and TimeZone
-- UTC on both sides (testdata/regenerate-newer.sh, tests/roundtrip/newer.sh).
SELECT replace(c.oid::regclass::text, E'\n', '\n'),
       (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %s %s',
          CASE WHEN c.relkind = 'p' THEN '' ELSE 'ONLY' END, c.oid::regclass), false, true, '')))[1]::text,
       (xpath('/row/h/text()', query_to_xml(format(
          'SELECT md5(coalesce(string_agg(t::text, E''\n'' ORDER BY t::text COLLATE "C"), '''')) AS h FROM %s %s t',
          CASE WHEN c.relkind = 'p' THEN '' ELSE 'ONLY' END, c.oid::regclass), false, true, '')))[1]::text
FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg_toast%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1;
