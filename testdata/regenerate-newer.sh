#!/usr/bin/env bash
# Makes testdata/pg17/ and testdata/pg18/: real dumps by pg_dump 17 and 18,
# as people leaving Heroku Postgres 16/17 make them today. Each version runs
# in a Debian chroot (trixie has PostgreSQL 17, sid 18), made once with:
#   debootstrap --variant=minbase trixie ../chroot-pg17
#   debootstrap --variant=minbase sid ../chroot-pg18
#   chroot DIR apt-get install postgresql-NN postgresql-NN-postgis-3 locales-all
#   (sid: apt-get -o Acquire::Check-Valid-Until=false if its Release file is stale)
# This script mounts proc, dev and dev/shm into them when they are not.
# (DB9_CHROOT_PG17 / DB9_CHROOT_PG18 name other places.) Run as root.
# The repository's fixture schemas (testdata/schemas/*.sql, Heroku's own
# _heroku machinery included, and tests/roundtrip/*schema.sql) are loaded
# into that version's server, with roles and role memberships as pg_dumpall
# 16+ writes them, then dumped: plain, --create, and pg_dumpall (roles, and
# the heroku_app database). checksums.tsv holds each table's rows and the md5
# of its rows as text, computed in that server, for tests/roundtrip/newer.sh;
# settings.txt the server's pg_settings names (tests/newer_settings.sh).
# pg_dump writes a random \restrict key per run, so dumps differ in that line.
# Usage: regenerate-newer.sh [17] [18]   (default: both; DB9_NEWER_OUT=DIR
# writes DIR/pg17, DIR/pg18 instead of testdata/)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)

make_version() {
  local v=$1 root out
  root=$(eval echo "\${DB9_CHROOT_PG$v:-$repo/../chroot-pg$v}")
  out=${DB9_NEWER_OUT:-$here}/pg$v
  [ -x "$root/usr/lib/postgresql/$v/bin/pg_dump" ] || { echo "no PostgreSQL $v in $root" >&2; return 1; }
  mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
  mountpoint -q "$root/dev" || mount --bind /dev "$root/dev"
  mountpoint -q "$root/dev/shm" || mount --bind /dev/shm "$root/dev/shm"
  local w=/tmp/db9-newer   # inside the chroot
  rm -rf "$root$w"; mkdir -p "$root$w/in" "$root$w/out"
  cp "$here/schemas/heroku_app.sql" "$here/schemas/heroku_internal.sql" "$here/schemas/identity_logged.sql" \
     "$here/schemas/rails_app.sql" \
     "$repo/tests/roundtrip/rules_schema.sql" "$repo/tests/roundtrip/extensions_schema.sql" \
     "$repo/tests/roundtrip/partitions_schema.sql" "$repo/tests/roundtrip/schema.sql" \
     "$repo/tests/roundtrip/table_sums.sql" "$root$w/in/"
  cat > "$root$w/run.sh" <<SCRIPT
set -euo pipefail
bin=/usr/lib/postgresql/$v/bin
export PGHOST=$w PGPORT=5432 PGUSER=postgres PGTZ=UTC LC_ALL=C.UTF-8
cd $w
\$bin/initdb -D $w/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
\$bin/pg_ctl -D $w/data -l $w/server.log -w -o "-c listen_addresses='' -k $w -c fsync=off" start >/dev/null
trap '\$bin/pg_ctl -D $w/data -m fast stop >/dev/null' EXIT
p() { \$bin/psql -X -q -v ON_ERROR_STOP=1 "\$@"; }
# Roles and memberships, as pg_dumpall 16+ writes them (GRANTED BY, INHERIT,
# SET, ADMIN); a role named inherit is a look-alike.
p -d postgres <<'SQL'
CREATE ROLE heroku_admin;
CREATE ROLE daniel LOGIN CREATEROLE;
CREATE ROLE data_analyst;
CREATE ROLE antoine LOGIN;
CREATE ROLE inherit;
GRANT data_analyst TO daniel WITH ADMIN OPTION;
GRANT data_analyst TO antoine GRANTED BY daniel;
GRANT data_analyst TO inherit WITH INHERIT FALSE, SET FALSE;
GRANT pg_monitor TO daniel WITH ADMIN OPTION, INHERIT TRUE;
ALTER ROLE daniel SET transaction_timeout = '10min';
ALTER ROLE antoine SET statement_timeout = '30s';
SQL
load() { local db=\$1; shift; p -d postgres -c "CREATE DATABASE \$db"; p -d \$db "\$@" >/dev/null; }
load heroku_app -f in/heroku_app.sql -f in/heroku_internal.sql -f in/identity_logged.sql
p -d postgres -c "ALTER DATABASE heroku_app SET default_transaction_isolation = 'serializable'"
p -d postgres -c "ALTER DATABASE heroku_app SET transaction_timeout = '1h'"
load rails_app -f in/rails_app.sql
load rules -f in/rules_schema.sql
load extensions -v ext=heroku_ext -f in/extensions_schema.sql
load partitions -f in/partitions_schema.sql
load roundtrip -f in/schema.sql
# Each table's rows and checksum (tests/roundtrip/table_sums.sql).
for db in heroku_app rails_app rules extensions partitions roundtrip; do
  PGOPTIONS='-c search_path=public' p -d \$db -At -F "\$(printf '\t')" -f in/table_sums.sql | sed "s/^/\$db\t/"
done > out/checksums.tsv
p -d postgres -At -c "SELECT name FROM pg_settings ORDER BY 1" > out/settings.txt
for db in heroku_app rails_app rules extensions partitions roundtrip; do
  \$bin/pg_dump -d \$db -f out/\$db.sql
done
\$bin/pg_dump -d heroku_app --create -f out/heroku_app.create.sql
\$bin/pg_dump -d rules --create -f out/rules.create.sql
\$bin/pg_dumpall --exclude-database='postgres|rails_app|rules|extensions|partitions|roundtrip' -f out/pg_dumpall.sql
SCRIPT
  chroot "$root" chown -R postgres "$w"
  chroot "$root" runuser -u postgres -- bash "$w/run.sh"
  rm -rf "$out"; mkdir -p "$out"
  cp "$root$w/out/"* "$out/"
  gzip -9n "$out/roundtrip.sql"   # 4 MB of rows as it is
  rm -rf "$root$w"
  echo "wrote $out: $(cd "$out" && ls | tr '\n' ' ')"
}

for v in "${@:-17 18}"; do
  for x in $v; do make_version "$x"; done
done
