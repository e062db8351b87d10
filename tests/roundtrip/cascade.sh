#!/usr/bin/env bash
# The one cascade (src/rules/model.*) against a real PostgreSQL 15: the
# golden inputs that remove objects of every kind (an extension's type,
# function, operator class and dictionary; C functions, base and shell types,
# an event-trigger function, a foreign table; a merged inherited CHECK, a
# typed table's child; names that are keywords) are sanitized with the
# defaults and restored with ON_ERROR_STOP=1 into a fresh database where
# those extensions never existed; every table the output loads holds the rows the report counted,
# and what the cascade keeps (look-alikes in other schemas) is there.
# Output is TAP. Usage: cascade.sh BINARY
set -u
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
cases="$here/../golden/cases"
source "$here/../lib/roundtrip.sh"
psql_src -d postgres -c "CREATE ROLE app" >/dev/null

# restore NAME DB [OPTION...]: the golden case NAME's input sanitized with
# the options (--report to $tmp/NAME.json), restored into a new database DB
# with ON_ERROR_STOP=1; a check each, and false if either failed.
restore() {
  local name=$1 db=$2; shift 2
  if "$bin" -q "$@" --report "$tmp/$name.json" "$cases/$name/input.sql" > "$tmp/$name.sql" 2> "$tmp/$name.err"; then
    ok "$name: sanitized (exit 0)"
  else bad "$name: sanitized (exit 0)" "$(tail -3 "$tmp/$name.err")"; return 1; fi
  psql_src -d postgres -c "CREATE DATABASE $db" >/dev/null
  if psql_src -d "$db" -f "$tmp/$name.sql" > "$tmp/$name.restore.log" 2>&1; then
    ok "$name: restores with ON_ERROR_STOP=1"
  else bad "$name: restores with ON_ERROR_STOP=1" "$(grep -m3 ERROR "$tmp/$name.restore.log")"; return 1; fi
}

k=0
for name in model-cascade model-matrix inheritance-merged-typed database-public-schema keyword-identifiers; do
  k=$((k + 1))
  db=cascade_$k
  restore "$name" "$db" || continue
  want=$(jq -r '.copy_tables | to_entries[] | "\(.key)=\(.value.rows)"' "$tmp/$name.json" | sort | tr '\n' ' ')
  got=""
  for t in $(jq -r '.copy_tables | keys[]' "$tmp/$name.json" | sort); do
    got+="$t=$(q "$db" "SELECT count(*) FROM $t") "
  done
  check "$name: every table loaded holds the rows counted ($want)" "$want" "$got"
  extra=$(q "$db" "SELECT string_agg(extname, ',') FROM pg_extension WHERE extname <> 'plpgsql'")
  check "$name: no extension created" "" "$extra"
done
# What the cascade must keep.
check "model-cascade: the look-alike view over another schema's function is there" \
  "t" "$(q cascade_1 "SELECT to_regclass('public.kept') IS NOT NULL")"
check "model-cascade: the range type that filled a dropped shell type is there" \
  "t" "$(q cascade_1 "SELECT to_regtype('public.float8_range') IS NOT NULL")"
check "model-cascade: the text search mapping keeps its other dictionaries" \
  "simple,english_stem" "$(q cascade_1 "SELECT string_agg(d.dictname, ',' ORDER BY m.mapseqno) FROM pg_ts_config_map m JOIN pg_ts_config c ON c.oid = m.mapcfg JOIN pg_ts_dict d ON d.oid = m.mapdict WHERE c.cfgname = 'fr' AND m.maptokentype = (SELECT tokid FROM ts_token_type('default') WHERE alias = 'hword')")"
check "model-matrix: the look-alike view is there and calls other.cf" \
  "3" "$(q cascade_2 "SELECT cf FROM public.kept_v")"
check "model-matrix: the base type's columns are text, rows kept" \
  "text:1" "$(q cascade_2 "SELECT format_type(atttypid, atttypmod) || ':' || (SELECT count(*) FROM public.widgets) FROM pg_attribute WHERE attrelid = 'public.widgets'::regclass AND attname = 'w'")"
check "inheritance-merged-typed: nothing inherits any more" "0" "$(q cascade_3 "SELECT count(*) FROM pg_inherits")"
check "inheritance-merged-typed: the child of the typed table has the type's columns" \
  "id,name,tags,salary" "$(q cascade_3 "SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'public.staff'::regclass AND attnum > 0 AND NOT attisdropped")"
check "keyword-identifiers: the child keeps its own rows under its inherited keyword-named columns" \
  "3:three:true:6" "$(q cascade_5 "SELECT id || ':' || \"select\" || ':' || \"check\" || ':' || \"from\" FROM public.\"table\"")"
# Not the cascade, but the same kind of proof: a \g-family meta-command
# dropped or commented out leaves a ';' that ends its statement, and the
# script still runs under ON_ERROR_STOP=1 (\gexec's generated statement
# does not run: its warning says so).
for way in comment drop; do
  name=meta-command-send-$way; db=send_$way
  restore "$name" "$db" --action meta-command=$way || continue
  check "$name: the COPY after the dropped \\g loaded its row, nothing else did" "1:2" "$(q "$db" "SELECT count(*) || ':' || max(id) FROM t")"
done
echo "1..$n"
[ $failed -eq 0 ]
