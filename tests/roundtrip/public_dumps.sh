#!/usr/bin/env bash
# Real public pg_dump files (fetched by hand from public repositories, never
# committed: DB9_PUBLIC_DUMPS at setup time, else ../public-dumps, with a
# SOURCES.md saying where each came from) against a real PostgreSQL 15.
# Each DIR/*.sql is loaded into a source database that has every extension
# it creates (postgresql-15 and postgresql-15-postgis-3 ship them), with the
# roles its OWNER TO / GRANT lines name; then it is sanitized, restored with
# ON_ERROR_STOP=1 into a fresh database where no extension outside DB9's
# set is ever created, and every table's row count and content (as text)
# must equal the source's. The dump itself is what is sanitized (not a new
# dump of the source), exactly as a user would run it.
# Output is TAP. Usage: public_dumps.sh BINARY DIR
set -u
bin=$(realpath "$1")
dir=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/roundtrip.sh"

allowed="'plpgsql','http','uuid-ossp','hstore','fs9','pg_cron','parquet','zhparser','vector','embedding'"
# Each user table (not an extension's own): name=rows:md5 of its own rows as
# text (an inheritance parent: ONLY its own rows, as the sanitized dump keeps
# them; a partitioned root: all its partitions' rows).
tables() {
  q "$1" "SELECT coalesce(string_agg(format('%s=%s:%s', c.oid::regclass,
            (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %s %s', CASE c.relkind WHEN 'r' THEN 'ONLY' ELSE '' END, c.oid::regclass), false, true, '')))[1]::text,
            (xpath('/row/h/text()', query_to_xml(format('SELECT md5(coalesce(string_agg(t::text, E''\n'' ORDER BY t::text), '''')) AS h FROM %s %s t', CASE c.relkind WHEN 'r' THEN 'ONLY' ELSE '' END, c.oid::regclass), false, true, '')))[1]::text),
          ' ' ORDER BY c.oid::regclass::text), '')
          FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
            AND s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg_toast%'
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')"
}

shopt -s nullglob
dumps=("$dir"/*.sql)
[ ${#dumps[@]} -gt 0 ] || { bad "public dumps in $dir" "no *.sql there"; echo "1..$n"; exit 1; }
k=0
for dump in "${dumps[@]}"; do
  k=$((k + 1))
  name=$(basename "$dump" .sql)
  src=pub_src_$k dst=pub_dst_$k
  exts=$(grep -oiE '^CREATE EXTENSION (IF NOT EXISTS )?"?[a-z0-9_-]+' "$dump" | awk '{print $NF}' | tr -d '"' | sort -u | tr '\n' ' ')
  if head -5 "$dump" | grep -q 'PostgreSQL database cluster dump'; then
    # pg_dumpall: it makes its roles and moves between databases itself (its
    # main database is postgres); as its documentation says, a role that
    # exists already is an error to expect, and the only one allowed.
    src=postgres
    "$PG_BIN/psql" -X -q -d postgres -f "$dump" > "$tmp/$name.load.log" 2>&1
    if ! grep ERROR "$tmp/$name.load.log" | grep -qv 'role ".*" already exists'; then
      ok "$name: the source (a pg_dumpall cluster dump) loads into PostgreSQL 15 (extensions: ${exts:-none})"
    else bad "$name: the source loads into PostgreSQL 15" "$(grep ERROR "$tmp/$name.load.log" | grep -v 'already exists' | head -3)"; continue; fi
  else
    # The roles the dump names, so that the source loads as it did upstream.
    for role in $(grep -oE '(OWNER TO|TO|FROM) "?[A-Za-z_][A-Za-z0-9_]*"?;' "$dump" | awk '{print $NF}' | tr -d '";' | sort -u); do
      case $role in public|PUBLIC|CURRENT_USER|SESSION_USER) continue ;; esac
      psql_src -d postgres -c "CREATE ROLE \"$role\"" >/dev/null 2>&1
    done
    psql_src -d postgres -c "CREATE DATABASE $src" >/dev/null
    if psql_src -d "$src" -f "$dump" > "$tmp/$name.load.log" 2>&1; then ok "$name: the source loads into PostgreSQL 15 (extensions: ${exts:-none})"
    else bad "$name: the source loads into PostgreSQL 15" "$(grep -m3 ERROR "$tmp/$name.load.log")"; continue; fi
  fi
  # (earthdistance finds cube and earth through the search_path)
  schemas=$(q "$src" "SELECT string_agg(quote_ident(nspname), ',') FROM pg_namespace WHERE nspname NOT LIKE 'pg_%' AND nspname <> 'information_schema'")
  want=$(PGOPTIONS="-c search_path=$schemas" tables "$src")
  rows=$(echo "$want" | tr ' ' '\n' | grep -oE '=[0-9]+' | tr -d = | awk '{s += $1} END {print s + 0}')
  if "$bin" -q --report "$tmp/$name.json" "$dump" > "$tmp/$name.out.sql" 2> "$tmp/$name.err"; then ok "$name: sanitized (exit 0)"
  else bad "$name: sanitized (exit 0)" "$(tail -3 "$tmp/$name.err")"; fi
  if "$bin" "$tmp/$name.out.sql" 2> "$tmp/$name.again.err" | cmp -s - "$tmp/$name.out.sql" && grep -q " 0 changes," "$tmp/$name.again.err"; then
    ok "$name: idempotent"
  else bad "$name: idempotent" "$(grep -v '^db9-sanitize:' "$tmp/$name.again.err" | head -3)"; fi
  psql_src -d postgres -c "CREATE DATABASE $dst" >/dev/null
  if psql_src -d "$dst" -f "$tmp/$name.out.sql" > "$tmp/$name.restore.log" 2>&1; then
    ok "$name: the sanitized dump restores with ON_ERROR_STOP=1 where those extensions were never created"
  else bad "$name: the sanitized dump restores with ON_ERROR_STOP=1" "$(grep -m3 ERROR "$tmp/$name.restore.log")"; fi
  extra=$(q "$dst" "SELECT string_agg(extname, ',') FROM pg_extension WHERE extname NOT IN ($allowed)")
  check "$name: no extension outside DB9's set" "" "$extra"
  got=$(PGOPTIONS="-c search_path=$schemas" tables "$dst")
  check "$name: every table's row count and content equal the source's ($(echo "$want" | wc -w) tables, $rows rows)" "$want" "$got"
done
echo "1..$n"
[ $failed -eq 0 ]
