#!/usr/bin/env bash
# Partitioned and inherited tables against a real PostgreSQL 15. Sources:
#   parts       tests/roundtrip/partitions_schema.sql (range, list, hash, hash
#               on an enum, DEFAULT, multi-level, a partition's own index and
#               CHECK, a foreign key to a partitioned table, identity and
#               serial on roots, three-level inheritance; views, a
#               materialized view, a SQL-standard function and a foreign key
#               reading partitions directly)
#   pgb_hash    pgbench -i --partitions=4 --partition-method=hash
#   pgb_range   pgbench -i --partitions=4 --partition-method=range
#   (with --dump FILE: that plain dump, loaded as the source instead)
# Each is dumped by the real pg_dump, plain and --inserts, sanitized, and
# restored with ON_ERROR_STOP=1 into a fresh database; then: no table is
# partitioned, none is a partition, pg_inherits is empty; every table that
# is not a partition has the source's rows (a partitioned root: all of its
# partitions' rows; an inheritance parent: its own) with the same content,
# and the same indexes (its primary key among them); identity columns and
# serial sequences go on after the highest id; every view and materialized
# view has the source's rows (those reading a hash or DEFAULT partition,
# and the view over one, are the only ones missing). Sanitizing the output again
# changes nothing. With --dump FILE, FILE itself is also sanitized and
# restored, and compared the same way.
# Output is TAP. Usage: partitions.sh BINARY [--dump FILE]
set -u
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
dump_file=
[ "${2:-}" = --dump ] && dump_file=$(realpath "$3")
source "$here/../lib/roundtrip.sh"

# Every table that is not a partition (ordinary tables and partitioned
# roots), one line each: name, rows, content checksum, index names.
user_tables="FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
    AND s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg_toast%'"
tables() {
  q "$1" "SELECT format('%s rows=%s md5=%s indexes=%s', c.oid::regclass,
      (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %s %s', CASE c.relkind WHEN 'r' THEN 'ONLY' ELSE '' END, c.oid::regclass), false, true, '')))[1]::text,
      (xpath('/row/m/text()', query_to_xml(format('SELECT md5(coalesce(string_agg(t::text, ''|'' ORDER BY t::text), '''')) AS m FROM %s %s t', CASE c.relkind WHEN 'r' THEN 'ONLY' ELSE '' END, c.oid::regclass), false, true, '')))[1]::text,
      (SELECT coalesce(string_agg(i.indexrelid::regclass::text || CASE WHEN i.indisprimary THEN '(pk)' ELSE '' END, ',' ORDER BY i.indexrelid::regclass::text), '-')
         FROM pg_index i WHERE i.indrelid = c.oid))
    $user_tables ORDER BY c.oid::regclass::text"
}
# Every view and materialized view: name, rows, content checksum.
views() {
  q "$1" "SELECT format('%s rows=%s md5=%s', c.oid::regclass,
      (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %s', c.oid::regclass), false, true, '')))[1]::text,
      (xpath('/row/m/text()', query_to_xml(format('SELECT md5(coalesce(string_agg(t::text, ''|'' ORDER BY t::text), '''')) AS m FROM %s t', c.oid::regclass), false, true, '')))[1]::text)
    FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
    WHERE c.relkind IN ('v', 'm') AND s.nspname NOT IN ('pg_catalog', 'information_schema')
    ORDER BY c.oid::regclass::text"
}
# Columns that take their values from a sequence (identity, or a nextval()
# default) in tables that are not partitions: "table column sequence".
sequenced_columns() {
  q "$1" "SELECT DISTINCT format('%s %s %s', c.oid::regclass, quote_ident(a.attname),
                                 coalesce(pg_get_serial_sequence(c.oid::regclass::text, a.attname), dflt.seq))
    FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN LATERAL (SELECT d.refobjid::regclass::text AS seq FROM pg_attrdef ad
                         JOIN pg_depend d ON d.classid = 'pg_attrdef'::regclass AND d.objid = ad.oid
                         JOIN pg_class sq ON sq.oid = d.refobjid AND sq.relkind = 'S'
                        WHERE ad.adrelid = c.oid AND ad.adnum = a.attnum LIMIT 1) dflt ON true
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg_toast%'
      AND coalesce(pg_get_serial_sequence(c.oid::regclass::text, a.attname), dflt.seq) IS NOT NULL
    ORDER BY 1"
}

# restore_and_check LABEL SANITIZED-FILE SOURCE-DB
restore_and_check() {
  local label=$1 out=$2 src=$3 db
  db=rt_$(echo "$label" | tr -c 'a-z0-9_\n' '_')
  psql_src -d postgres -c "CREATE DATABASE $db" >/dev/null
  if psql_src -d "$db" -f "$out" > "$tmp/$db.restore.log" 2>&1; then ok "$label: restores with ON_ERROR_STOP=1"
  else bad "$label: restores with ON_ERROR_STOP=1" "$(grep -m3 ERROR "$tmp/$db.restore.log")"; fi
  check "$label: no partitioned table" 0 "$(q "$db" "SELECT count(*) FROM pg_partitioned_table")"
  check "$label: no table is a partition" 0 "$(q "$db" "SELECT count(*) FROM pg_class WHERE relispartition")"
  check "$label: pg_inherits is empty" 0 "$(q "$db" "SELECT count(*) FROM pg_inherits")"
  check "$label: every table's rows, content and indexes equal the source's (roots: all their partitions' rows)" \
    "$(tables "$src")" "$(tables "$db")"
  # Views: the same rows; only those reading a hash or DEFAULT partition
  # (and the view over one) are gone.
  local gone_views='^(sensor_zero|sensor_zero_count|sensor_zero_total_v|other_customers) '
  [ "$src" = parts ] || gone_views='^$'
  check "$label: every view and materialized view has the source's rows (views reading a hash or DEFAULT partition dropped)" \
    "$(views "$src" | grep -Ev "$gone_views")" "$(views "$db")"
  if [ "$src" = parts ]; then
    check "$label: the views and the SQL-standard function reading a hash or DEFAULT partition are gone (and the view calling that function)" "0" \
      "$(q "$db" "SELECT (SELECT count(*) FROM pg_class WHERE relname IN ('sensor_zero', 'sensor_zero_count', 'sensor_zero_total_v', 'other_customers')) + (to_regproc('public.sensor_zero_total') IS NOT NULL)::int")"
    check "$label: a SQL-standard function reading a partition returns the source's value" \
      "$(q "$src" "SELECT eu_count()")" "$(q "$db" "SELECT eu_count()")"
    check "$label: the foreign key that referenced partition customers_eu references customers" "customers" \
      "$(q "$db" "SELECT confrelid::regclass FROM pg_constraint WHERE conname = 'eu_notes_customer_id_region_fkey'")"
  fi
  # Identity and serial columns go on after the highest id.
  local cols bad_seq=""
  cols=$(sequenced_columns "$src"); [ -n "${PT_DEBUG:-}" ] && echo "$cols" >&2
  while read -r table col seq; do
    [ -n "$table" ] || continue
    local max next
    max=$(q "$db" "SELECT coalesce(max($col), 0) FROM $table")
    next=$(q "$db" "SELECT nextval('$seq')")
    [ -n "$next" ] && [ "$next" -gt "$max" ] || bad_seq+="$table.$col: next $next after max $max; "
  done <<< "$cols"
  if [ "$src" = parts ]; then  # and a row inserted without an id gets a new one
    for t in events customers; do
      local max id
      max=$(q "$db" "SELECT max(id) FROM $t")
      case $t in
        events) id=$(q "$db" "INSERT INTO events (happened, kind) VALUES ('2023-03-03', 'tap') RETURNING id" | head -1) ;;
        customers) id=$(q "$db" "INSERT INTO customers (region, name) VALUES ('eu', 'new') RETURNING id" | head -1) ;;
      esac
      [ -n "$id" ] && [ "$id" -gt "$max" ] || bad_seq+="$t: a new row got id '$id' after max $max; "
    done
  fi
  if [ -z "$bad_seq" ]; then ok "$label: identity and serial columns go on after the highest id ($(echo "$cols" | grep -c .) columns)"
  else bad "$label: identity and serial columns go on after the highest id" "$bad_seq"; fi
}

# sanitize LABEL INPUT OUT: exit 0, and idempotent.
sanitize() {
  local label=$1 in=$2 out=$3
  if "$bin" -q "$in" > "$out" 2> "$tmp/$label.err"; then ok "$label: sanitized (exit 0)"
  else bad "$label: sanitized (exit 0)" "$(grep -m3 -E 'error|warning' "$tmp/$label.err")"; fi
  if "$bin" "$out" 2> "$tmp/$label.again.err" | cmp -s - "$out" && grep -q " 0 changes," "$tmp/$label.again.err"; then
    ok "$label: idempotent (sanitizing the output again changes nothing)"
  else bad "$label: idempotent" "$(grep -v '^db9-sanitize:' "$tmp/$label.again.err" | head -3)"; fi
}

sources=()
if [ -n "$dump_file" ]; then
  # A public dump: its owner roles exist on the source, as they did there.
  psql_src -d postgres -c "CREATE ROLE postgres SUPERUSER" >/dev/null 2>&1
  psql_src -d postgres -c "CREATE DATABASE dump_src" >/dev/null
  if psql_src -d dump_src -f "$dump_file" > "$tmp/load.log" 2>&1; then ok "source: $(basename "$dump_file") loads"
  else bad "source: $(basename "$dump_file") loads" "$(grep -m3 ERROR "$tmp/load.log")"; fi
  sanitize corpus "$dump_file" "$tmp/corpus.out.sql"
  restore_and_check "corpus $(basename "$dump_file")" "$tmp/corpus.out.sql" dump_src
  if [ -n "$(q dump_src "SELECT to_regclass('public.payment')")" ]; then  # pagila
    check "corpus $(basename "$dump_file"): public.payment (partitioned) has the source's row count" \
      "$(q dump_src "SELECT count(*) FROM public.payment")" "$(q rt_corpus_pagila_sql "SELECT count(*) FROM public.payment")"
  fi
  sources=(dump_src)
else
  psql_src -d postgres -c "CREATE DATABASE parts" >/dev/null
  psql_src -d parts -f "$here/partitions_schema.sql" > "$tmp/load.log" 2>&1 || { cat "$tmp/load.log"; exit 1; }
  for method in hash range; do
    psql_src -d postgres -c "CREATE DATABASE pgb_$method" >/dev/null
    "$PG_BIN/pgbench" -i -q -s 1 --partitions=4 --partition-method=$method "pgb_$method" > "$tmp/pgb_$method.log" 2>&1 ||
      { cat "$tmp/pgb_$method.log"; exit 1; }
  done
  sources=(parts pgb_hash pgb_range)
  # The sources really have what is tested.
  check "parts: the source has 18 partitions, 1 of them partitioned, and 2 inheriting tables" "18|1|2" \
    "$(q parts "SELECT (SELECT count(*) FROM pg_class WHERE relispartition AND relkind IN ('r', 'p')), (SELECT count(*) FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid WHERE c.relispartition), (SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE NOT c.relispartition)")"
fi

if [ -z "$dump_file" ]; then
  # Hand-written scripts (the golden inputs): PARTITION OF, an ATTACH after
  # the table was filled, inheritance; sanitized, run, counted.
  golden=$here/../golden/cases
  for c in partition-handwritten:"SELECT count(*) FROM measurements":3 \
           partition-attach-after-data:"SELECT (SELECT count(*) FROM log) || '/' || (SELECT count(*) FROM late_root)":2/1 \
           inheritance-detach:"SELECT (SELECT count(*) FROM vehicles) || '/' || (SELECT count(*) FROM cars) || '/' || (SELECT count(*) FROM tagged)":0/1/0; do
    name=${c%%:*}; rest=${c#*:}; query=${rest%:*}; want=${rest##*:}
    db=hand_$(echo "$name" | tr -c 'a-z0-9\n' '_')
    "$bin" -q "$golden/$name/input.sql" > "$tmp/$name.out.sql" 2> "$tmp/$name.err"
    psql_src -d postgres -c "CREATE DATABASE $db" >/dev/null
    if psql_src -d "$db" -f "$tmp/$name.out.sql" > "$tmp/$name.log" 2>&1; then ok "$name: the sanitized script runs with ON_ERROR_STOP=1"
    else bad "$name: the sanitized script runs with ON_ERROR_STOP=1" "$(grep -m3 ERROR "$tmp/$name.log")"; fi
    check "$name: no partitioned table, no partition, pg_inherits empty" "0|0|0" \
      "$(q "$db" "SELECT (SELECT count(*) FROM pg_partitioned_table), (SELECT count(*) FROM pg_class WHERE relispartition), (SELECT count(*) FROM pg_inherits)")"
    check "$name: every row is there ($query)" "$want" "$(q "$db" "$query")"
  done
fi

for src in "${sources[@]}"; do
  for form in plain inserts; do
    label=${src}_$form
    args=(); [ $form = inserts ] && args=(--inserts)
    "$PG_BIN/pg_dump" -d "$src" "${args[@]}" -f "$tmp/$label.sql"
    sanitize "$label" "$tmp/$label.sql" "$tmp/$label.out.sql"
    restore_and_check "$label" "$tmp/$label.out.sql" "$src"
  done
done
echo "1..$n"
[ $failed -eq 0 ]
