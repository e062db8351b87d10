#!/usr/bin/env bash
# On-demand benchmark of db9-sanitize (not part of `meson test`).
#
#   tests/bench/run.sh DB9_SANITIZE PARSE_BASELINE
#   ninja -C build bench                      (the same, via meson)
#
# Environment:
#   BENCH_DIR     work dir; generated dumps are cached here (/tmp/db9-bench)
#   BENCH_SCALE   pgbench scale of the COPY-heavy dump (55: about 536 MB)
#   BENCH_TABLES  tables in the schema-heavy dump (2000)
#   BENCH_REPS    timed repetitions per measure, the best is kept (3)
#
# The final Markdown table goes to stdout and to $BENCH_DIR/results.md;
# progress and every individual timing go to stderr. See README.md here.
set -u -o pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 DB9_SANITIZE PARSE_BASELINE" >&2
  exit 2
fi
bin=$(realpath "$1")
baseline=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/db9-bench}
SCALE=${BENCH_SCALE:-55}
TABLES=${BENCH_TABLES:-2000}
REPS=${BENCH_REPS:-3}
TIME=/usr/bin/time

for tool in "$bin" "$baseline"; do
  [ -x "$tool" ] || { echo "bench: $tool is not executable (build it: ninja -C build bench)" >&2; exit 2; }
done
[ -x "$TIME" ] || { echo "bench: $TIME not found (apt-get install time)" >&2; exit 2; }
command -v jq >/dev/null || { echo "bench: jq not found (apt-get install jq)" >&2; exit 2; }
mkdir -p "$BENCH_DIR"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }

copy_dump=$BENCH_DIR/pgbench-s$SCALE.sql
# Partitioned (pgbench --partitions=4), at SCALE and at SCALE/10: peak
# memory must not grow with the data (the partition rule's hold keeps
# schema statements only).
part_small_scale=$(( SCALE / 10 > 0 ? SCALE / 10 : 1 ))
part_big=$BENCH_DIR/pgbench-part4-s$SCALE.sql
part_small=$BENCH_DIR/pgbench-part4-s$part_small_scale.sql
copy_gz=$copy_dump.gz
schema_dump=$BENCH_DIR/schema-t$TABLES.sql

# ---- the dumps (made once, cached in BENCH_DIR) ------------------------------

# The schema-heavy source: TABLES tables, each with a bigserial primary key,
# a CHECK, a NOT NULL DEFAULT, a foreign key to the previous table, an index
# and two comments; every 3rd table a GRANT, every 4th a view, every 5th a
# plpgsql function, every 8th a free-standing sequence, every 10th a
# trigger, every 20th an enum type and a domain.
make_schema_sql() {
  awk -v n="$TABLES" 'BEGIN {
    print "CREATE SCHEMA app;"
    print "CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$"
    print "BEGIN NEW.updated_at := now(); RETURN NEW; END $$;"
    for (i = 1; i <= n; i++) {
      t = "app.t_" i
      if (i % 20 == 0) {
        printf "CREATE TYPE app.status_%d AS ENUM (%s);\n", i, "'\''new'\'', '\''open'\'', '\''closed'\''"
        printf "CREATE DOMAIN app.amount_%d AS numeric(12,2) CHECK (VALUE >= 0);\n", i
      }
      printf "CREATE TABLE %s (\n", t
      print  "  id bigserial PRIMARY KEY,"
      print  "  code text NOT NULL,"
      printf "  name varchar(64) NOT NULL DEFAULT '\''item %d'\'',\n", i
      print  "  amount numeric(12,2) CHECK (amount >= 0),"
      print  "  flags integer[] NOT NULL DEFAULT '\''{}'\'',"
      print  "  created_at timestamptz NOT NULL DEFAULT now(),"
      print  "  updated_at timestamptz,"
      if (i > 1) printf "  parent_id bigint REFERENCES app.t_%d (id) ON DELETE SET NULL,\n", i - 1
      else       print  "  parent_id bigint,"
      printf "  CONSTRAINT t_%d_code_check CHECK (length(code) BETWEEN 1 AND 32)\n", i
      print  ");"
      printf "CREATE INDEX t_%d_name_idx ON %s (name, created_at DESC);\n", i, t
      printf "COMMENT ON TABLE %s IS '\''Table number %d: a synthetic one for the benchmark'\'';\n", t, i
      printf "COMMENT ON COLUMN %s.amount IS '\''Amount, in the currency of table %d'\'';\n", t, i
      if (i % 3 == 0) printf "GRANT SELECT ON %s TO PUBLIC;\n", t
      if (i % 4 == 0) {
        printf "CREATE VIEW app.v_%d AS SELECT id, code, upper(name) AS name, amount * 2 AS doubled\n", i
        printf "  FROM %s WHERE amount > 10 AND code LIKE '\''A%%'\'' ORDER BY created_at DESC;\n", t
      }
      if (i % 5 == 0) {
        printf "CREATE FUNCTION app.total_%d(p_from bigint, p_code text DEFAULT NULL) RETURNS numeric\n", i
        print  "LANGUAGE plpgsql STABLE AS $fn$"
        print  "DECLARE s numeric := 0; r record;"
        print  "BEGIN"
        printf "  FOR r IN SELECT amount FROM %s WHERE id >= p_from AND (p_code IS NULL OR code = p_code) LOOP\n", t
        print  "    s := s + coalesce(r.amount, 0);"
        print  "  END LOOP;"
        print  "  IF s < 0 THEN RAISE EXCEPTION '\''negative total %'\'', s; END IF;"
        print  "  RETURN s;"
        print  "END $fn$;"
      }
      if (i % 8 == 0) printf "CREATE SEQUENCE app.seq_%d START 100 INCREMENT 5 CACHE 10;\n", i
      if (i % 10 == 0)
        printf "CREATE TRIGGER t_%d_touch BEFORE UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION app.touch();\n", i, t
    }
  }'
}

need_copy=0; need_schema=0; need_part=0
[ -s "$copy_dump" ] && [ -f "$copy_dump.done" ] || need_copy=1
[ -s "$schema_dump" ] && [ -f "$schema_dump.done" ] || need_schema=1
for f in "$part_big" "$part_small"; do [ -s "$f" ] && [ -f "$f.done" ] || need_part=1; done

if [ $need_copy = 1 ] || [ $need_schema = 1 ] || [ $need_part = 1 ]; then
  # shellcheck source=../lib/pgcluster.sh
  source "$here/../lib/pgcluster.sh"
  log "starting a throwaway PostgreSQL cluster"
  pg_start || die "could not start PostgreSQL"
  if [ $need_copy = 1 ]; then
    log "pgbench -i -s $SCALE (this takes a while, once)"
    rm -f "$copy_dump.done" "$copy_gz" "$copy_gz.done"
    psql_src -c "CREATE DATABASE bench_copy" || die "createdb"
    "$PG_BIN/pgbench" -i -q -s "$SCALE" bench_copy >"$BENCH_DIR/pgbench.log" 2>&1 ||
      { cat "$BENCH_DIR/pgbench.log" >&2; die "pgbench -i failed"; }
    log "pg_dump bench_copy > $copy_dump"
    "$PG_BIN/pg_dump" -d bench_copy -f "$copy_dump.tmp" || die "pg_dump failed"
    mv "$copy_dump.tmp" "$copy_dump" && touch "$copy_dump.done"
    psql_src -c "DROP DATABASE bench_copy"
  fi
  if [ $need_schema = 1 ]; then
    log "loading a $TABLES-table schema"
    psql_src -c "CREATE DATABASE bench_schema" || die "createdb"
    make_schema_sql > "$BENCH_DIR/schema-source.sql"
    psql_src -d bench_schema -f "$BENCH_DIR/schema-source.sql" >/dev/null || die "loading the schema failed"
    log "pg_dump --schema-only bench_schema > $schema_dump"
    "$PG_BIN/pg_dump" --schema-only -d bench_schema -f "$schema_dump.tmp" || die "pg_dump failed"
    mv "$schema_dump.tmp" "$schema_dump" && touch "$schema_dump.done"
  fi
  if [ $need_part = 1 ]; then
    for s in "$part_small_scale" "$SCALE"; do
      f=$BENCH_DIR/pgbench-part4-s$s.sql
      log "pgbench -i -s $s --partitions=4; pg_dump > $f (once)"
      psql_src -c "CREATE DATABASE bench_part" || die "createdb"
      "$PG_BIN/pgbench" -i -q -s "$s" --partitions=4 bench_part >"$BENCH_DIR/pgbench.log" 2>&1 ||
        { cat "$BENCH_DIR/pgbench.log" >&2; die "pgbench -i --partitions=4 failed"; }
      "$PG_BIN/pg_dump" -d bench_part -f "$f.tmp" || die "pg_dump failed"
      mv "$f.tmp" "$f" && touch "$f.done"
      psql_src -c "DROP DATABASE bench_part"
    done
  fi
  pg_stop
fi
if ! { [ -s "$copy_gz" ] && [ -f "$copy_gz.done" ]; }; then
  log "gzip -6 $copy_dump (once)"
  gzip -6 -c "$copy_dump" > "$copy_gz.tmp" || die "gzip failed"
  mv "$copy_gz.tmp" "$copy_gz" && touch "$copy_gz.done"
fi

copy_bytes=$(stat -c %s "$copy_dump")
schema_bytes=$(stat -c %s "$schema_dump")
gz_bytes=$(stat -c %s "$copy_gz")
copy_mb=$(calc "$copy_bytes / 1e6" 1)
(( copy_bytes >= 500000000 )) ||
  log "warning: the COPY-heavy dump is only $copy_mb MB (< 500 MB): raise BENCH_SCALE"

# Warm the page cache: every measure reads from memory, not disk.
cat "$copy_dump" "$copy_gz" "$schema_dump" > /dev/null
# The pipe measures are short and take every core: anything else running
# skews them (and not evenly). Say so in the results.
load_start=$(cut -d' ' -f1 /proc/loadavg)
awk "BEGIN { exit !($load_start > 0.5) }" &&
  log "warning: load average $load_start: other work is running, the pipe measures will be noisy"

# ---- sanity: with every rule off, the output is the input, byte for byte ----

"$bin" -q --disable all --report "$BENCH_DIR/copy-report.json" "$copy_dump" | cmp -s - "$copy_dump" ||
  die "db9-sanitize --disable all: the output differs from the COPY-heavy dump"
"$bin" -q --disable all --report "$BENCH_DIR/schema-report.json" "$schema_dump" | cmp -s - "$schema_dump" ||
  die "db9-sanitize --disable all: the output differs from the schema-heavy dump"
schema_stmts=$(jq .statements "$BENCH_DIR/schema-report.json")
schema_errors=$(jq .parse_errors "$BENCH_DIR/schema-report.json")
copy_stmts=$(jq .statements "$BENCH_DIR/copy-report.json")
copy_rows=$(jq .copy_rows "$BENCH_DIR/copy-report.json")
[ "$schema_errors" = 0 ] || log "warning: $schema_errors statements of the schema-heavy dump do not parse"
(( schema_stmts >= 20000 )) ||
  log "warning: the schema-heavy dump has only $schema_stmts statements (< 20,000): raise BENCH_TABLES"
log "COPY-heavy: $copy_mb MB, $copy_stmts statements, $copy_rows COPY rows; gzip -6: $(calc "$gz_bytes / 1e6" 1) MB"
log "schema-heavy: $(calc "$schema_bytes / 1e6" 1) MB, $schema_stmts statements"

# ---- timing ------------------------------------------------------------------

# best LABEL COMMAND: run COMMAND (a bash -c string) REPS times, set $best to
# the fastest wall time in seconds; each time goes to stderr.
best() {
  local label=$1 cmd=$2 i t0 t1 s all=()
  best=
  for ((i = 0; i < REPS; i++)); do
    t0=$(date +%s%N)
    bash -c "set -o pipefail; $cmd" || die "$label: command failed: $cmd"
    t1=$(date +%s%N)
    s=$(calc "($t1 - $t0) / 1e9" 4)
    all+=("$s")
    if [ -z "$best" ] || awk "BEGIN { exit !($s < $best) }"; then best=$s; fi
  done
  log "$label: ${all[*]} s (best $best s)"
}

# peak_rss COMMAND: the peak RSS of the command's process in KiB -> $rss_kib.
peak_rss() {
  local label=$1; shift
  local t0 t1
  t0=$(date +%s%N)
  "$TIME" -f %M -o "$BENCH_DIR/rss.txt" "$@" > /dev/null 2> "$errlog" || die "$label: command failed"
  t1=$(date +%s%N)
  rss_kib=$(tail -n 1 "$BENCH_DIR/rss.txt")
  rss_seconds=$(calc "($t1 - $t0) / 1e9" 4)
  log "$label: peak RSS $rss_kib KiB in $rss_seconds s"
}

# Every timed db9-sanitize run uses the default rules (what a user gets);
# its diagnostics go to $BENCH_DIR/stderr.txt, not the terminal.
errlog=$BENCH_DIR/stderr.txt
q() { printf '%q' "$1"; }
Err=$(q "$errlog"); Bin=$(q "$bin"); Copy=$(q "$copy_dump"); Gz=$(q "$copy_gz"); Schema=$(q "$schema_dump")

log "a. pipe throughput, COPY-heavy dump"
best "cat | cat | cat" "cat $Copy | cat | cat > /dev/null"; t_cat=$best
# The data streamed untouched (--copy-batch 0: blocks kept whole), as this
# row measured before the import paths existed.
best "cat | db9-sanitize --copy-batch 0 | cat" "cat $Copy | $Bin -q --copy-batch 0 2> $Err | cat > /dev/null"; t_pipe=$best
mbs_cat=$(calc "$copy_bytes / 1e6 / $t_cat" 0)
mbs_pipe=$(calc "$copy_bytes / 1e6 / $t_pipe" 0)
ratio_pipe=$(calc "$t_cat / $t_pipe" 2)

log "a2. the two import paths, COPY-heavy dump through pipes"
# --target psql with COPY batches of 2 MiB (the default): the blocks cut at
# row ends, the COPY statement repeated; the output checked once.
"$bin" -q --copy-batch 2M "$copy_dump" 2> "$errlog" | "$bin" -q --copy-batch 2M 2> "$errlog" | cmp -s - <("$bin" -q --copy-batch 2M "$copy_dump" 2> "$errlog") ||
  die "--copy-batch 2M is not idempotent on the COPY-heavy dump"
"$bin" -q --copy-batch 2M --report "$BENCH_DIR/batch-report.json" "$copy_dump" 2> "$errlog" > /dev/null || die "--copy-batch 2M failed"
batches=$(jq .copy_batches.batches "$BENCH_DIR/batch-report.json")
best "cat | db9-sanitize --copy-batch 2M | cat" "cat $Copy | $Bin -q --copy-batch 2M 2> $Err | cat > /dev/null"; t_batch=$best
mbs_batch=$(calc "$copy_bytes / 1e6 / $t_batch" 0)
ratio_batch=$(calc "$t_cat / $t_batch" 2)
# --target api: every row decoded and written again as INSERT ... VALUES.
api_report=$BENCH_DIR/api-report.json
"$bin" -q --target api --report "$api_report" "$copy_dump" 2> "$errlog" > /dev/null || die "--target api failed"
api_rows=$(jq .copy_inserts.rows "$api_report"); api_stmts=$(jq .copy_inserts.statements "$api_report")
api_out=$(jq .bytes_out "$api_report")
[ "$api_rows" -gt 0 ] || die "--target api wrote no INSERT rows"
best "cat | db9-sanitize --target api | cat" "cat $Copy | $Bin -q --target api 2> $Err | cat > /dev/null"; t_api=$best
mbs_api=$(calc "$copy_bytes / 1e6 / $t_api" 0)

log "b. statements per second, schema-heavy dump"
best "db9-sanitize --report" "$Bin -q --report $(q "$BENCH_DIR/r.json") $Schema > /dev/null 2> $Err"; t_stmts=$best
n_stmts=$(jq .statements "$BENCH_DIR/r.json")
n_changes=$(jq .changes "$BENCH_DIR/r.json")
sps_san=$(calc "$n_stmts / $t_stmts" 0)
best "db9-sanitize --disable all" "$Bin -q --disable all $Schema > /dev/null"; t_off=$best
sps_off=$(calc "$n_stmts / $t_off" 0)
"$baseline" "$schema_dump" "$REPS" > "$BENCH_DIR/baseline.txt" || die "parse_baseline failed"
bl() { awk -v k="$1" '$1 == k { print $2 }' "$BENCH_DIR/baseline.txt"; }
[ "$(bl statements)" = "$n_stmts" ] ||
  log "warning: parse_baseline framed $(bl statements) statements, db9-sanitize $n_stmts"
sps_parse=$(bl parse_stmts_per_sec)
sps_unpack=$(bl unpack_stmts_per_sec)
sps_split=$(bl split_stmts_per_sec)
log "parse_baseline: split $(bl split_seconds) s, parse $(bl parse_seconds) s, parse+unpack $(bl unpack_seconds) s (best of $REPS)"
ratio_parse=$(calc "$sps_san / $sps_parse" 2)
ratio_unpack=$(calc "$sps_san / $sps_unpack" 2)
ratio_off=$(calc "$sps_off / $sps_parse" 2)

log "c. peak RSS"
peak_rss "COPY-heavy" "$bin" -q "$copy_dump"; rss_copy=$rss_kib
peak_rss "schema-heavy" "$bin" -q "$schema_dump"; rss_schema=$rss_kib
ten=(); for ((i = 0; i < 10; i++)); do ten+=("$copy_dump"); done
peak_rss "COPY-heavy x10" "$bin" -q "${ten[@]}"; rss_ten=$rss_kib
ten_mbs=$(calc "10 * $copy_bytes / 1e6 / $rss_seconds" 0)
mib() { calc "$1 / 1024" 1; }
part_big_mb=$(calc "$(stat -c %s "$part_big") / 1e6" 0)
part_small_mb=$(calc "$(stat -c %s "$part_small") / 1e6" 0)
peak_rss "partitioned $part_small_mb MB" "$bin" -q "$part_small"; rss_part_small=$rss_kib
peak_rss "partitioned $part_big_mb MB" "$bin" -q "$part_big"; rss_part_big=$rss_kib

log "d. gzip input"
best "zcat | cat" "zcat $Gz | cat > /dev/null"; t_zcat=$best
best "db9-sanitize .gz | cat" "$Bin -q $Gz 2> $Err | cat > /dev/null"; t_gz=$best
mbs_zcat=$(calc "$copy_bytes / 1e6 / $t_zcat" 0)
mbs_gz=$(calc "$copy_bytes / 1e6 / $t_gz" 0)
ratio_gz=$(calc "$t_zcat / $t_gz" 2)

# ---- the table ---------------------------------------------------------------

met() { awk "BEGIN { exit !($1) }" && echo yes || echo "**no**"; }
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
{
  echo "db9-sanitize $("$bin" --version 2>/dev/null | head -n 1 | awk '{ print $2 }'), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs: ${cpu:-unknown}, $(uname -sr), load average $load_start at start"
  echo
  echo "Dumps: COPY-heavy = pg_dump of \`pgbench -i -s $SCALE\`, $copy_mb MB ($copy_rows COPY rows; gzip -6: $(calc "$gz_bytes / 1e6" 1) MB);" \
       "schema-heavy = pg_dump --schema-only of $TABLES synthetic tables, $(calc "$schema_bytes / 1e6" 1) MB, $n_stmts statements ($n_changes changed by the default rules)." \
       "Times are the best of $REPS; MB = 10^6 bytes."
  echo
  echo "| measure | db9-sanitize | baseline | ratio | target | met? |"
  echo "|---|---|---|---|---|---|"
  echo "| COPY-heavy through pipes, MB/s (\`--copy-batch 0\`) | $mbs_pipe | $mbs_cat (\`cat\`) | $ratio_pipe | ≥ 0.9 | $(met "$ratio_pipe >= 0.9") |"
  echo "| COPY-heavy through pipes, \`--copy-batch 2M\` ($batches batches), MB/s | $mbs_batch | $mbs_cat (\`cat\`) | $ratio_batch | ≥ 0.9 | $(met "$ratio_batch >= 0.9") |"
  echo "| COPY-heavy through pipes, \`--target api\` ($api_rows rows → $api_stmts INSERTs, $(calc "$api_out / 1e6" 0) MB out), MB/s of dump in | $mbs_api | $mbs_cat (\`cat\`) | $(calc "$t_cat / $t_api" 2) | ≥ 300 MB/s | $(met "$mbs_api >= 300") |"
  echo "| schema-heavy, statements/s, the core (\`--disable all\`) | $sps_off | $sps_parse (bare \`pg_query_parse_protobuf\`) | $ratio_off | ≥ 0.8 | $(met "$ratio_off >= 0.8") |"
  echo "| schema-heavy, statements/s, default rules (\`--report\`) | $sps_san | $sps_parse (bare parse) | $ratio_parse | ≥ 0.5 | $(met "$ratio_parse >= 0.5") |"
  echo "| schema-heavy, statements/s, default rules (info) | $sps_san | $sps_unpack (parse + unpack) | $ratio_unpack | — | — |"
  echo "| peak RSS, COPY-heavy, MiB | $(mib "$rss_copy") | — | — | ≤ 32 | $(met "$rss_copy <= 32768") |"
  echo "| peak RSS, schema-heavy, MiB | $(mib "$rss_schema") | — | — | ≤ 32 | $(met "$rss_schema <= 32768") |"
  echo "| peak RSS, COPY-heavy ×10 ($(calc "10 * $copy_bytes / 1e9" 1) GB, $ten_mbs MB/s), MiB | $(mib "$rss_ten") | $(mib "$rss_copy") (×1) | $(calc "$rss_ten / $rss_copy" 2) | ≤ 32 | $(met "$rss_ten <= 32768") |"
  echo "| peak RSS, partitioned ($part_big_mb MB, merged by the default rules), MiB | $(mib "$rss_part_big") | $(mib "$rss_part_small") ($part_small_mb MB) | $(calc "$rss_part_big / $rss_part_small" 2) | ≤ 1.05 | $(met "$rss_part_big <= 1.05 * $rss_part_small") |"
  echo "| .gz input, MB/s of SQL | $mbs_gz | $mbs_zcat (\`zcat\`) | $ratio_gz | — | — |"
} | tee "$BENCH_DIR/results.md"
echo
echo "(framing alone, in memory: $sps_split statements/s; raw numbers in $BENCH_DIR/baseline.txt)"
