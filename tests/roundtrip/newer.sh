#!/usr/bin/env bash
# Today's dumps: pg_dump 17 and 18 output (testdata/pg17/, testdata/pg18/,
# made by testdata/regenerate-newer.sh from the repository's fixture
# schemas in real PostgreSQL 17 and 18 servers: plain, --create and
# pg_dumpall with PostgreSQL 16+'s role memberships), sanitized and restored
# with ON_ERROR_STOP=1 into PostgreSQL 15. Each dump: exit 0, no statement
# left that the PostgreSQL 15 parser rejects, restores, every table's row
# count and content checksum equal those computed in the 17/18 server
# (checksums.tsv), idempotent; no newer parameter, no _heroku, no role left.
# Output is TAP. Usage: newer.sh BINARY [TESTDATA]
set -u
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
testdata=${2:-$here/../../testdata}
source "$here/../lib/roundtrip.sh"
export PGTZ=UTC

# A database's tables as "name<TAB>rows<TAB>md5" lines (table_sums.sql).
sums() { PGOPTIONS="-c search_path=public" psql_src -d "$1" -At -F "$(printf '\t')" -f "$here/table_sums.sql"; }
want_sums() { awk -F'\t' -v db="$1" 'BEGIN { OFS = "\t" } $1 == db { print $2, $3, $4 }' "$sums_file"; }

for v in 17 18; do
  dir=$testdata/pg$v
  sums_file=$dir/checksums.tsv
  [ -f "$sums_file" ] || { bad "pg$v: $sums_file exists"; continue; }
  for f in heroku_app.sql heroku_app.create.sql pg_dumpall.sql rails_app.sql rules.sql rules.create.sql extensions.sql partitions.sql roundtrip.sql.gz; do
    name="pg$v/$f"
    src=${f%%.*}; [ "$src" = pg_dumpall ] && src=heroku_app
    out="$tmp/out.sql"; report="$tmp/report.json"
    if "$bin" -q --report "$report" "$dir/$f" > "$out" 2> "$tmp/err"; then ok "$name: sanitized (exit 0)"
    else bad "$name: sanitized (exit 0)" "$(grep -m3 error: "$tmp/err")"; continue; fi
    check "$name: no statement left that the PostgreSQL 15 parser rejects" 0 \
      "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["parse_errors"])' "$report")"
    if "$bin" "$out" 2> "$tmp/again.err" | cmp -s - "$out" && grep -q " 0 changes," "$tmp/again.err"; then ok "$name: idempotent"
    else bad "$name: idempotent" "$(grep -v '^db9-sanitize:' "$tmp/again.err" | head -3)"; fi
    leftovers=$(grep -nE '^(SET|RESET) transaction_timeout|^ALTER (DATABASE|ROLE) .* SET transaction_timeout|^CREATE ROLE|^GRANT [a-z_]+ TO|^(CREATE|ALTER|COMMENT|GRANT|REVOKE)[^;]*[ (]_heroku\.|FUNCTION _heroku\.' "$out" | head -3)
    check "$name: no newer parameter, role, membership or _heroku reference left" "" "$leftovers"
    db="dst_${v}_$(echo "$f" | tr -c 'a-z0-9\n' _)"
    psql_src -d postgres -c "CREATE DATABASE $db" >/dev/null
    if psql_src -d "$db" -f "$out" > "$tmp/restore.log" 2>&1; then ok "$name: restores into PostgreSQL 15 with ON_ERROR_STOP=1"
    else bad "$name: restores into PostgreSQL 15 with ON_ERROR_STOP=1" "$(grep -m3 ERROR "$tmp/restore.log")"; continue; fi
    want=$(want_sums "$src"); got=$(sums "$db")
    [ -n "$want" ] && [ "$got" = "$want" ] && ok "$name: every table's rows and checksum equal the PostgreSQL $v source's ($(echo "$want" | wc -l) tables)" ||
      bad "$name: every table's rows and checksum equal the PostgreSQL $v source's" "$(diff <(echo "$want") <(echo "$got") | head -6)"
    if [ "$src" = heroku_app ]; then
      check "$name: no _heroku schema or event trigger; the look-alike schemas heroku and _herokuapp stay" "0 0 2" \
        "$(q "$db" "SELECT (SELECT count(*) FROM pg_namespace WHERE nspname = '_heroku') || ' ' || (SELECT count(*) FROM pg_event_trigger) || ' ' || (SELECT count(*) FROM pg_namespace WHERE nspname IN ('heroku', '_herokuapp'))")"
    fi
    psql_src -d postgres -c "DROP DATABASE $db" >/dev/null
  done
done
# The pg_dumpall dumps hold what this is about.
for v in 17 18; do
  check "pg$v/pg_dumpall.sql holds SET transaction_timeout, GRANT ... WITH INHERIT ... GRANTED BY, and _heroku" "yes yes yes" \
    "$(for p in '^SET transaction_timeout = 0;' '^GRANT data_analyst TO antoine WITH INHERIT TRUE GRANTED BY daniel;' '^CREATE SCHEMA _heroku;'; do grep -q "$p" "$testdata/pg$v/pg_dumpall.sql" && printf 'yes ' || printf 'no '; done | sed 's/ $//')"
done
echo "1..$n"
[ "$failed" -eq 0 ]
