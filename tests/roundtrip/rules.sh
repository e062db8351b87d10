#!/usr/bin/env bash
# The rule set against a real PostgreSQL 15: tests/roundtrip/rules_schema.sql
# is dumped by the real pg_dump four ways (default; --no-owner
# --no-privileges --no-comments; --create; and pg_restore -f - of a
# -Fc --no-acl --no-owner --quote-all-identifiers archive, which is what
# Heroku backups are), sanitized, restored with ON_ERROR_STOP=1 into a fresh
# database, and the catalog checked: no policy, no row security, no
# publication, no extension outside DB9's set, no serializable setting, no
# grant, every row there. Sanitizing the output again must change nothing.
# Output is TAP. Usage: rules.sh BINARY
set -u
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/roundtrip.sh"

psql_src -d postgres -c "CREATE DATABASE rules_src" >/dev/null
psql_src -d rules_src -f "$here/rules_schema.sql" >/dev/null 2>"$tmp/load.err" || { cat "$tmp/load.err"; exit 1; }
psql_src -d postgres -c "ALTER DATABASE rules_src SET default_transaction_isolation = 'serializable'" >/dev/null
psql_src -d postgres -c "ALTER DATABASE rules_src SET default_transaction_deferrable = on" >/dev/null

"$PG_BIN/pg_dump" -d rules_src -f "$tmp/default.sql"
"$PG_BIN/pg_dump" -d rules_src --no-owner --no-privileges --no-comments -f "$tmp/bare.sql"
"$PG_BIN/pg_dump" -d rules_src --create -f "$tmp/create.sql"
"$PG_BIN/pg_dump" -d rules_src -Fc --no-acl --no-owner --quote-all-identifiers -f "$tmp/heroku.dump"
"$PG_BIN/pg_restore" -f "$tmp/heroku.sql" "$tmp/heroku.dump"

allowed="'plpgsql','http','uuid-ossp','hstore','fs9','pg_cron','parquet','zhparser','vector','embedding'"
counts() {  # every user table's row count, one line each
  q "$1" "SELECT string_agg(format('%s=%s', c.oid::regclass, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %s', c.oid::regclass), false, true, '')))[1]::text), ' ' ORDER BY c.oid::regclass::text)
          FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p') AND s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg_toast%'"
}
want_counts=$(counts rules_src)

for form in default bare create heroku; do
  out="$tmp/$form.out.sql"
  if "$bin" -q "$tmp/$form.sql" > "$out" 2> "$tmp/$form.err"; then ok "$form: sanitized (exit 0)"
  else bad "$form: sanitized (exit 0)" "$(tail -3 "$tmp/$form.err")"; fi
  if "$bin" "$out" 2> "$tmp/$form.again.err" | cmp -s - "$out" && grep -q " 0 changes," "$tmp/$form.again.err"; then
    ok "$form: idempotent (sanitizing the output again changes nothing)"
  else bad "$form: idempotent" "$(grep -v '^db9-sanitize:' "$tmp/$form.again.err" | head -3)"; fi
  db=rules_$form
  psql_src -d postgres -c "CREATE DATABASE $db" >/dev/null
  # A --create dump recreates its own database; DB9 has one: restore into $db.
  if psql_src -d "$db" -f "$out" > "$tmp/$form.restore.log" 2>&1; then ok "$form: restores with ON_ERROR_STOP=1"
  else bad "$form: restores with ON_ERROR_STOP=1" "$(grep -m3 ERROR "$tmp/$form.restore.log")"; fi
  [ "$(q "$db" "SELECT count(*) FROM pg_policy")" = 0 ] && ok "$form: no pg_policy rows" || bad "$form: no pg_policy rows"
  [ "$(q "$db" "SELECT count(*) FROM pg_class WHERE relrowsecurity OR relforcerowsecurity")" = 0 ] &&
    ok "$form: no table with row security" || bad "$form: no table with row security"
  [ "$(q "$db" "SELECT count(*) FROM pg_publication")" = 0 ] && ok "$form: no publication" || bad "$form: no publication"
  [ "$(q "$db" "SELECT count(*) FROM pg_event_trigger")" = 0 ] && ok "$form: no event trigger" || bad "$form: no event trigger"
  [ "$(q "$db" "SELECT count(*) FROM pg_foreign_server")" = 0 ] && ok "$form: no foreign server" || bad "$form: no foreign server"
  extra=$(q "$db" "SELECT string_agg(extname, ',') FROM pg_extension WHERE extname NOT IN ($allowed)")
  [ -z "$extra" ] && ok "$form: no extension outside DB9's set" || bad "$form: no extension outside DB9's set" "found: $extra"
  [ "$(q "$db" "SELECT count(*) FROM pg_namespace WHERE nspname = 'heroku_ext'")" = 0 ] &&
    ok "$form: no heroku_ext schema" || bad "$form: no heroku_ext schema"
  ser=$(q postgres "SELECT count(*) FROM pg_db_role_setting WHERE setdatabase <> (SELECT oid FROM pg_database WHERE datname = 'rules_src')
                     AND (array_to_string(setconfig, ',') ILIKE '%serializable%' OR array_to_string(setconfig, ',') ILIKE '%deferrable%')")
  [ "$ser" = 0 ] && ok "$form: no serializable or deferrable setting" || bad "$form: no serializable or deferrable setting"
  acl=$(q "$db" "SELECT count(*) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relacl IS NOT NULL")
  [ "$acl" = 0 ] && ok "$form: no grants on tables" || bad "$form: no grants on tables" "$acl tables with ACLs"
  [ "$(q "$db" "SELECT count(*) FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang WHERE p.pronamespace = 'public'::regnamespace AND l.lanname NOT IN ('sql', 'plpgsql')
                 AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')")" = 0 ] &&
    ok "$form: no function outside SQL and PL/pgSQL" || bad "$form: no function outside SQL and PL/pgSQL"
  coded="$(q "$db" "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'public.coded'::regclass AND attname = 'cs'")|$(q "$db" "SELECT string_agg(concat(c, '/', cs), ' ' ORDER BY id) FROM public.coded")"
  [ "$coded" = 'text[]|A-1/{A-1,B-2} /' ] && ok "$form: a column of a dropped base type is text, with its values" ||
    bad "$form: a column of a dropped base type is text, with its values" "got: $coded"
  got_counts=$(counts "$db")
  [ "$got_counts" = "$want_counts" ] && ok "$form: every table's row count equals the source's" ||
    bad "$form: every table's row count equals the source's" "want $want_counts" "got  $got_counts"
  # The settings of the --create dump land on the one database, rewritten.
  if [ "$form" = create ]; then
    iso=$(q postgres "SELECT array_to_string(setconfig, ',') FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = 'postgres'")
    case "$iso" in *"repeatable read"*) ok "create: the isolation setting applies to database postgres, as REPEATABLE READ";;
      *) bad "create: the isolation setting applies to database postgres, as REPEATABLE READ" "got: $iso";; esac
  fi
  psql_src -d postgres -c "ALTER DATABASE postgres RESET ALL" >/dev/null
done
echo "1..$n"
[ $failed -eq 0 ]
