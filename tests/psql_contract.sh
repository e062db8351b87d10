#!/usr/bin/env bash
# What the framing assumes of psql, checked against the real psql 15 and
# server, plus the guard that keeps a cut-off dump from loading part of a
# table. Output is TAP. Usage: psql_contract.sh BINARY
set -u
bin=$(realpath "$1")
source "$(dirname "$0")/lib/pgcluster.sh"
pg_start || exit 1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; pg_stop' EXIT
n=0; failed=0
check() {
  n=$((n + 1))
  if (eval "$2") >"$tmp/check.out" 2>&1; then echo "ok $n - $1"; else
    echo "not ok $n - $1"; sed 's/^/#   /' "$tmp/check.out" | head -10; failed=$((failed + 1)); fi
}
q() { psql_src -d postgres -Atc "$1"; }

check 'psql ends CSV COPY data at a \. line even inside a quoted field (as the splitter does)' '
  printf "CREATE TABLE csvq (a int, b text);\nCOPY csvq FROM stdin WITH (FORMAT csv);\n1,\"x\n\\\\.\n\"\n" > "$tmp/csvq.sql"
  ! psql_src -d postgres -f "$tmp/csvq.sql" 2> "$tmp/err" && grep -q "unterminated CSV quoted field" "$tmp/err" &&
  "$bin" -q "$tmp/csvq.sql" 2>&1 >/dev/null | grep -q "inside a quoted CSV field"'

check 'without db9-sanitize, psql commits the rows of a cut-off COPY block (the danger)' '
  printf "CREATE TABLE cut1 (a int);\nCOPY cut1 FROM stdin;\n1\n2\n12" | psql_src -d postgres && [ "$(q "SELECT count(*) FROM cut1")" = 3 ]'

check 'through db9-sanitize, a cut-off COPY block loads no row and psql fails' '
  printf "CREATE TABLE cut2 (a int);\nCOPY cut2 FROM stdin;\n1\n2\n12" > "$tmp/cut.sql"
  set -o pipefail
  ! { "$bin" -q "$tmp/cut.sql" 2>/dev/null | psql_src -d postgres 2> "$tmp/err"; } &&
  grep -q "end-of-copy marker corrupt" "$tmp/err" && [ "$(q "SELECT count(*) FROM cut2")" = 0 ]'

check 'a cut-off CSV COPY block (inside a quoted field) loads no row either' '
  printf "CREATE TABLE cut3 (a text);\nCOPY cut3 FROM stdin CSV;\n1\n\"2\n" > "$tmp/cut3.sql"
  ! { "$bin" -q "$tmp/cut3.sql" 2>/dev/null | psql_src -d postgres 2>/dev/null; } && [ "$(q "SELECT count(*) FROM cut3")" = 0 ]'

check 'psql keeps \; in the query: "SELECT 1 \; SELECT 2;" runs both' '
  [ "$(printf "SELECT 1 \\\\; SELECT 2;\n" | psql_src -d postgres -At)" = "$(printf "1\n2")" ]'

check 'BEGIN ATOMIC bodies with CASE ... END load as one statement each' '
  printf "CREATE FUNCTION fa(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END; SELECT x; END;\nSELECT fa(3);\n" > "$tmp/atomic.sql"
  [ "$("$bin" -q --strict "$tmp/atomic.sql" | psql_src -d postgres -At)" = 3 ]'

check 'psql holds a statement cut short by a meta-command and joins it with the next lines; its COPY data comes only after (as the pipeline assumes)' '
  printf "CREATE TABLE held1 (a text);\nCOPY held1 FROM stdin \\\\echo between\n;\nCREATE POLICY p ON held1 USING (true);\n\\\\.\nSELECT count(*), min(a) FROM held1;\n" > "$tmp/held1.sql"
  [ "$(psql_src -d postgres -At -v ON_ERROR_STOP=1 -f "$tmp/held1.sql")" = "$(printf "between\n1|CREATE POLICY p ON held1 USING (true);")" ] &&
  "$bin" -q --action meta-command=warn "$tmp/held1.sql" 2>/dev/null | cmp - "$tmp/held1.sql"'

check '\g sends the held query: a COPY sent so takes the next lines as data' '
  printf "CREATE TABLE held2 (a text);\nCOPY held2 FROM stdin \\\\g\nCREATE POLICY p ON held2 USING (true);\n\\\\.\nSELECT count(*) FROM held2;\n" > "$tmp/held2.sql"
  [ "$(psql_src -d postgres -At -v ON_ERROR_STOP=1 -f "$tmp/held2.sql")" = 1 ] &&
  "$bin" -q --action meta-command=warn "$tmp/held2.sql" 2>/dev/null | cmp - "$tmp/held2.sql"'

echo "1..$n"
[ $failed -eq 0 ]
