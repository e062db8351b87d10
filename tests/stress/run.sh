#!/usr/bin/env bash
# The stress test: every shape of tests/stress/gen.py at its stress size
# (deep expression chains and nesting of every kind, a 1,000,000-element IN
# list, a 20,000-column table, 60 MiB literals and identifiers, 10,000
# partitions, 10,000 views over one dropped function, ...), made on the fly.
# Each run must end with a status below 128 (no crash: 0 here, no rule
# stops these), without an "internal" diagnostic, and:
#   parsed   zero parse errors (--report), as PostgreSQL 15 takes it;
#   refused  one parse diagnostic for the statement, passed through:
#            the output is the input, byte for byte;
#   either   whichever, the statement is not lost.
# Time and memory are measured outside the test (README, performance
# section: tests/stress/measure.sh). Output is TAP.
# Usage: run.sh BINARY [SHAPE...]
set -u
bin=$(realpath "$1"); shift
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/tap.sh"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# shape size expectation
cases=(
  # The deepest of each shape PostgreSQL 15 takes (tests/roundtrip/nesting.sh
  # checks that it does), parsed as it is.
  "concat 4000 parsed"
  "plus 6000 parsed"
  "parens 9900 parsed"
  "case 1990 parsed"
  "subselect 2100 parsed"
  "from-subselect 1650 parsed"
  "union-chain 7200 parsed"
  "join-chain 6200 parsed"
  "cast-chain 13000 parsed"
  "not-chain 7600 parsed"
  "minus-chain 9900 parsed"
  "func-nest 4000 parsed"
  "atomic-body 6000 parsed"
  # Beyond what it takes: refused, never a crash.
  "concat 50000 refused"
  "plus 300000 refused"
  "parens 200000 refused"
  "case 20000 refused"
  "case-and 20000 refused"
  "subselect 5000 refused"
  "from-subselect 5000 refused"
  "array 50000 refused"
  "union-chain 50000 refused"
  "join-chain 20000 either"
  "cast-chain 100000 refused"
  "not-chain 100000 refused"
  "minus-chain 100000 refused"
  "func-nest 50000 refused"
  "atomic-body 300000 refused"
  # Flat however large: parsed.
  "and-check 100000 parsed"
  "or-where 100000 parsed"
  "in-list 1000000 parsed"
  "insert-values 200000 parsed"
  "wide-table 20000 parsed"
  "huge-literal 62914560 parsed"
  "huge-identifier 62914560 parsed"
  "json-copy 100000 parsed"
  "sql-function-body 300000 parsed"
  "plpgsql-nest 20000 parsed"
  # Whole dumps of many objects.
  "partitions 10000 parsed"
  "views-c-function 10000 parsed"
  "views-extension-function 10000 parsed"
  "view-chain 5000 parsed"
  "many-tables 20000 parsed"
  "many-functions 10000 parsed"
)
if [ $# -gt 0 ]; then
  keep=()
  for c in "${cases[@]}"; do for s in "$@"; do [ "${c%% *}" = "$s" ] && keep+=("$c"); done; done
  cases=("${keep[@]}")
fi

for c in "${cases[@]}"; do
  read -r shape size expect <<< "$c"
  in="$scratch/in.sql"
  python3 "$here/gen.py" "$shape" "$size" -o "$in" || { bad "$shape $size: generator failed"; continue; }
  "$bin" --report "$scratch/report.json" "$in" > "$scratch/out.sql" 2> "$scratch/err"
  rc=$?
  what="$shape $size ($(stat -c %s "$in") bytes)"
  if [ $rc -ge 128 ]; then
    bad "$what: exit $rc (killed by signal $((rc - 128)))" "$(tail -3 "$scratch/err")"
    continue
  fi
  if [ $rc != 0 ]; then
    bad "$what: exit $rc" "$(tail -3 "$scratch/err" | cut -c1-300)"
    continue
  fi
  if grep -q '\[internal\]' "$scratch/err"; then
    bad "$what: internal diagnostic" "$(grep '\[internal\]' "$scratch/err" | head -3 | cut -c1-300)"
    continue
  fi
  errors=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["parse_errors"])' "$scratch/report.json")
  diags=$(grep -c '\[parse\]' "$scratch/err")
  case $expect in
    parsed)
      if [ "$errors" = 0 ] && [ "$diags" = 0 ]; then ok "$what: parsed"
      else bad "$what: $errors parse errors, expected none" "$(grep '\[parse\]' "$scratch/err" | head -2 | cut -c1-300)"; fi
      ;;
    refused)
      if [ "$errors" != 1 ] || [ "$diags" != 1 ]; then
        bad "$what: $errors parse errors and $diags parse diagnostics, expected one"
      elif ! cmp -s "$in" "$scratch/out.sql"; then
        bad "$what: refused but not passed through unchanged"
      else
        ok "$what: refused ($(grep -o '(.*)' "$scratch/err" | head -1 | cut -c1-100)), passed through"
      fi
      ;;
    either)
      if [ "$errors" -le 1 ] && [ -s "$scratch/out.sql" ]; then ok "$what: $errors parse errors, written"
      else bad "$what: $errors parse errors, output $(stat -c %s "$scratch/out.sql") bytes"; fi
      ;;
  esac
done

# --strict: a statement too deep is an error that stops the run (exit 4),
# with nothing of it written.
python3 "$here/gen.py" concat 50000 -o "$scratch/in.sql"
"$bin" --strict "$scratch/in.sql" > "$scratch/out.sql" 2> "$scratch/err"
rc=$?
if [ $rc = 4 ] && grep -q 'error: statement nested too deeply' "$scratch/err" && [ ! -s "$scratch/out.sql" ]; then
  ok "--strict: a statement too deep stops the run (exit 4)"
else
  bad "--strict: exit $rc" "$(head -2 "$scratch/err" | cut -c1-300)"
fi

echo "1..$n"
exit $((failed > 0))
