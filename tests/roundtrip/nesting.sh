#!/usr/bin/env bash
# Deep statements against a real PostgreSQL 15 (default max_stack_depth,
# 2 MB): whatever PostgreSQL parses, the filter parses; what it refuses as
# too deep, the filter refuses too, without crashing.
#   * Each shape of tests/stress/gen.py at nearly the deepest PostgreSQL 15
#     takes (measured by bisection with the real server: 4,076 `||`, 6,225
#     `+`, 13,085 casts, 7,274 UNIONs, 6,210 JOINs, 9,960 parentheses, ...):
#     sanitized with zero parse errors, then run by psql with ON_ERROR_STOP=1
#     (in a transaction rolled back).
#   * Each at a size PostgreSQL refuses ("stack depth limit exceeded",
#     "memory exhausted"): psql fails on the original, and the filter exits
#     0 with one parse diagnostic and the statement passed through.
# Output is TAP. Usage: nesting.sh BINARY
set -u
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
gen="$here/../stress/gen.py"
. "$here/../lib/pgcluster.sh"
. "$here/../lib/tap.sh"
pg_start || { echo "1..1"; echo "not ok 1 - PostgreSQL 15 cluster did not start"; exit 1; }
work="$PG_TMP/work"
mkdir -p "$work"
chmod 755 "$work"
psql_src -c "CREATE TABLE public.t (a integer, b text, c boolean)" > /dev/null

run_sql() {  # run_sql FILE: the file in a transaction rolled back; stderr in $work/psql.err
  { echo "BEGIN;"; cat "$1"; echo "ROLLBACK;"; } > "$work/tx.sql"
  psql_src -f "$work/tx.sql" > /dev/null 2> "$work/psql.err"
}

for c in "concat 4000" "plus 6000" "cast-chain 12700" "union-chain 7100" "join-chain 6000" "parens 9700" \
         "case 1950" "subselect 2050" "from-subselect 1600" "not-chain 7450" "minus-chain 9700" "func-nest 4000" \
         "atomic-body 6000"; do
  read -r shape size <<< "$c"
  python3 "$gen" "$shape" "$size" -o "$work/in.sql"
  "$bin" --report "$work/report.json" "$work/in.sql" > "$work/out.sql" 2> "$work/err"
  rc=$?
  errors=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["parse_errors"])' "$work/report.json" 2>/dev/null)
  if [ $rc != 0 ] || [ "$errors" != 0 ]; then
    bad "$shape $size: filter exit $rc, $errors parse errors" "$(head -2 "$work/err" | cut -c1-300)"
  elif ! run_sql "$work/in.sql"; then
    bad "$shape $size: PostgreSQL 15 no longer takes it (the sizes above need measuring again)" \
      "$(head -2 "$work/psql.err" | cut -c1-300)"
  elif ! run_sql "$work/out.sql"; then
    bad "$shape $size: the sanitized statement fails" "$(head -2 "$work/psql.err" | cut -c1-300)"
  else
    ok "$shape $size: PostgreSQL 15 takes it, the filter parses it (0 parse errors), the output runs"
  fi
done

for c in "concat 50000" "plus 300000" "cast-chain 100000" "union-chain 50000" "parens 200000" "subselect 5000" \
         "func-nest 50000" "atomic-body 300000"; do
  read -r shape size <<< "$c"
  python3 "$gen" "$shape" "$size" -o "$work/in.sql"
  if run_sql "$work/in.sql"; then
    bad "$shape $size: PostgreSQL 15 takes it; expected a refusal"
    continue
  fi
  pg_err=$(grep -o 'stack depth limit exceeded\|memory exhausted' "$work/psql.err" | head -1)
  "$bin" "$work/in.sql" > "$work/out.sql" 2> "$work/err"
  rc=$?
  if [ $rc = 0 ] && [ "$(grep -c '\[parse\]' "$work/err")" = 1 ] && cmp -s "$work/in.sql" "$work/out.sql"; then
    ok "$shape $size: PostgreSQL 15 refuses it (${pg_err:-error}), the filter too, passed through"
  else
    bad "$shape $size: filter exit $rc" "$(head -2 "$work/err" | cut -c1-300)"
  fi
done

echo "1..$n"
exit $((failed > 0))
