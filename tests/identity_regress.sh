#!/usr/bin/env bash
# Identity on PostgreSQL's own regression database.
#
# Given a directory of PostgreSQL regression sources (kept OUTSIDE this
# repository: they are PostgreSQL's files), build the `regression` database
# in a throwaway PostgreSQL 15 cluster by running the schedule's SQL scripts
# with psql the way pg_regress does (errors in the scripts are expected and
# ignored: the goal is a rich database, not passing tests), dump it with the
# real pg_dump in every form, and check each dump:
#   - identity: `--disable all --strict` reproduces it byte for byte, exit 0,
#     zero parse errors;
#   - the default rules run to completion: exit 0, or exit 4 stopped only by
#     an error-level rule that exists to stop (meta-command, copy-program,
#     encoding) — any other error, or a [parse] diagnostic, fails;
#   - idempotence: sanitizing the sanitized output again changes nothing
#     (for a run stopped by an error-level rule, that rule is set to warn);
#   - the sanitized output of each single-database dump restores into a
#     fresh database with psql -v ON_ERROR_STOP=1.
# It also reports which hard constructs each dump holds (\restrict,
# \connect, BEGIN ATOMIC, $_$ bodies, identifiers with newlines, COPY data
# with backslash-dot text), the dump sizes, statement counts and timings.
#
# Directory layout (DIR):
#   DIR/sql/NAME.sql          the test scripts
#   DIR/data/*                data files the scripts COPY from (optional)
#   DIR/schedule or DIR/parallel_schedule
#                             `test: a b c` lines, run in order (else every
#                             sql/*.sql in name order)
#   DIR/regress.c or DIR/c/regress.c
#                             built into regress.so with PGXS when present
#                             (needs postgresql-server-dev-15)
# PG15 scripts read abs_srcdir, abs_builddir, libdir and dlsuffix with
# \getenv, set as pg_regress does (tests/lib/regressdb.sh).
# tests/regress_src.sh lays out DIR from `apt-get source postgresql-15`.
#
# Output is TAP. REGRESS_KEEP=DIR keeps the dumps and logs in DIR.
# Usage: tests/identity_regress.sh DB9_SANITIZE [DIR]   (or DB9_PG_REGRESS_SRC=DIR)
set -uo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 DB9_SANITIZE [REGRESS_SRC_DIR]" >&2
  exit 2
fi
bin=$(realpath -m -- "$1")
src=${2:-${DB9_PG_REGRESS_SRC:-}}
if [ -z "$src" ] || [ ! -d "$src/sql" ]; then
  echo "Bail out! no regression sources: give DIR with DIR/sql/*.sql (or set DB9_PG_REGRESS_SRC)"
  exit 1
fi
src=$(realpath -- "$src")
# shellcheck source=lib/pgcluster.sh
source "$(dirname "$0")/lib/pgcluster.sh"

n=0
failed=0
report() {  # STATUS DESCRIPTION [DETAIL-FILE]
  n=$((n + 1))
  if [ "$1" = 0 ]; then
    echo "ok $n - $2"
  else
    echo "not ok $n - $2"
    failed=$((failed + 1))
    [ -n "${3:-}" ] && [ -s "$3" ] && head -c 2000 "$3" | sed 's/^/#   /'
  fi
}
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

pg_start || { echo "Bail out! could not start PostgreSQL 15"; exit 1; }
work=${REGRESS_KEEP:-$PG_TMP/work}
mkdir -p "$work"
chmod 755 "$PG_TMP"

# Build the database as pg_regress would (tests/lib/regressdb.sh).
# shellcheck source=lib/regressdb.sh
source "$(dirname "$0")/lib/regressdb.sh"
regress_build "$src" "$work"
built=$?
case $REGRESS_LIB_OK in
  '') echo "# no regress.c in $src: scripts that load C functions will fail (harmlessly)";;
  *) report "$REGRESS_LIB_OK" "regress.so built with PGXS" "$work/regress-build.log";;
esac
tests=("${REGRESS_TESTS[@]}")
echo "# ran ${#tests[@]} scripts in $REGRESS_SECONDS s: ${tests[*]}"
rels=$(psql_src -d regression -Atc "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog','information_schema','pg_toast')")
funcs=$(psql_src -d regression -Atc "SELECT count(*) FROM pg_proc WHERE pronamespace > 16383 OR pronamespace = 2200")
report $built "regression database built: $rels relations, $funcs functions${REGRESS_BROKEN[*]:+; psql failed on: ${REGRESS_BROKEN[*]}}"

# Names with a line break in them (pg_dump writes them as "quoted
# identifiers" spanning lines).
echo "# object names holding a newline: $(psql_src -d regression -Atc "SELECT (SELECT count(*) FROM pg_class WHERE relname ~ E'\\n') + (SELECT count(*) FROM pg_attribute WHERE attname ~ E'\\n' AND NOT attisdropped) + (SELECT count(*) FROM pg_proc WHERE proname ~ E'\\n') + (SELECT count(*) FROM pg_namespace WHERE nspname ~ E'\\n') + (SELECT count(*) FROM pg_type WHERE typname ~ E'\\n') + (SELECT count(*) FROM pg_constraint WHERE conname ~ E'\\n') + (SELECT count(*) FROM pg_trigger WHERE tgname ~ E'\\n') + (SELECT count(*) FROM pg_rewrite WHERE rulename ~ E'\\n') + (SELECT count(*) FROM pg_roles WHERE rolname ~ E'\\n')")"

# The dumps.
dumps=()
dump() {  # NAME COMMAND...
  local name=$1; shift
  if "$@" >"$work/$name.sql" 2>"$work/$name.err"; then
    dumps+=("$name")
  else
    report 1 "pg_dump: $name" "$work/$name.err"
  fi
}
dump plain "$PG_BIN/pg_dump" -d regression
dump create "$PG_BIN/pg_dump" --create -d regression
dump inserts "$PG_BIN/pg_dump" --inserts -d regression
dump column-inserts "$PG_BIN/pg_dump" --column-inserts --rows-per-insert=3 -d regression
dump quote-all "$PG_BIN/pg_dump" --quote-all-identifiers -d regression
dump no-dollar "$PG_BIN/pg_dump" --disable-dollar-quoting -d regression
dump latin1 "$PG_BIN/pg_dump" --encoding=LATIN1 -d regression
if "$PG_BIN/pg_dump" -Fc -f "$work/regression.dump" -d regression 2>"$work/custom.err"; then
  dump custom "$PG_BIN/pg_restore" -f - "$work/regression.dump"
else
  report 1 "pg_dump -Fc" "$work/custom.err"
fi
dump dumpall-schema "$PG_BIN/pg_dumpall" --schema-only
dump globals "$PG_BIN/pg_dumpall" --globals-only

# Which hard constructs a dump holds.
constructs() {  # FILE
  local f=$1
  printf '\\restrict=%s \\connect=%s BEGIN-ATOMIC=%s $_$-bodies=%s COPY-blocks=%s backslash-dot-in-COPY-data=%s' \
    "$(grep -c '^\\restrict ' "$f")" "$(grep -c '^\\connect ' "$f")" \
    "$(grep -c 'BEGIN ATOMIC' "$f")" "$(grep -c '\$_\$' "$f")" \
    "$(grep -c '^COPY .* FROM stdin;$' "$f")" \
    "$(awk '/^COPY .* FROM stdin;$/ { c = 1; next } c && /^\\\.$/ { c = 0; next } c && /\\\\\./ { k++ } END { print k + 0 }' "$f")"
}

for d in "${dumps[@]}"; do
  f=$work/$d.sql
  size=$(stat -c %s "$f")
  echo "# $d: $size bytes, $(wc -l <"$f") lines; $(constructs "$f")"

  # 1. identity with every rule off, strict parsing.
  ta=$(now)
  "$bin" -q --disable all --strict --report "$work/$d.identity.json" "$f" >"$work/$d.identity.out" 2>"$work/$d.identity.err"
  rc=$?
  tb=$(now)
  if [ $rc = 0 ] && cmp -s "$work/$d.identity.out" "$f" && [ ! -s "$work/$d.identity.err" ]; then
    report 0 "identity --disable all --strict: $d"
  else
    { echo "exit $rc"; cmp "$work/$d.identity.out" "$f"; cat "$work/$d.identity.err"; } >"$work/$d.detail" 2>&1
    report 1 "identity --disable all --strict: $d" "$work/$d.detail"
  fi
  stmts=$(jq -r '.statements' "$work/$d.identity.json" 2>/dev/null)
  perr=$(jq -r '.parse_errors' "$work/$d.identity.json" 2>/dev/null)
  echo "#   $stmts statements, $perr parse errors, $(jq -r '.copy_blocks' "$work/$d.identity.json" 2>/dev/null) COPY blocks, $(jq -r '.meta_commands' "$work/$d.identity.json" 2>/dev/null) meta-commands; identity pass $(elapsed "$ta" "$tb") s"
  [ "$perr" = 0 ] && report 0 "zero parse errors: $d" || report 1 "zero parse errors: $d ($perr)"

  # 2. the default rules run to completion.
  ta=$(now)
  "$bin" "$f" >"$work/$d.once.sql" 2>"$work/$d.once.err"
  rc=$?
  tb=$(now)
  errors=$(grep -o ': error: .*\[[a-z-]*\]$' "$work/$d.once.err" | grep -o '\[[a-z-]*\]$' | sort | uniq -c |
    awk '{ printf "%s%s x%s", sep, $2, $1; sep = ", " }')
  echo "#   default rules: exit $rc in $(elapsed "$ta" "$tb") s; $(tail -n 1 "$work/$d.once.err")${errors:+; errors: $errors}"
  actions=()
  ok=0
  if grep -q '\[parse\]$' "$work/$d.once.err"; then
    ok=1
  elif [ $rc = 4 ]; then
    for r in $(grep -o ': error: .*\[[a-z-]*\]$' "$work/$d.once.err" | grep -o '\[[a-z-]*\]$' | tr -d '[]' | sort -u); do
      case $r in
        meta-command|copy-program|encoding) actions+=(--action "$r=warn");;
        *) ok=1;;
      esac
    done
    [ ${#actions[@]} -gt 0 ] || ok=1
  elif [ $rc != 0 ]; then
    ok=1
  fi
  report $ok "default rules run to completion (exit $rc${errors:+, stopped by $errors}): $d" "$work/$d.once.err"

  # 3. idempotence (a run stopped by an error-level rule: that rule warns).
  if [ ${#actions[@]} -gt 0 ]; then
    "$bin" "${actions[@]}" "$f" >"$work/$d.once.sql" 2>"$work/$d.once.err"
    rc=$?
    [ $rc = 0 ] || { report 1 "default rules with ${actions[*]}: $d" "$work/$d.once.err"; continue; }
  fi
  "$bin" "${actions[@]}" "$work/$d.once.sql" >"$work/$d.twice.sql" 2>"$work/$d.twice.err"
  rc=$?
  if [ $rc = 0 ] && cmp -s "$work/$d.once.sql" "$work/$d.twice.sql" && grep -q " 0 changes," "$work/$d.twice.err"; then
    report 0 "idempotent${actions[*]:+ (${actions[*]})}: $d"
  else
    { echo "exit $rc"; cmp "$work/$d.once.sql" "$work/$d.twice.sql"; tail -n 5 "$work/$d.twice.err"; } >"$work/$d.detail" 2>&1
    report 1 "idempotent${actions[*]:+ (${actions[*]})}: $d" "$work/$d.detail"
  fi
done

# The sanitized dumps (default rules) restore into fresh databases with
# ON_ERROR_STOP=1: what the rules drop takes along everything that depends
# on it (types whose C input functions went, triggers, comments ...).
# (latin1 stops at its encoding, dumpall-schema and globals create roles.)
count_rels="SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog','information_schema','pg_toast')"
k=0
for d in plain create inserts column-inserts quote-all no-dollar custom; do
  [ -f "$work/$d.once.sql" ] || continue
  k=$((k + 1))
  psql_src -c "CREATE DATABASE restored_$k TEMPLATE template0" >/dev/null
  ta=$(now)
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -d "restored_$k" -f "$work/$d.once.sql" >"$work/$d.restore.log" 2>&1
  rc=$?
  tb=$(now)
  echo "#   restore $d: exit $rc in $(elapsed "$ta" "$tb") s; relations: $rels in regression, $(psql_src -d "restored_$k" -Atc "$count_rels") restored; $(grep -c 'ERROR' "$work/$d.restore.log") ERROR lines"
  if [ "$rc" != 0 ] && [ "$d" = inserts ]; then
    # pg_dump's documentation: --inserts "is not safe against column order
    # changes". A column added to an inheritance parent (ALTER TABLE a_star
    # ADD COLUMN a) sits last in the source's children but in the parent's
    # place in a restored child, so their value-only INSERTs fail on any
    # PostgreSQL. Allowed only when the dump as pg_dump wrote it fails
    # there the same way: every error of the sanitized restore (without
    # ON_ERROR_STOP) must be one the original hits too.
    psql_src -c "CREATE DATABASE restored_orig_$k TEMPLATE template0" >/dev/null
    "$PG_BIN/psql" -X -q -d "restored_orig_$k" -f "$work/$d.sql" >"$work/$d.orig.log" 2>&1
    psql_src -c "CREATE DATABASE restored_all_$k TEMPLATE template0" >/dev/null
    "$PG_BIN/psql" -X -q -d "restored_all_$k" -f "$work/$d.once.sql" >"$work/$d.all.log" 2>&1
    errors() { grep -o 'ERROR: .*' "$1" | sort -u; }
    extra=$(comm -23 <(errors "$work/$d.all.log") <(errors "$work/$d.orig.log"))
    if [ -z "$extra" ] && [ -n "$(errors "$work/$d.all.log")" ]; then
      echo "#   $d: its $(errors "$work/$d.all.log" | wc -l) distinct errors are the original dump's own on PostgreSQL 15 (--inserts and a reordered inherited column):"
      errors "$work/$d.all.log" | head -3 | sed 's/^/#     /'
      rc=0
    else
      echo "$extra" > "$work/$d.extra"
      report 1 "sanitized $d dump: no restore error the original does not have" "$work/$d.extra"
      continue
    fi
  fi
  report $rc "sanitized dump restores into a fresh database with ON_ERROR_STOP=1: $d" "$work/$d.restore.log"
done

# The psql scripts themselves are psql input too: with every rule off they
# must come back byte for byte (parse errors are allowed here: the scripts
# hold deliberate syntax errors and PG16+ syntax). A script whose COPY ...
# FROM STDIN the server refuses on purpose (rowsecurity, generated) goes on
# with SQL where psql would have read data; the filter cannot know the COPY
# fails, reads on as data to the end, and stops there with its guard
# (exit 3): every input byte is still written first, then the guard line.
bad=0
for t in "${tests[@]}"; do
  f="$src/sql/$t.sql"
  "$bin" -q --disable all "$f" >"$work/script.out" 2>"$work/script.err"
  rc=$?
  if [ $rc = 0 ] && cmp -s "$work/script.out" "$f"; then continue; fi
  if [ $rc = 3 ] && grep -q 'ends inside' "$work/script.err" &&
     cmp -s -n "$(stat -c %s "$f")" "$work/script.out" "$f"; then
    echo "#   sql/$t.sql: a COPY the script expects to fail reads on to the end: every byte written, then the guard (exit 3)"
    continue
  fi
  echo "#   not identical: sql/$t.sql (exit $rc)"; bad=1
done
report $bad "identity --disable all on the ${#tests[@]} scripts themselves"

echo "1..$n"
[ $failed = 0 ]
