#!/usr/bin/env bash
# PostgreSQL's own regression database, built the way pg_regress builds it,
# for identity_regress.sh and roundtrip/regress_restore.sh. Source it after
# pgcluster.sh and pg_start, then:
#   regress_build SRC WORK
# SRC is a regression source directory (tests/regress_src.sh lays one out):
#   SRC/sql/NAME.sql, SRC/data/*, SRC/parallel_schedule (or SRC/schedule;
#   else every sql/*.sql in name order), SRC/regress.c (or SRC/c/regress.c).
# It builds regress.so with PGXS when regress.c is there (needs
# postgresql-server-dev-15), creates database `regression` and runs every
# scheduled script in it with psql, one psql per script, in the
# environment pg_regress gives them (PG_ABS_SRCDIR, PG_ABS_BUILDDIR,
# PG_LIBDIR, PG_DLSUFFIX, PGTZ, PGDATESTYLE). Errors in the scripts are
# expected and ignored: the goal is a rich database, not passing tests.
# Logs go to WORK/NAME.out. Sets:
#   REGRESS_TESTS     the scripts run, in order
#   REGRESS_BROKEN    scripts whose psql itself failed (lost connection,
#                     crashed server, timeout): not expected
#   REGRESS_LIB_OK    0 when regress.so was built (1 failed, '' no regress.c)
#   REGRESS_SECONDS   how long the scripts took
# Returns 0 when every psql ran and the database holds relations.

regress_build() {
  local src=$1 work=$2 t f
  mkdir -p "$work"
  # regress.so, built where the server (running as another user) can read it.
  local libdir=$PG_TMP/lib
  mkdir -p "$libdir"
  local regress_c=
  for f in "$src/regress.c" "$src/c/regress.c"; do [ -f "$f" ] && { regress_c=$f; break; }; done
  REGRESS_LIB_OK=
  if [ -n "$regress_c" ]; then
    cp "$regress_c" "$libdir/regress.c"
    printf 'MODULES = regress\nPG_CONFIG = %s\nPGXS := $(shell $(PG_CONFIG) --pgxs)\ninclude $(PGXS)\n' \
      "$PG_BIN/pg_config" > "$libdir/Makefile"
    nice make -C "$libdir" >"$work/regress-build.log" 2>&1
    REGRESS_LIB_OK=$?
    chmod -R a+rX "$libdir"
  fi
  # Where the scripts write with server-side COPY TO (results/...).
  local builddir=$PG_TMP/build
  mkdir -p "$builddir/results"
  chmod -R 777 "$builddir"

  local schedule=
  for f in "$src/schedule" "$src/parallel_schedule"; do [ -f "$f" ] && { schedule=$f; break; }; done
  REGRESS_TESTS=()
  if [ -n "$schedule" ]; then
    local kw rest
    while read -r kw rest; do
      [ "$kw" = "test:" ] || continue
      for t in $rest; do
        if [ -f "$src/sql/$t.sql" ]; then REGRESS_TESTS+=("$t"); else echo "# schedule lists $t, no sql/$t.sql: not run"; fi
      done
    done < "$schedule"
  else
    for f in "$src"/sql/*.sql; do t=${f##*/}; REGRESS_TESTS+=("${t%.sql}"); done
  fi

  psql_src -d postgres -c "CREATE DATABASE regression TEMPLATE template0" >/dev/null || return 1
  # psql exits 0 however many statements fail (no ON_ERROR_STOP); anything
  # else (a lost connection, a crashed server, the timeout) is REGRESS_BROKEN.
  local t0 t1
  t0=$(date +%s)
  REGRESS_BROKEN=()
  for t in "${REGRESS_TESTS[@]}"; do
    PG_ABS_SRCDIR=$src PG_ABS_BUILDDIR=$builddir PG_LIBDIR=$libdir PG_DLSUFFIX=.so \
    PGTZ=PST8PDT PGDATESTYLE='Postgres, MDY' PGAPPNAME=pg_regress/$t \
      timeout 600 nice "$PG_BIN/psql" -X -a -q -d regression -f "$src/sql/$t.sql" \
      >"$work/$t.out" 2>&1 || REGRESS_BROKEN+=("$t")
  done
  t1=$(date +%s)
  REGRESS_SECONDS=$((t1 - t0))
  local rels
  rels=$(psql_src -d regression -Atc "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog','information_schema','pg_toast')")
  [ ${#REGRESS_BROKEN[@]} = 0 ] && [ "${rels:-0}" -gt 0 ]
}
