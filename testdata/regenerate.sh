#!/usr/bin/env bash
# Regenerates the dumps in testdata/ with the real pg_dump (PostgreSQL 15)
# from the schemas in testdata/schemas/. Run it after changing a schema.
# Usage: regenerate.sh [heroku_app] [rails_app] [type_zoo]   (default: all three)
# pg_dump 15.14+ writes a random \restrict key per run, so dumps differ in
# that line from run to run; everything else is stable.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../tests/lib/pgcluster.sh"
pg_start
heroku_app() {
  psql_src -d postgres -c 'CREATE DATABASE heroku_app'
  psql_src -d heroku_app -f "$here/schemas/heroku_app.sql" >/dev/null
  psql_src -d postgres -c "ALTER DATABASE heroku_app SET default_transaction_isolation = 'serializable'"
  "$PG_BIN/pg_dump" -d heroku_app -f "$here/heroku_app.sql"
  "$PG_BIN/pg_dump" -d heroku_app --create -f "$here/heroku_app.create.sql"
  "$PG_BIN/pg_dump" -d heroku_app --schema-only -f "$here/heroku_app.schema.sql"
  "$PG_BIN/pg_dump" -d heroku_app --inserts -f "$here/heroku_app.inserts.sql"
  "$PG_BIN/pg_dump" -d heroku_app -Z 6 -f "$here/heroku_app.sql.gz"
  echo "wrote $here/heroku_app{,.create,.schema,.inserts}.sql and heroku_app.sql.gz"
}

# What ActiveRecord's PostgreSQL structure dump does: pg_dump --schema-only
# --no-privileges --no-owner, the comment lines at the top removed, then the
# search_path and the schema_migrations versions appended.
rails_app() {
  local out=$here/rails/structure.sql
  psql_src -d postgres -c 'CREATE DATABASE rails_app'
  psql_src -d rails_app -f "$here/schemas/rails_app.sql" >/dev/null
  "$PG_BIN/pg_dump" -d rails_app --schema-only --no-privileges --no-owner -f "$out.tmp"
  awk 'started || !/^(--.*)?$/ { started = 1; print }' "$out.tmp" > "$out"
  rm -f "$out.tmp"
  printf '%s\n' 'SET search_path TO "$user", public;' '' 'INSERT INTO "schema_migrations" (version) VALUES' \
    "('20240101000000')," "('20240215093000')," "('20250301120000');" '' '' >> "$out"
  echo "wrote $out"
}

# The type zoo (issue #14: COPY data as INSERTs, COPY in batches): every
# value shape a COPY block carries, dumped plain. pg_dump runs with
# PGTZ=UTC so that timestamptz and timetz values read the same in any zone.
type_zoo() {
  psql_src -d postgres -c 'CREATE DATABASE type_zoo'
  PGTZ=UTC psql_src -d type_zoo -f "$here/schemas/type_zoo.sql" >/dev/null
  PGTZ=UTC "$PG_BIN/pg_dump" -d type_zoo -f "$here/type_zoo.sql"
  echo "wrote $here/type_zoo.sql"
}

for what in "${@:-heroku_app rails_app type_zoo}"; do
  for w in $what; do "$w"; done
done
