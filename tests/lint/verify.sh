#!/usr/bin/env bash
# --verify-sql against a real PostgreSQL 15: a database dumped by the real
# pg_dump, sanitized with --verify-sql, restored with ON_ERROR_STOP=1; the
# script then reports zero mismatches and its OK verdict. After one row is
# deleted it reports exactly that table; after rows are added to another,
# both. --report-md of the same run names each table's rows.
# Output is TAP. Usage: verify.sh BINARY
set -u
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/roundtrip.sh"

psql_src -d postgres -c "CREATE DATABASE verify_src" >/dev/null
psql_src -d verify_src >/dev/null <<'SQL'
CREATE SCHEMA billing;
CREATE TABLE public.accounts (id int PRIMARY KEY, name text);
CREATE TABLE public.orders (id int PRIMARY KEY, account_id int REFERENCES public.accounts, note text);
CREATE TABLE billing."Invoice Lines" (id int, amount numeric);
CREATE TABLE public.empty_table (id int);
INSERT INTO public.accounts SELECT g, 'account ' || g FROM generate_series(1, 50) g;
INSERT INTO public.orders SELECT g, 1 + g % 50, E'tab\there, newline\nthere' FROM generate_series(1, 1200) g;
INSERT INTO billing."Invoice Lines" SELECT g, g * 1.5 FROM generate_series(1, 333) g;
ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON public.accounts USING (true);
SQL
"$PG_BIN/pg_dump" -d verify_src -f "$tmp/dump.sql"
if "$bin" -q --verify-sql "$tmp/verify.sql" --report-md "$tmp/report.md" "$tmp/dump.sql" > "$tmp/clean.sql" 2> "$tmp/err"; then
  ok "sanitized with --verify-sql and --report-md"
else bad "sanitized with --verify-sql and --report-md" "$(cat "$tmp/err")"; fi
psql_src -d postgres -c "CREATE DATABASE verify_dst" >/dev/null
if psql_src -d verify_dst -f "$tmp/clean.sql" > "$tmp/restore.log" 2>&1; then ok "restored with ON_ERROR_STOP=1"
else bad "restored with ON_ERROR_STOP=1" "$(grep -m3 ERROR "$tmp/restore.log")"; fi

verify() { "$PG_BIN/psql" -X -At -v ON_ERROR_STOP=1 -d verify_dst -f "$tmp/verify.sql" 2>&1; }
out=$(verify)
want="db9-sanitize verify: OK: all 4 tables have the dump's row counts (1583 rows)"
[ "$out" = "$want" ] && ok "after the restore: no mismatch, the OK verdict alone" || bad "after the restore: no mismatch, the OK verdict alone" "got: $out"

psql_src -d verify_dst -c "DELETE FROM public.orders WHERE id = 7" >/dev/null
out=$(verify)
want="mismatch: public.orders: the dump has 1200 rows, the target has 1199
db9-sanitize verify: FAILED: 1 of 4 tables differ from the dump"
[ "$out" = "$want" ] && ok "a deleted row: exactly that table, then the verdict" || bad "a deleted row: exactly that table, then the verdict" "got: $out"

psql_src -d verify_dst -c 'INSERT INTO billing."Invoice Lines" VALUES (1000, 1)' >/dev/null
out=$(verify)
want='mismatch: billing.Invoice Lines: the dump has 333 rows, the target has 334
mismatch: public.orders: the dump has 1200 rows, the target has 1199
db9-sanitize verify: FAILED: 2 of 4 tables differ from the dump'
[ "$out" = "$want" ] && ok "a quoted name in another schema is counted too" || bad "a quoted name in another schema is counted too" "got: $out"

psql_src -d verify_dst -c 'DROP TABLE public.empty_table' >/dev/null
if out=$(verify); then bad "a missing table stops the script" "got: $out"
elif grep -q 'relation "public.empty_table" does not exist' <<<"$out"; then ok "a missing table stops the script, named"
else bad "a missing table stops the script, named" "got: $out"; fi

for line in '| public.orders | 1,200 |' '| billing.Invoice Lines | 333 |' '| public.accounts | 50 |' '| public.empty\_table | 0 |' \
            '### `rls` (2)'; do
  grep -qF -- "$line" "$tmp/report.md" && ok "report.md: $line" || bad "report.md: $line" "$(cat "$tmp/report.md")"
done
echo "1..$n"
[ $failed -eq 0 ]
