#!/usr/bin/env bash
# Throwaway PostgreSQL 15 cluster for tests and benchmarks. Source it, then:
#   pg_start            # initdb in a temp dir, start on a unix socket there
#   psql_src ...        # psql -X -v ON_ERROR_STOP=1 against the cluster
#   pg_stop             # (also run on EXIT by pg_start's trap)
# Exposes PGHOST (the socket dir), PGPORT, PGUSER, PG_BIN, PG_TMP.
# PG_SERVER_OPTS, when set, is added to the server's options (e.g.
# "-c shared_preload_libraries=pg_cron -c cron.database_name=restored").
# As root, the server runs as a non-root user (postgres, else nobody).

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

pg_start() {
  if [ ! -x "$PG_BIN/initdb" ]; then
    echo "pgcluster: $PG_BIN/initdb not found (apt-get install postgresql-15)" >&2
    return 1
  fi
  PG_TMP=$(mktemp -d "${TMPDIR:-/tmp}/db9-pg.XXXXXX")
  chmod 755 "$PG_TMP"
  PG_RUNAS=()
  if [ "$(id -u)" = 0 ]; then
    local user=postgres
    id "$user" >/dev/null 2>&1 || user=nobody
    chown "$user" "$PG_TMP"
    PG_RUNAS=(runuser -u "$user" --)
  fi
  export PGHOST="$PG_TMP" PGPORT=$((20000 + RANDOM % 20000)) PGUSER=db9test PGDATABASE=postgres
  "${PG_RUNAS[@]}" "$PG_BIN/initdb" -D "$PG_TMP/data" -U db9test --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$PG_TMP/initdb.log" 2>&1 || { cat "$PG_TMP/initdb.log" >&2; return 1; }
  "${PG_RUNAS[@]}" "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w \
    -o "-c listen_addresses='' -k $PG_TMP -p $PGPORT -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${PG_SERVER_OPTS:-}" \
    start >/dev/null || { cat "$PG_TMP/server.log" >&2; return 1; }
  trap pg_stop EXIT
}

pg_stop() {
  if [ -n "${PG_TMP:-}" ] && [ -d "$PG_TMP/data" ]; then
    "${PG_RUNAS[@]}" "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  [ -n "${PG_TMP:-}" ] && rm -rf "$PG_TMP"
  PG_TMP=
}

psql_src() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
