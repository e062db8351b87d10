#!/usr/bin/env bash
# Extensions DB9 lacks, against a real PostgreSQL 15: extensions_schema.sql
# (citext, pgcrypto, pg_trgm, btree_gist, btree_gin, postgis, cube,
# earthdistance, ltree, isn, intarray, unaccent, fuzzystrmatch, lo, hstore
# denied, ... with rows) is loaded with the extensions in public and, as on
# Heroku, in heroku_ext; dumped by the real pg_dump (plain, and pg_restore
# of a custom-format archive), sanitized with --deny-extension hstore,
# restored with ON_ERROR_STOP=1 into a fresh database where none of those
# extensions is ever created; then every table's row count and content (as
# text) must equal the source's, no extension outside DB9's set may exist,
# and every lost feature must be listed in the --report JSON.
# Output is TAP. Usage: extensions.sh BINARY
set -u
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/roundtrip.sh"

allowed="'plpgsql','http','uuid-ossp','fs9','pg_cron','parquet','zhparser','vector','embedding'"
# Each user table (not an extension's own) as: name, row count, md5 of its
# rows as text in order.
tables() {
  q "$1" "SELECT string_agg(format('%s=%s:%s', c.oid::regclass,
            (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %s', c.oid::regclass), false, true, '')))[1]::text,
            (xpath('/row/h/text()', query_to_xml(format('SELECT md5(coalesce(string_agg(t::text, E''\n'' ORDER BY t::text), '''')) AS h FROM %s t', c.oid::regclass), false, true, '')))[1]::text),
          ' ' ORDER BY c.oid::regclass::text)
          FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p') AND s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg_toast%'
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')"
}

for ext in public heroku_ext; do
  src=src_$ext
  psql_src -d postgres -c "CREATE DATABASE $src" >/dev/null
  psql_src -d "$src" -v ext="$ext" -f "$here/extensions_schema.sql" >/dev/null 2>"$tmp/load.err" || { cat "$tmp/load.err"; exit 1; }
  # (earthdistance's functions find cube and earth only through the search_path)
  want=$(PGOPTIONS="-c search_path=public,$ext" tables "$src")
  [ "$(echo "$want" | tr ' ' '\n' | grep -c '=[1-9]')" -ge 5 ] && ok "$ext: source tables hold rows" || bad "$ext: source tables hold rows" "$want"
  "$PG_BIN/pg_dump" -d "$src" -f "$tmp/$ext.plain.sql"
  "$PG_BIN/pg_dump" -d "$src" -Fc --no-acl --no-owner --quote-all-identifiers -f "$tmp/$ext.dump"
  "$PG_BIN/pg_restore" -f "$tmp/$ext.archive.sql" "$tmp/$ext.dump"
  for form in plain archive; do
    name="$ext/$form"
    in="$tmp/$ext.$form.sql"; out="$tmp/$ext.$form.out.sql"; report="$tmp/$ext.$form.json"
    if "$bin" -q --deny-extension hstore --report "$report" "$in" > "$out" 2> "$tmp/$ext.$form.err"; then ok "$name: sanitized (exit 0)"
    else bad "$name: sanitized (exit 0)" "$(tail -3 "$tmp/$ext.$form.err")"; fi
    if "$bin" --deny-extension hstore "$out" 2> "$tmp/again.err" | cmp -s - "$out" && grep -q " 0 changes," "$tmp/again.err"; then
      ok "$name: idempotent"
    else bad "$name: idempotent" "$(grep -v '^db9-sanitize:' "$tmp/again.err" | head -3)"; fi
    db="dst_${ext}_$form"
    psql_src -d postgres -c "CREATE DATABASE $db" >/dev/null
    if psql_src -d "$db" -f "$out" > "$tmp/restore.log" 2>&1; then ok "$name: restores with ON_ERROR_STOP=1 where the extensions were never created"
    else bad "$name: restores with ON_ERROR_STOP=1" "$(grep -m3 ERROR "$tmp/restore.log")"; fi
    extra=$(q "$db" "SELECT string_agg(extname, ',') FROM pg_extension WHERE extname NOT IN ($allowed)")
    [ -z "$extra" ] && ok "$name: no extension outside DB9's set (hstore denied)" || bad "$name: no extension outside DB9's set" "found: $extra"
    got=$(tables "$db")
    [ "$got" = "$want" ] && ok "$name: every table's row count and content checksum equal the source's" ||
      bad "$name: every table's row count and content checksum equal the source's" "want $want" "got  $got"
    cols=$(q "$db" "SELECT string_agg(format('%s.%s', table_name, column_name), ',' ORDER BY table_name, column_name) FROM information_schema.columns
                    WHERE table_schema = 'public' AND (table_name, column_name) IN (('users','email'),('places','location'),('places','box'),('users','path'))
                      AND data_type = 'text'")
    [ "$cols" = "places.box,places.location,users.email,users.path" ] && ok "$name: citext, geometry, cube and ltree columns are text" ||
      bad "$name: citext, geometry, cube and ltree columns are text" "got: $cols"
    [ "$(q "$db" "SELECT count(*) FROM pg_class WHERE relname IN ('users_email_key', 'users_lower_name', 'user_emails')")" = 3 ] &&
      ok "$name: what needs no extension stays (citext unique index on text, lower(name) index, plain view)" ||
      bad "$name: what needs no extension stays"
    [ "$(q "$db" "SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE a.attname = 'public_id'")" = "gen_random_uuid()" ] &&
      ok "$name: pgcrypto's gen_random_uuid() default is the built-in one" || bad "$name: pgcrypto's gen_random_uuid() default is the built-in one"
    [ "$(q "$db" "SELECT note FROM app.citext WHERE geometry IS NOT NULL")" = "citext::text" ] &&
      ok "$name: the look-alike table app.citext and its geometry column are untouched" || bad "$name: look-alike table untouched"
    # Every lost feature is in the report.
    missing=$(python3 - "$report" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
lost = "\n".join(f["message"] for f in r["lost_features"])
want = ["users_name_trgm", "users_name_trgm_gist", "users_tags", "users_path", "users_attrs", "users_created_gin",
        "users_name_unaccent", "bookings_room_during_excl", "places_location", "places_earth", "place_coords",
        "named_place_coords", "place_distances", "docs_blob", "title_soundex", "similar_titles", "f_unaccent",
        "docs_code_check", "password_hash", "users_email_key", "citext", "geometry", "geography", "cube", "ltree",
        "isbn13", "hstore", "lo", "spatial_ref_sys"]
print(" ".join(w for w in want if w not in lost))
if [t["rows"] for k, t in r["dropped_copy_tables"].items() if "spatial_ref_sys" in k] != [1]:
    print("dropped_copy_tables:" + json.dumps(r["dropped_copy_tables"]))
PY
)
    [ -z "$missing" ] && ok "$name: every lost feature is listed in the report JSON" || bad "$name: every lost feature is listed in the report JSON" "missing: $missing"
  done
  # --on-dependents=drop: what needs the extensions goes whole (tables with
  # their rows); the rest restores and keeps its rows.
  out="$tmp/$ext.drop.sql"
  if "$bin" -q --deny-extension hstore --on-dependents=drop "$tmp/$ext.plain.sql" > "$out" 2> "$tmp/drop.err"; then ok "$ext/drop: sanitized (exit 0)"
  else bad "$ext/drop: sanitized (exit 0)" "$(tail -3 "$tmp/drop.err")"; fi
  db="dst_${ext}_drop"
  psql_src -d postgres -c "CREATE DATABASE $db" >/dev/null
  if psql_src -d "$db" -f "$out" > "$tmp/restore.log" 2>&1; then ok "$ext/drop: restores with ON_ERROR_STOP=1"
  else bad "$ext/drop: restores with ON_ERROR_STOP=1" "$(grep -m3 ERROR "$tmp/restore.log")"; fi
  kept=$(echo "$want" | tr ' ' '\n' | grep -E '^(app\.citext|bookings)=' | tr '\n' ' ')
  got=$(tables "$db" | tr ' ' '\n' | tr '\n' ' ')
  [ "$got" = "$kept" ] && ok "$ext/drop: only the tables that need no extension remain, with all their rows" ||
    bad "$ext/drop: only the tables that need no extension remain, with all their rows" "want $kept" "got  $got"
  grep -q "dropped the COPY data of public.users with its COPY statement: 3 rows\|dropped the COPY data of \"public\".\"users\"" "$tmp/drop.err" &&
    ok "$ext/drop: the dropped table's rows are counted and reported" || bad "$ext/drop: the dropped table's rows are counted and reported" "$(grep 'COPY data' "$tmp/drop.err" | head -3)"
done

# The repository's Heroku-style dumps (testdata/heroku_app*.sql: citext,
# gin_trgm_ops, a btree_gist EXCLUDE, pgcrypto, all in heroku_ext) restore
# where none of those extensions exists, with every COPY row.
testdata=$here/../../testdata
k=0
for f in heroku_app.sql heroku_app.create.sql heroku_app.schema.sql heroku_app.inserts.sql heroku_app.sql.gz; do
  k=$((k + 1)); db=heroku_app_$k
  "$bin" -q --report "$tmp/td.json" "$testdata/$f" > "$tmp/td.sql" 2> "$tmp/td.err" || { bad "testdata/$f: sanitized (exit 0)" "$(tail -3 "$tmp/td.err")"; continue; }
  psql_src -d postgres -c "CREATE DATABASE $db" >/dev/null
  if psql_src -d "$db" -f "$tmp/td.sql" > "$tmp/restore.log" 2>&1; then ok "testdata/$f: restores with ON_ERROR_STOP=1 without citext, pg_trgm, btree_gist, pgcrypto"
  else bad "testdata/$f: restores with ON_ERROR_STOP=1" "$(grep -m3 ERROR "$tmp/restore.log")"; continue; fi
  if [ "$f" = heroku_app.sql ]; then
    want=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(" ".join(t + "=" + str(v["rows"]) for t, v in sorted(r["copy_tables"].items())))' "$tmp/td.json")
    got=$(for t in $(echo "$want" | tr ' ' '\n' | cut -d= -f1); do echo -n "$t=$(q "$db" "SELECT count(*) FROM ONLY $t") "; done | sed 's/ $//')
    [ -n "$want" ] && [ "$got" = "$want" ] && ok "testdata/$f: every table holds every COPY row ($want)" ||
      bad "testdata/$f: every table holds every COPY row" "want $want" "got  $got"
  fi
done
echo "1..$n"
[ $failed -eq 0 ]
