#!/usr/bin/env bash
# Real-PostgreSQL round trip: load schema.sql (tricky on purpose) into a
# throwaway PostgreSQL 15 cluster, dump it with the real pg_dump (plain,
# --inserts, --create, -Z 6, and --create of the database under a name that
# needs quoting), and for every dump check that
#   - db9-sanitize --disable all reproduces the dump byte for byte;
#   - db9-sanitize (default rules) exits 0 with no warning or error;
#   - its output restores with psql -v ON_ERROR_STOP=1 into a fresh database;
#   - the restored database equals the source: every user table's row count
#     and content checksum, and the definitions of columns, constraints,
#     indexes, functions, rules, views, triggers, types, sequences, policies,
#     large objects, operators/aggregates/event triggers/publications,
#     comments (and, for --create, the database's comment and settings).
# Output is TAP. PostgreSQL missing is a failure, never a skip.
# RT_KEEP=DIR in the environment keeps the work files (dumps, logs) in DIR.
#
# Usage: tests/roundtrip/run.sh PATH/TO/db9-sanitize
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 DB9_SANITIZE" >&2
  exit 2
fi
bin=$(realpath -m -- "$1")
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../lib/pgcluster.sh
source "$(dirname "$0")/../lib/pgcluster.sh"

n=0
failed=0
# report STATUS DESCRIPTION [DETAIL-FILE]: one TAP line; on failure, the
# detail (a diff, a log) goes to stderr, shortened.
report() {
  local status=$1 desc=$2 detail=${3:-}
  n=$((n + 1))
  desc=${desc//$'\n'/ }
  if [ "$status" = 0 ]; then
    echo "ok $n - $desc"
  else
    echo "not ok $n - $desc"
    failed=$((failed + 1))
    if [ -n "$detail" ] && [ -s "$detail" ]; then
      head -c 8000 "$detail" | head -n 40 | cut -c1-300 | sed 's/^/#   /' >&2
    fi
  fi
}
finish() {
  echo "1..$n"
  # RT_KEEP=DIR keeps the dumps, the sanitized output and the logs there.
  if [ -n "${RT_KEEP:-}" ] && [ -n "${work:-}" ] && [ -d "$work" ]; then
    mkdir -p "$RT_KEEP" && cp -a "$work/." "$RT_KEEP/" && echo "# kept the work files in $RT_KEEP" >&2
  fi
  [ "$failed" -eq 0 ] || { echo "# $failed of $n checks failed" >&2; exit 1; }
  exit 0
}
# bail DESCRIPTION [DETAIL-FILE]: a setup step failed; nothing else can run.
bail() {
  report 1 "$@"
  finish
}

start=$SECONDS

[ -x "$bin" ] || bail "db9-sanitize binary $bin is executable"
for tool in pg_dump psql initdb pg_ctl; do
  [ -x "$PG_BIN/$tool" ] || bail "PostgreSQL 15 tool $PG_BIN/$tool is installed (apt-get install postgresql-15)"
done

err=$(mktemp "${TMPDIR:-/tmp}/db9-rt-start.XXXXXX")
if pg_start 2>"$err"; then
  rm -f "$err"
  report 0 "start a throwaway PostgreSQL 15 cluster"
else
  report 1 "start a throwaway PostgreSQL 15 cluster" "$err"
  rm -f "$err"
  finish
fi
# pg_start's trap removes $PG_TMP (and so $work) on exit.
work=$PG_TMP/work
mkdir -p "$work"

psql_q() { psql_src -At "$@"; }

# ---- the source database -----------------------------------------------------

if psql_src -d postgres -c 'CREATE DATABASE rt_src' >"$work/load.log" 2>&1 &&
   psql_src -d rt_src -f "$here/schema.sql" >>"$work/load.log" 2>&1; then
  report 0 "load schema.sql into rt_src"
else
  bail "load schema.sql into rt_src" "$work/load.log"
fi

# ---- fingerprints ----------------------------------------------------------------

# Everything in the user's schemas, as text that does not depend on OIDs.
user_ns="n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'"
# Each query yields rows of one column x; fingerprint() sorts and joins them.
declare -A catalog_sql=(
  [relations]="
    SELECT format('%I.%I %s', n.nspname, c.relname, c.relkind)
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE $user_ns"
  [columns]="
    SELECT format('%I.%I.%s %I %s notnull=%s gen=%s ident=%s default=%s',
                  n.nspname, c.relname, to_char(a.attnum, 'FM000'), a.attname, format_type(a.atttypid, a.atttypmod),
                  a.attnotnull, a.attgenerated, a.attidentity, pg_get_expr(d.adbin, d.adrelid))
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE $user_ns AND a.attnum > 0 AND NOT a.attisdropped"
  [constraints]="
    SELECT format('%s %I %s', coalesce(c.conrelid::regclass::text, c.contypid::regtype::text),
                  c.conname, pg_get_constraintdef(c.oid))
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE $user_ns"
  [indexes]="
    SELECT indexdef FROM pg_indexes n
     WHERE n.schemaname NOT IN ('pg_catalog', 'information_schema') AND n.schemaname NOT LIKE 'pg\_%'"
  [functions]="
    SELECT pg_get_functiondef(p.oid)
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE $user_ns AND p.prokind IN ('f', 'p')"
  [rules]="
    SELECT format('%I.%I %I: %s', schemaname, tablename, rulename, definition) FROM pg_rules n
     WHERE n.schemaname NOT IN ('pg_catalog', 'information_schema') AND n.schemaname NOT LIKE 'pg\_%'"
  [views]="
    SELECT format('%I.%I %s: %s', n.nspname, c.relname, c.relkind, pg_get_viewdef(c.oid))
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE $user_ns AND c.relkind IN ('v', 'm')"
  [triggers]="
    SELECT pg_get_triggerdef(t.oid)
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE $user_ns AND NOT t.tgisinternal"
  [types]="
    SELECT format('enum %s %s', t.oid::regtype, string_agg(quote_literal(e.enumlabel), ',' ORDER BY e.enumsortorder))
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE $user_ns GROUP BY t.oid
    UNION ALL
    SELECT format('domain %s %s notnull=%s default=%s', t.oid::regtype, format_type(t.typbasetype, t.typtypmod),
                  t.typnotnull, t.typdefault)
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE $user_ns AND t.typtype = 'd'"
  [sequences]="
    SELECT format('%I.%I %s %s %s %s %s %s %s', schemaname, sequencename, data_type, start_value,
                  min_value, max_value, increment_by, cycle, last_value) FROM pg_sequences n
     WHERE n.schemaname NOT IN ('pg_catalog', 'information_schema') AND n.schemaname NOT LIKE 'pg\_%'"
  [policies]="
    SELECT format('%I.%I %I %s %s roles=%s using=%s check=%s', schemaname, tablename, policyname, permissive, cmd,
                  roles, qual, with_check) FROM pg_policies
    UNION ALL
    SELECT format('rls %s %s', c.oid::regclass, c.relrowsecurity)
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE $user_ns AND c.relrowsecurity"
  [largeobjects]="
    SELECT format('%s %s', oid, md5(lo_get(oid))) FROM pg_largeobject_metadata"
  [other]="
    SELECT format('operator %s(%s,%s) %s', o.oid::regoperator, o.oprleft::regtype, o.oprright::regtype, o.oprcode)
      FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace WHERE $user_ns
    UNION ALL
    SELECT format('aggregate %s %s %s %L', a.aggfnoid::regprocedure, a.aggtransfn, a.aggtranstype::regtype, a.agginitval)
      FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid JOIN pg_namespace n ON n.oid = p.pronamespace WHERE $user_ns
    UNION ALL
    SELECT format('statistics %I.%I %s', n.nspname, s.stxname, pg_get_statisticsobjdef_columns(s.oid))
      FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace WHERE $user_ns
    UNION ALL
    SELECT format('event trigger %I %s %s %s %s', evtname, evtevent, evtfoid::regproc, evtenabled, evttags) FROM pg_event_trigger
    UNION ALL
    SELECT format('publication %I %s', p.pubname, string_agg(r.prrelid::regclass::text, ',' ORDER BY r.prrelid::regclass::text))
      FROM pg_publication p LEFT JOIN pg_publication_rel r ON r.prpubid = p.oid GROUP BY p.pubname
    UNION ALL
    SELECT format('function config %s %s', p.oid::regprocedure, p.proconfig)
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE $user_ns AND p.proconfig IS NOT NULL"
  [comments]="
    SELECT format('%s: %s', pg_describe_object(classoid, objoid, objsubid), description)
      FROM pg_description WHERE objoid >= 16384
    UNION ALL
    SELECT format('%s: %s', pg_describe_object(classoid, objoid, 0), description)
      FROM pg_shdescription WHERE objoid >= 16384 AND classoid <> 'pg_database'::regclass"
)
catalog_keys=(relations columns constraints indexes functions rules views triggers types sequences policies
              largeobjects other comments)
# Database-level state: only pg_dump --create carries it.
db_sql="
  SELECT format('comment=%s settings=%s', shobj_description(d.oid, 'pg_database'),
                (SELECT setconfig FROM pg_db_role_setting WHERE setdatabase = d.oid AND setrole = 0))
    FROM pg_database d WHERE d.datname = current_database()"
# One query per table and materialized view: a display name (no control
# characters), the row count and an order-independent content checksum.
tables_sql="
  SELECT format('SELECT %L, count(*), md5(coalesce(string_agg(t::text, E''\\n'' ORDER BY t::text), %L)) FROM %I.%I t',
                regexp_replace(format('%I.%I', n.nspname, c.relname), '[[:cntrl:]]', '\\n', 'g'), '',
                n.nspname, c.relname)
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE $user_ns AND c.relkind IN ('r', 'p', 'm')
   ORDER BY n.nspname, c.relname"

# fingerprint DB DIR: write DIR/<key>.txt for every catalog query, DIR/db.txt
# and DIR/tables.txt (name TAB count TAB md5, one line per table).
fingerprint() {
  local db=$1 dir=$2 key
  # A session's own settings must not change how data prints: pin them.
  local -x PGOPTIONS="-c DateStyle=ISO,MDY -c IntervalStyle=postgres -c TimeZone=UTC -c extra_float_digits=1 -c bytea_output=hex -c search_path=public"
  mkdir -p "$dir"
  for key in "${catalog_keys[@]}"; do
    psql_q -d "$db" -c "SELECT coalesce(string_agg(x, E'\n' ORDER BY x), '') FROM (${catalog_sql[$key]}) s (x)" \
      >"$dir/$key.txt"
  done
  psql_q -d "$db" -c "$db_sql" >"$dir/db.txt"
  printf '%s\n\\gexec\n' "$tables_sql" | psql_q -d "$db" -F $'\t' >"$dir/tables.txt"
}

if fingerprint rt_src "$work/src" 2>"$work/fp.err"; then
  report 0 "fingerprint the source database"
else
  bail "fingerprint the source database" "$work/fp.err"
fi

# Sanity: the source has what the test is about.
declare -A src_rows=()
while IFS=$'\t' read -r name count _; do src_rows[$name]=$count; done <"$work/src/tables.txt"
empty=()
big=0
for name in "${!src_rows[@]}"; do
  [ "${src_rows[$name]}" -gt 0 ] || empty+=("$name")
  [ "${src_rows[$name]}" -ge 2000 ] && big=$((big + 1))
done
printf '%s\n' "${empty[@]}" >"$work/empty.txt"
report "$([ ${#empty[@]} -eq 0 ] && [ ${#src_rows[@]} -ge 10 ] && echo 0 || echo 1)" \
  "source: ${#src_rows[@]} tables and materialized views, none empty" "$work/empty.txt"
report "$([ $big -ge 3 ] && echo 0 || echo 1)" "source: $big tables with 2000 rows or more"
for key in functions rules views triggers policies largeobjects other comments; do
  report "$([ -s "$work/src/$key.txt" ] && echo 0 || echo 1)" "source: has $key"
done

# ---- the dumps ---------------------------------------------------------------------

# kind -> pg_dump options and the name of the database dumped. The --create
# dumps carry CREATE DATABASE, database-level state and a \connect; the
# second one is of the same database renamed to a name that pg_dump must
# quote (\connect -reuse-previous=on "dbname='...'").
weird_db="rt weird; \"db\" 'x' \\ y"
weird_db_sql="\"${weird_db//\"/\"\"}\""
kinds=(plain inserts create gzip create-weird)
declare -A dump_opts=([plain]="" [inserts]="--inserts" [create]="--create" [gzip]="-Z 6" [create-weird]="--create")
declare -A dump_file=([plain]=plain.sql [inserts]=inserts.sql [create]=create.sql [gzip]=plain.sql.gz
                      [create-weird]=create-weird.sql)
declare -A dump_db=([plain]=rt_src [inserts]=rt_src [create]=rt_src [gzip]=rt_src [create-weird]=$weird_db)

for kind in "${kinds[@]}"; do
  dump=$work/${dump_file[$kind]}
  db=${dump_db[$kind]}
  [ "$db" = rt_src ] || psql_src -d postgres -c "ALTER DATABASE rt_src RENAME TO $weird_db_sql"
  # shellcheck disable=SC2086
  if "$PG_BIN/pg_dump" ${dump_opts[$kind]} -f "$dump" "$db" 2>"$work/$kind.dump.err"; then rc=0; else rc=$?; fi
  [ "$db" = rt_src ] || psql_src -d postgres -c "ALTER DATABASE $weird_db_sql RENAME TO rt_src"
  [ "$rc" = 0 ] || bail "$kind: pg_dump ${dump_opts[$kind]:-(plain)}" "$work/$kind.dump.err"
  report 0 "$kind: pg_dump ${dump_opts[$kind]:-(plain)}"
done
if gzip -t "$work/plain.sql.gz" 2>/dev/null; then rc=0; else rc=1; fi
report "$rc" "gzip: the dump is gzip-compressed"

# Sanity: the dumps have the shapes the lexer must get right.
# has_shape DESCRIPTION FILE GREP-ARGS...
has_shape() {
  local desc=$1 file=$2; shift 2
  if grep -q "$@" "$file"; then report 0 "$desc"; else report 1 "$desc"; fi
}
# shellcheck disable=SC2016  # literal $ in these patterns
has_shape 'plain dump: a function quoted with $_$' "$work/plain.sql" -F 'AS $_$'
# shellcheck disable=SC2016
has_shape 'plain dump: a function quoted with $_X$' "$work/plain.sql" -F 'AS $_X$'
has_shape 'plain dump: BEGIN ATOMIC bodies' "$work/plain.sql" -F 'BEGIN ATOMIC'
has_shape 'plain dump: a multi-action rule' "$work/plain.sql" -F 'DO ( INSERT'
has_shape 'plain dump: a COPY data line starting \\.' "$work/plain.sql" '^\\\\\.'
has_shape 'plain dump: a COPY data line starting \\connect' "$work/plain.sql" '^\\\\connect foo'
has_shape 'plain dump: large objects' "$work/plain.sql" -F 'SELECT pg_catalog.lowrite(0, '
has_shape 'inserts dump: a line that is exactly \. inside a string' "$work/inserts.sql" -x '\\\.'
has_shape 'inserts dump: a line starting \c inside a string' "$work/inserts.sql" '^\\c postgres'
has_shape 'inserts dump: a line starting \! inside a string' "$work/inserts.sql" '^\\! echo pwned'
has_shape 'create dump: \connect rt_src' "$work/create.sql" -x '\\connect rt_src'
has_shape 'create dump: ALTER DATABASE ... SET with quotes' "$work/create.sql" -F 'SET "app.motto" TO '
has_shape 'create-weird dump: \connect -reuse-previous=on' "$work/create-weird.sql" '^\\connect -reuse-previous=on "dbname='

# ---- per dump: identity, sanitize, restore, compare ------------------------------

for kind in "${kinds[@]}"; do
  dump=$work/${dump_file[$kind]}
  plain=$dump
  if [ "$kind" = gzip ]; then plain=$work/gzip.uncompressed.sql; gzip -dc "$dump" >"$plain"; fi

  # (a) identity with every rule off, from the file, and from stdin
  for via in file stdin; do
    out=$work/$kind.identity.$via.sql
    errf=$work/$kind.identity.$via.err
    if [ $via = file ]; then
      if "$bin" -q --disable all "$dump" >"$out" 2>"$errf"; then rc=0; else rc=$?; fi
    else
      if "$bin" -q --disable all <"$dump" >"$out" 2>"$errf"; then rc=0; else rc=$?; fi
    fi
    if [ "$rc" = 0 ] && cmp "$out" "$plain" >>"$errf" 2>&1; then
      report 0 "$kind: db9-sanitize --disable all reproduces the dump byte for byte ($via)"
    else
      echo "exit status $rc" >>"$errf"
      diff -a "$plain" "$out" 2>&1 | head -n 20 >>"$errf" || true
      report 1 "$kind: db9-sanitize --disable all reproduces the dump byte for byte ($via)" "$errf"
    fi
  done

  # (b) the streaming core (rules off: this schema is PostgreSQL's whole
  # surface, RLS and publications included, and must come back entire; the
  # DB9 rules have their own round trip, tests/roundtrip/rules.sh): exit 0,
  # no warning or error
  sanitized=$work/$kind.sanitized.sql
  if "$bin" --disable all "$dump" >"$sanitized" 2>"$work/$kind.sanitize.err"; then rc=0; else rc=$?; fi
  report "$rc" "$kind: db9-sanitize exits 0 (got $rc)" "$work/$kind.sanitize.err"
  grep -E ': (warning|error):' "$work/$kind.sanitize.err" >"$work/$kind.diag.err" || true
  report "$([ -s "$work/$kind.diag.err" ] && echo 1 || echo 0)" \
    "$kind: db9-sanitize reports no warning or error" "$work/$kind.diag.err"

  # restore into a fresh database
  case $kind in
    create*)
      # The dump creates the database itself and \connects to it; the source
      # steps aside so that the name is free.
      dst=${dump_db[$kind]}
      psql_src -d postgres -c 'ALTER DATABASE rt_src RENAME TO rt_src_orig'
      if psql_src -d postgres -f "$sanitized" >/dev/null 2>"$work/$kind.restore.log"; then rc=0; else rc=$?; fi
      ;;
    *)
      dst=rt_dst_$kind
      psql_src -d postgres -c "CREATE DATABASE $dst"
      if psql_src -d "$dst" -f "$sanitized" >/dev/null 2>"$work/$kind.restore.log"; then rc=0; else rc=$?; fi
      ;;
  esac
  report "$rc" "$kind: the sanitized dump restores with ON_ERROR_STOP=1" "$work/$kind.restore.log"

  # (c) compare
  got=$work/$kind.restored
  if fingerprint "$dst" "$got" 2>"$work/$kind.fp.err"; then
    declare -A got_rows=() got_sum=()
    while IFS=$'\t' read -r name count sum; do got_rows[$name]=$count; got_sum[$name]=$sum; done <"$got/tables.txt"
    while IFS=$'\t' read -r name count sum; do
      if [ "${got_rows[$name]:-missing}" = "$count" ] && [ "${got_sum[$name]:-}" = "$sum" ] && [ "$count" -gt 0 ]; then
        report 0 "$kind: table $name: $count rows, same content"
      else
        echo "source: $count rows, md5 $sum; restored: ${got_rows[$name]:-missing} rows, md5 ${got_sum[$name]:-missing}" \
          >"$work/$kind.table.err"
        report 1 "$kind: table $name: $count rows, same content" "$work/$kind.table.err"
      fi
    done <"$work/src/tables.txt"
    unset got_rows got_sum
    for key in "${catalog_keys[@]}"; do
      if diff -u "$work/src/$key.txt" "$got/$key.txt" >"$work/$kind.$key.diff"; then
        report 0 "$kind: same $key"
      else
        report 1 "$kind: same $key" "$work/$kind.$key.diff"
      fi
    done
    case $kind in
      create*)
        if diff -u "$work/src/db.txt" "$got/db.txt" >"$work/$kind.db.diff"; then
          report 0 "$kind: same database comment and settings"
        else
          report 1 "$kind: same database comment and settings" "$work/$kind.db.diff"
        fi
        ;;
    esac
  else
    report 1 "$kind: fingerprint the restored database" "$work/$kind.fp.err"
  fi

  case $kind in
    create*)
      psql_src -d postgres -c "DROP DATABASE IF EXISTS $( [ "$dst" = rt_src ] && echo rt_src || echo "$weird_db_sql")" \
        -c 'ALTER DATABASE rt_src_orig RENAME TO rt_src'
      ;;
    *) psql_src -d postgres -c "DROP DATABASE $dst" ;;
  esac
done

echo "# runtime $((SECONDS - start)) s" >&2
finish
