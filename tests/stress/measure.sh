#!/usr/bin/env bash
# Time and peak memory of the stress shapes, measured with /usr/bin/time -v
# (outside the test suite: tests/stress/run.sh checks outcomes, never time).
# Prints a Markdown table for the README's performance section.
# Usage: measure.sh BINARY [SHAPE:SIZE ...]   (default: the stress sizes)
set -u
bin=$(realpath "$1"); shift
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
specs=("$@")
if [ ${#specs[@]} = 0 ]; then
  specs=(concat:4000 concat:50000 plus:300000 and-check:100000 parens:200000 case:20000 subselect:5000
         in-list:1000000 wide-table:20000 array:50000 json-copy:100000 partitions:10000
         views-c-function:10000 views-extension-function:10000 view-chain:5000 union-chain:50000
         join-chain:20000 cast-chain:100000 sql-function-body:300000 atomic-body:300000 plpgsql-nest:20000
         huge-literal:62914560 huge-identifier:62914560 insert-values:200000 many-tables:20000
         many-functions:10000)
fi
echo "| shape | size | input | outcome | wall s | user+sys s | peak RSS MiB |"
echo "|---|---:|---:|---|---:|---:|---:|"
for spec in "${specs[@]}"; do
  shape=${spec%%:*} size=${spec#*:}
  python3 "$here/gen.py" "$shape" "$size" -o "$scratch/in.sql"
  /usr/bin/time -v -o "$scratch/time" "$bin" --report "$scratch/r.json" "$scratch/in.sql" > /dev/null 2> "$scratch/err"
  rc=$?
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s}' "$scratch/time")
  cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {printf "%.2f", u + s}' "$scratch/time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$scratch/time")
  errors=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["parse_errors"])' "$scratch/r.json" 2>/dev/null)
  outcome="exit $rc, $errors parse errors"
  grep -q 'nested too deeply' "$scratch/err" && outcome="exit $rc, refused: too deep"
  grep -q 'memory exhausted' "$scratch/err" && outcome="exit $rc, refused by the parser"
  bytes=$(stat -c %s "$scratch/in.sql")
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$shape" "$size" \
    "$(numfmt --to=iec --suffix=B "$bytes")" "$outcome" "$wall" "$cpu" "$rss"
done
