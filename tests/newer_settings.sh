#!/usr/bin/env bash
# The settings rule against the parameters real PostgreSQL 17 and 18
# servers have (testdata/pg17/settings.txt, testdata/pg18/settings.txt:
# their pg_settings, kept by testdata/regenerate-newer.sh): a SET of each
# one PostgreSQL 15 has (src/rules/pg15_settings.inc) passes the settings
# rule (alone: others rewrite session_replication_role ...) unchanged and
# unreported; a SET of each one it lacks is dropped by the settings rule.
# And every name of the rule's table of newer parameters is one of them.
# Output is TAP. Usage: newer_settings.sh BINARY SOURCE_ROOT
set -u
bin=$(realpath "$1"); root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
source "$root/tests/lib/tap.sh"
sed -n 's/^"\(.*\)",$/\1/p' "$root/src/rules/pg15_settings.inc" | sort -u > "$tmp/pg15"
for v in 17 18; do
  tr 'A-Z' 'a-z' < "$root/testdata/pg$v/settings.txt" | sort -u > "$tmp/pg$v"
  comm -12 "$tmp/pg$v" "$tmp/pg15" > "$tmp/known"
  comm -23 "$tmp/pg$v" "$tmp/pg15" > "$tmp/newer"
  sed 's/.*/SET & TO DEFAULT;/' "$tmp/pg$v" > "$tmp/in.sql"
  "$bin" -q --disable all --enable settings "$tmp/in.sql" > "$tmp/out.sql" 2> "$tmp/err"
  got=$(sed -n 's/^SET \(.*\) TO DEFAULT;$/\1/p' "$tmp/out.sql")
  if [ "$got" = "$(cat "$tmp/known")" ]; then ok "pg$v: the $(wc -l < "$tmp/known") parameters PostgreSQL 15 has pass unchanged"
  else bad "pg$v: the parameters PostgreSQL 15 has pass unchanged" "$(diff <(echo "$got") "$tmp/known" | head -5)"; fi
  dropped=$(grep -c '^in.sql:[0-9]*:1: note: dropped SET .* \[settings\]$' <(sed "s#$tmp/##" "$tmp/err"))
  others=$(grep -vc '\[settings\]$' "$tmp/err")
  if [ "$dropped" = "$(wc -l < "$tmp/newer")" ] && [ "$others" = 0 ]; then
    ok "pg$v: the $dropped parameters PostgreSQL 15 lacks are dropped by the settings rule, nothing else reported"
  else bad "pg$v: the parameters PostgreSQL 15 lacks are dropped" "dropped $dropped of $(wc -l < "$tmp/newer")" "$(grep -v 'note: dropped' "$tmp/err" | head -3)"; fi
done
# The table in src/rules/settings.cpp: each name is a parameter of 17 or 18
# that 15 lacks (no typo), with the version the servers agree with.
sed -n 's/^ *{"\([a-z_0-9]*\)", \(1[678]\)},.*/\1 \2/p' "$root/src/rules/settings.cpp" > "$tmp/table"
wrong=$(while read -r name ver; do
  in17=$(grep -cx "$name" "$tmp/pg17"); in18=$(grep -cx "$name" "$tmp/pg18"); in15=$(grep -cx "$name" "$tmp/pg15")
  if [ "$in15" != 0 ] || { [ "$ver" -le 17 ] && [ "$in17" = 0 ]; } || { [ "$ver" = 18 ] && { [ "$in17" != 0 ] || [ "$in18" = 0 ]; }; }; then echo "$name $ver"; fi
done < "$tmp/table")
check_n=$(wc -l < "$tmp/table")
if [ -z "$wrong" ] && [ "$check_n" -ge 50 ]; then ok "the rule's table: $check_n names, each one 15 lacks and 17/18 have, versions agree"
else bad "the rule's table agrees with the servers" "$wrong" "($check_n names read)"; fi
echo "1..$n"
[ "$failed" -eq 0 ]
