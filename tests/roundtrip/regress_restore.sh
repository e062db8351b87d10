#!/usr/bin/env bash
# PostgreSQL's own regression database, sanitized and restored (issue 12).
#
# The `regression` database is built in a throwaway PostgreSQL 15 cluster
# from the regression sources (tests/lib/regressdb.sh; tests/regress_src.sh
# lays them out from `apt-get source postgresql-15`): partitioned and
# inherited tables, policies, publications, event triggers, foreign tables,
# types and functions in C, ... Its plain pg_dump is sanitized with the
# default rules (--report JSON) and restored with psql -v ON_ERROR_STOP=1
# into a database of a FRESH cluster (not the one it was built in: no
# regress_* roles, no regress.so), where no extension outside DB9's set is
# ever created. Then:
#   - nothing partitioned (relkind 'p', relispartition), inherited
#     (pg_inherits), no policy (pg_policy, relrowsecurity), publication,
#     event trigger, foreign table, server or wrapper is left; pg_extension
#     holds only DB9's extensions;
#   - every table's row count equals the source's: a partitioned root is
#     compared with count(*) of the root in the source (all its partitions'
#     rows, merged into one table), an inheritance parent with its ONLY
#     rows (the detached parent keeps its own rows), and the set of tables
#     is the same;
#   - every error-level finding of the run names something that was really
#     dropped: the pg_dump object its line belongs to (the "-- Name: ...;
#     Type: ...; Schema: ..." header above it) is absent from the restored
#     database, and its statement is not in the output.
# The sanitized dump is also restored WITHOUT ON_ERROR_STOP into a second
# database, and every ERROR of that run is listed (the first one alone
# hides the rest).
#
# Output is TAP. REGRESS_KEEP=DIR keeps the dump, the sanitized output and
# the logs in DIR. Usage: regress_restore.sh DB9_SANITIZE REGRESS_SRC_DIR
set -uo pipefail

if [ $# != 2 ] || [ ! -d "$2/sql" ]; then
  echo "usage: $0 DB9_SANITIZE REGRESS_SRC_DIR   (DIR/sql/*.sql: see tests/regress_src.sh)" >&2
  exit 2
fi
bin=$(realpath -- "$1")
src=$(realpath -- "$2")
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/pgcluster.sh"
source "$here/../lib/tap.sh"
source "$here/../lib/regressdb.sh"
check() { if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "want: $2" "got:  $3"; fi; }
q() { psql_src -d "$1" -Atc "$2"; }
lit() { local v=${1//\'/\'\'}; printf "'%s'" "$v"; }

work=${REGRESS_KEEP:-}
if [ -z "$work" ]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/db9-regress.XXXXXX")
else
  mkdir -p "$work"
  work=$(realpath -- "$work")
fi
chmod 755 "$work"

allowed="'plpgsql','http','uuid-ossp','hstore','fs9','pg_cron','parquet','zhparser','vector','embedding'"
# Each user table (not an extension's): name<TAB>rows, a plain table's ONLY
# rows, a partitioned root's all; partitions themselves are left out.
tables_sql="SELECT concat(c.oid::regclass, chr(9),
            (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %s %s', CASE c.relkind WHEN 'r' THEN 'ONLY' ELSE '' END, c.oid::regclass), false, true, '')))[1]::text)
          FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
            AND s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg_toast%'
            AND s.nspname NOT LIKE 'pg_temp%'
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
          ORDER BY 1"
# What the issue says may not survive, counted.
hard_sql="SELECT format('partitioned=%s partitions=%s inherits=%s policies=%s rls_tables=%s publications=%s event_triggers=%s foreign_tables=%s servers=%s wrappers=%s',
  (SELECT count(*) FROM pg_class WHERE relkind = 'p'), (SELECT count(*) FROM pg_class WHERE relispartition),
  (SELECT count(*) FROM pg_inherits), (SELECT count(*) FROM pg_policy),
  (SELECT count(*) FROM pg_class WHERE relrowsecurity OR relforcerowsecurity),
  (SELECT count(*) FROM pg_publication), (SELECT count(*) FROM pg_event_trigger),
  (SELECT count(*) FROM pg_class WHERE relkind = 'f'), (SELECT count(*) FROM pg_foreign_server),
  (SELECT count(*) FROM pg_foreign_data_wrapper))"

# 1. The source: built, counted, dumped.
# (pg_start traps EXIT with pg_stop: the scratch directory goes too)
cleanup() { pg_stop; [ -n "${REGRESS_KEEP:-}" ] || rm -rf "$work"; }
pg_start || { echo "not ok 1 - start PostgreSQL 15"; echo "1..1"; exit 1; }
trap cleanup EXIT
regress_build "$src" "$work"
built=$?
[ -n "$REGRESS_LIB_OK" ] && { [ "$REGRESS_LIB_OK" = 0 ] && ok "regress.so built with PGXS" ||
  bad "regress.so built with PGXS" "$(tail -5 "$work/regress-build.log")"; }
rels=$(q regression "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog','information_schema','pg_toast')")
[ $built = 0 ] && ok "regression database built: ${#REGRESS_TESTS[@]} scripts in $REGRESS_SECONDS s, $rels relations" ||
  bad "regression database built" "psql failed on: ${REGRESS_BROKEN[*]:-none}" "relations: $rels"
src_hard=$(q regression "$hard_sql")
# The catalog check below means something only if the source has them (the
# scripts drop their own event triggers and foreign tables before ending).
missing=$(tr ' ' '\n' <<< "$src_hard" | grep -E '^(partitioned|partitions|inherits|policies|publications)=0$' | tr '\n' ' ')
[ -z "$missing" ] && ok "the source holds what the catalog check is about: $src_hard" ||
  bad "the source holds partitioned and inherited tables, policies and publications" "none of: $missing"
q regression "$tables_sql" > "$work/source-tables.txt"
echo "# source: $(wc -l < "$work/source-tables.txt") tables (partitions left out), $(awk -F'\t' '{s += $2} END {print s + 0}' "$work/source-tables.txt") rows"
if "$PG_BIN/pg_dump" -d regression > "$work/plain.sql" 2> "$work/pg_dump.err"; then ok "pg_dump regression: $(wc -c < "$work/plain.sql") bytes"
else bad "pg_dump regression" "$(head -3 "$work/pg_dump.err")"; fi
pg_stop

# 2. Sanitized with the defaults.
"$bin" --report "$work/report.json" "$work/plain.sql" > "$work/once.sql" 2> "$work/once.err"
rc=$?
[ $rc = 0 ] && ok "sanitized with the defaults: $(tail -n 1 "$work/once.err")" ||
  bad "sanitized with the defaults (exit $rc)" "$(grep -v '^db9-sanitize:' "$work/once.err" | head -5)"

# 3. Restored into a fresh cluster.
pg_start || { bad "start a fresh PostgreSQL 15"; echo "1..$n"; exit 1; }
trap cleanup EXIT
psql_src -d postgres -c "CREATE DATABASE restored TEMPLATE template0" -c "CREATE DATABASE restored_all TEMPLATE template0" >/dev/null
"$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -d restored -f "$work/once.sql" > "$work/restore.log" 2>&1
rc=$?
if [ $rc = 0 ]; then ok "the sanitized dump restores with psql -v ON_ERROR_STOP=1 into a fresh PostgreSQL 15"
else
  mapfile -t lines < <(grep -m 1 -A 2 'ERROR' "$work/restore.log")
  bad "the sanitized dump restores with psql -v ON_ERROR_STOP=1 into a fresh PostgreSQL 15 (psql exit $rc)" "${lines[@]}"
fi
# Every error, not only the first.
"$PG_BIN/psql" -X -q -d restored_all -f "$work/once.sql" > "$work/restore-all.log" 2>&1
grep 'ERROR:' "$work/restore-all.log" > "$work/restore-errors.txt"
errs=$(wc -l < "$work/restore-errors.txt")
if [ "$errs" = 0 ]; then ok "restored without ON_ERROR_STOP: no ERROR at all"
else
  mapfile -t lines < <(sed -E 's/^psql:[^:]*:([0-9]+): /line \1: /' "$work/restore-errors.txt" | head -n 40)
  bad "restored without ON_ERROR_STOP: $errs ERRORs (all in $work/restore-errors.txt)" "${lines[@]}"
fi

# 4. What may not survive did not.
check "nothing partitioned, inherited, no policy, publication, event trigger or foreign table is left" \
  "partitioned=0 partitions=0 inherits=0 policies=0 rls_tables=0 publications=0 event_triggers=0 foreign_tables=0 servers=0 wrappers=0" \
  "$(q restored "$hard_sql")"
check "pg_extension holds only DB9's extensions" "" \
  "$(q restored "SELECT string_agg(extname, ',') FROM pg_extension WHERE extname NOT IN ($allowed)")"

# 5. Every table, with the source's row count (after a failed restore, the
# run without ON_ERROR_STOP is compared too, for the details).
tables_diff() {  # DB: prints the differing lines, source's then restored's
  q "$1" "$tables_sql" > "$work/$1-tables.txt"
  diff "$work/source-tables.txt" "$work/$1-tables.txt" | grep '^[<>]' |
    sed -e 's/^</source:  /' -e 's/^>/restored:/'
}
mapfile -t diffs < <(tables_diff restored)
if [ ! -s "$work/source-tables.txt" ]; then
  bad "every table's row count equals the source's" "the source has no table: nothing to compare"
elif [ ${#diffs[@]} = 0 ]; then
  ok "every table's row count equals the source's ($(wc -l < "$work/source-tables.txt") tables; a merged root holds all its partitions' rows)"
else
  bad "every table's row count equals the source's ($(grep -c '^source' < <(printf '%s\n' "${diffs[@]}")) of $(wc -l < "$work/source-tables.txt") source tables differ)" "${diffs[@]:0:40}"
  if [ "$errs" != 0 ]; then
    mapfile -t diffs < <(tables_diff restored_all)
    echo "# restored without ON_ERROR_STOP: $(grep -c '^source' < <(printf '%s\n' "${diffs[@]}")) tables differ"
    printf '#   %s\n' "${diffs[@]:0:40}"
  fi
fi

# 6. Every error-level finding names something really dropped.
python3 - "$work/plain.sql" "$work/report.json" "$work/once.sql" > "$work/error-findings.tsv" <<'EOF'
import json, re, sys
dump, report, out = sys.argv[1:4]
lines = open(dump, encoding='utf-8', errors='surrogateescape').read().split('\n')
output = open(out, encoding='utf-8', errors='surrogateescape').read()
header = re.compile(r'^-- Name: (.*); Type: (.*); Schema: (.*); Owner: ')
for rule, fs in json.load(open(report))['findings'].items():
    for f in fs:
        if f['severity'] != 'error':
            continue
        ln = f['line']
        name = typ = schema = ''
        k = ln - 1
        while k >= 0:
            m = header.match(lines[k])
            if m:
                name, typ, schema = m.groups()
                break
            k -= 1
        # The statement: from the first line after the header block to the
        # line ending with ';' (pg_dump writes one per object header).
        s = k + 1
        while s < len(lines) and (lines[s].startswith('--') or lines[s] == ''):
            s += 1
        e = s
        while e < len(lines) and not lines[e].rstrip().endswith(';'):
            e += 1
        stmt = '\n'.join(lines[s:e + 1])
        kept = stmt in output
        print('\t'.join([rule, str(ln), typ, schema, name, 'kept' if kept else 'gone', f['message'].replace('\t', ' ').replace('\n', ' ')]))
EOF
nerr=0; notgone=()
while IFS=$'\t' read -r rule line typ schema name fate msg; do
  nerr=$((nerr + 1))
  # Present in the restored database?
  case $typ in
    TABLE|VIEW|"MATERIALIZED VIEW"|INDEX|SEQUENCE|"FOREIGN TABLE")
      found=$(q restored "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $(lit "$schema") AND c.relname = $(lit "$name")");;
    FUNCTION|PROCEDURE|AGGREGATE)
      found=$(q restored "SELECT count(*) FROM pg_proc WHERE oid = to_regprocedure($(lit "$schema.$name"))" 2>&1);;
    TRIGGER)
      found=$(q restored "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $(lit "$schema") AND format('%s %s', c.relname, t.tgname) = $(lit "$name")");;
    CONSTRAINT|"FK CONSTRAINT"|"CHECK CONSTRAINT")
      found=$(q restored "SELECT count(*) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $(lit "$schema") AND format('%s %s', c.relname, k.conname) = $(lit "$name")");;
    TYPE|DOMAIN)
      found=$(q restored "SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $(lit "$schema") AND t.typname = $(lit "$name")");;
    POLICY)
      found=$(q restored "SELECT count(*) FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $(lit "$schema") AND format('%s %s', c.relname, p.polname) = $(lit "$name")");;
    RULE)
      found=$(q restored "SELECT count(*) FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $(lit "$schema") AND format('%s %s', c.relname, r.rulename) = $(lit "$name")");;
    *) found=unknown;;
  esac
  if [ "$fate" != gone ] || [ "$found" != 0 ]; then
    notgone+=("[$rule] line $line: $typ $schema.$name: statement $fate, in the restored database: $found; $msg")
  fi
done < "$work/error-findings.tsv"
if [ ${#notgone[@]} = 0 ]; then
  ok "every error-level finding ($nerr) names something really dropped"
else
  bad "every error-level finding ($nerr) names something really dropped: ${#notgone[@]} do not" "${notgone[@]:0:40}"
fi
echo "# error-level findings by rule: $(cut -f1 "$work/error-findings.tsv" | sort | uniq -c | awk '{printf "%s%s x%s", sep, $2, $1; sep=", "}')"

echo "1..$n"
[ $failed = 0 ]
