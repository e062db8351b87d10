#!/usr/bin/env bash
# COPY data as INSERTs (issue #14, --target api: DB9's HTTP import runs no
# psql, so no COPY ... FROM stdin), against a real PostgreSQL 15. For every
# dump given (files, and directories of dumps: DIR/*.sql*):
#   - the source: the dump sanitized with the defaults (--target psql),
#     restored with psql -v ON_ERROR_STOP=1 into a fresh database, every
#     table's rows and checksum taken (table_sums.sql: count and md5 of
#     string_agg(t::text ORDER BY t::text), TimeZone UTC);
#   - sanitized with --target api: exit 0, and no COPY ... FROM stdin left
#     but those it warns it leaves (binary data, COPY ... WHERE);
#     sanitized again with --target api, that output does not change;
#   - that output restores with ON_ERROR_STOP=1 into a fresh database, and
#     every table's rows and checksum equal the source's;
#   - with --scs-off (for the files after it; --no-scs-off ends it): the
#     same api output restored with the target session's
#     standard_conforming_strings off (PGOPTIONS='-c
#     standard_conforming_strings=off'). pg_dump's schema is written for
#     the value its header SETs (on), so the test keeps that value for
#     every schema section and gives the data back to the session's own
#     setting: after each "-- Data for Name: ...; Type: TABLE DATA" header
#     it writes RESET standard_conforming_strings (back to the session's
#     off), after every other pg_dump header the dump's own last SET again.
#     The INSERTs that ran so are counted (none for a dump with COPY data
#     fails), no "nonstandard use of \\" warning may come from a data
#     section, and every table's rows and checksum equal the source's.
# The type zoo (testdata/type_zoo.sql, named type_zoo.sql) gets more: its
# unsanitized dump restored too, and the default path's checksums must equal
# it; one line per table; every table but no_columns_empty holds rows; a
# run with small batches (--insert-batch 7 --insert-batch-bytes 4K) round
# trips as well; and so does its data-only dump (pg_dump -a of the restored
# zoo) with --target api, loaded over its schema-only dump (pg_dump -s),
# where no CREATE TABLE tells the filter which columns are identity ALWAYS.
# A directory is the real-dumps corpus: the files tests/roundtrip/
# real_dumps.sh excuses (its EXCUSED list, read from that script) are not
# run here, for the same reason, shown as a comment.
# The cluster preloads pg_cron (cron.database_name = the database every
# dump is restored into, made afresh each time), as real_dumps.sh does.
# Output is TAP. API_KEEP=DIR keeps the outputs and logs in DIR.
# Usage: api_insert.sh DB9_SANITIZE [--scs-off|--no-scs-off] FILE|DIR...
set -u
bin=$(realpath "$1")
shift
here=$(cd "$(dirname "$0")" && pwd)
db=restored
export PG_SERVER_OPTS="-c shared_preload_libraries=pg_cron -c cron.database_name=$db"
source "$here/../lib/roundtrip.sh"
# (a detail of several lines stays a TAP comment, line by line)
bad() { n=$((n + 1)); echo "not ok $n - $1"; shift; local l; for l in "$@"; do [ -n "$l" ] || continue; printf '%s\n' "$l" | sed 's/^/#   /'; done; failed=$((failed + 1)); }
export PGTZ=UTC
[ -z "${API_KEEP:-}" ] || trap 'mkdir -p "$API_KEEP" && cp -a "$tmp/." "$API_KEEP/"; rm -rf "$tmp"; pg_stop' EXIT
start=$SECONDS

# real_dumps.sh's excuses, read from it: the same files, the same reasons.
eval "$(sed -n '/^declare -A EXCUSED=(/,/^)$/p' "$here/real_dumps.sh")"
[ "${#EXCUSED[@]}" -gt 0 ] || { bad "read the EXCUSED list of real_dumps.sh"; echo "1..$n"; exit 1; }

fresh_db() {
  PGOPTIONS="-c client_min_messages=warning" psql_src -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
    -c "CREATE DATABASE $db TEMPLATE template0" >/dev/null
}
# restore FILE LOG [PSQL-ARGS...]: a fresh database, the file with ON_ERROR_STOP=1.
restore() {
  local file=$1 log=$2; shift 2
  fresh_db
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$file" "$@" > "$log" 2>&1
}
first_error() { grep -m 1 'ERROR:' "$1" | sed -E 's/^psql:[^:]*:[0-9]+: //' | cut -c1-300; }
# Every table's "name<TAB>rows<TAB>md5" (table_sums.sql).
sums() { PGOPTIONS="-c search_path=public" psql_src -d "$db" -At -F "$(printf '\t')" -f "$here/table_sums.sql"; }
total_rows() { awk -F'\t' '{ s += $2 } END { print s + 0 }' <<< "$1"; }
# same LABEL WANT GOT: one line for the whole database.
same() {
  if [ "$2" = "$3" ]; then ok "$1: every table's rows and checksum equal the source's ($(grep -c . <<< "$2") tables, $(total_rows "$2") rows)"
  else bad "$1: every table's rows and checksum equal the source's" "$(diff <(echo "$2") <(echo "$3") | head -8)"; fi
}
# same_per_table LABEL WANT GOT: one line per table of WANT, and none extra.
same_per_table() {
  local label=$1 want=$2 got=$3 name rows sum g
  while IFS=$'\t' read -r name rows sum; do
    g=$(awk -F'\t' -v n="$name" '$1 == n { print $2 "\t" $3 }' <<< "$got")
    check "$label: table $name: $rows rows, same checksum" "$rows"$'\t'"$sum" "$g"
  done <<< "$want"
  check "$label: no table the source lacks" "$(cut -f1 <<< "$want")" "$(cut -f1 <<< "$got")"
}
# scs_off IN OUT RANGES: the api output with the data sections given back to
# the session's standard_conforming_strings (see the header); RANGES gets
# the data sections' line ranges in OUT ("from to" lines); prints how many
# INSERT statements begin inside a data section.
scs_off() {
  awk -v ranges="$3" '
    function close_range() { if (from) { print from, NR_out > ranges; from = 0 } }
    { line = $0 }
    /^SET standard_conforming_strings = (on|off);$/ { own = line }
    {
      print line; NR_out++
      if (line ~ /^-- (Data for )?Name: .*; Type: /) {
        close_range()
        if (line ~ /; Type: TABLE DATA;/) { print "RESET standard_conforming_strings;"; NR_out++; from = NR_out + 1 }
        else if (own != "") { print own; NR_out++ }
      }
      if (from && line ~ /^INSERT INTO /) inserts++
    }
    END { close_range(); print inserts + 0 > (ranges ".inserts") }' "$1" > "$2"
  cat "$3.inserts"
}
# warnings_in LOG RANGES: psql's "nonstandard use of \\" warnings whose line
# lies in one of RANGES.
warnings_in() {
  grep -E '^psql:[^:]*:[0-9]+: WARNING:  nonstandard use of' "$1" | sed -E 's/^psql:[^:]*:([0-9]+):.*/\1/' |
    awk 'NR == FNR { from[NR] = $1; to[NR] = $2; k = NR; next }
         { for (i = 1; i <= k; i++) if ($1 >= from[i] && $1 <= to[i]) { n++; break } }
         END { print n + 0 }' "$2" -
}

# insert_limits FILE ROWS BYTES: "statements, most rows in one, most bytes
# in one of several rows, how many go over ROWS or (with several rows)
# BYTES" of the INSERT statements in FILE (a row is a line of its own,
# "(...)," or "(...);", as --target api writes them).
insert_limits() {
  LC_ALL=C awk -v maxr="$2" -v maxb="$3" '
    /^INSERT INTO / { ins = 1; bytes = 0; rows = 0; k++ }
    ins { bytes += length($0) + 1; if ($0 ~ /^\(/) rows++ }
    ins && /;$/ { ins = 0; if (rows > mr) mr = rows; if (rows > 1 && bytes > mb) mb = bytes
                  if (rows > maxr || (rows > 1 && bytes > maxb)) over++ }
    END { printf "%d statements, at most %d rows in one, at most %d bytes in one of several rows, %d over\n", k, mr, mb, over }' "$1"
}

# roundtrip FILE LABEL SCS ZOO
roundtrip() {
  local f=$1 label=$2 scs=$3 zoo=$4 w rc want got raw copies inserts warns
  w=$tmp/$(tr -c 'A-Za-z0-9._-' _ <<< "$label")
  # The source: the default path.
  "$bin" -q "$f" > "$w.default.sql" 2> "$w.default.err"
  rc=$?
  if [ $rc != 0 ]; then bad "$label: sanitized with the defaults (exit $rc)" "$(grep -m 3 ': error: ' "$w.default.err")"; return; fi
  if ! restore "$w.default.sql" "$w.default.log"; then
    bad "$label: the default output restores with ON_ERROR_STOP=1" "$(first_error "$w.default.log")"; return
  fi
  want=$(sums)
  if [ "$zoo" = 1 ]; then
    if restore "$f" "$w.raw.log"; then raw=$(sums)
      same_per_table "$label: the default path against the unsanitized dump" "$raw" "$want"
    else bad "$label: the unsanitized dump restores with ON_ERROR_STOP=1" "$(first_error "$w.raw.log")"; fi
    check "$label: every table but no_columns_empty holds rows" "no_columns_empty" \
      "$(awk -F'\t' '$2 == 0 { print $1 }' <<< "$want")"
    # A data-only dump (pg_dump -a) of it, loaded over its schema-only dump
    # (pg_dump -s) as people load data into a schema made beforehand: the
    # INSERTs cannot learn from a CREATE TABLE which columns are identity
    # ALWAYS columns.
    "$PG_BIN/pg_dump" -s -d "$db" -f "$w.schema-only.sql" && "$PG_BIN/pg_dump" -a -d "$db" -f "$w.data-only.sql"
    "$bin" -q --target api "$w.data-only.sql" > "$w.data-only.api.sql" 2> "$w.data-only.api.err"
    rc=$?
    if [ $rc = 0 ] && restore "$w.schema-only.sql" "$w.schema-only.log" &&
       "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$w.data-only.api.sql" > "$w.data-only.log" 2>&1; then
      same_per_table "$label, data only (pg_dump -a) --target api over pg_dump -s" "$want" "$(sums)"
    else bad "$label, data only (pg_dump -a): --target api output restores with ON_ERROR_STOP=1 over the schema (pg_dump -s)" \
      "exit $rc" "$(first_error "$w.schema-only.log")" "$(first_error "$w.data-only.log")" \
      "$(grep -m 1 'ERROR:' "$w.data-only.log" | grep -oE '^psql:[^:]*:[0-9]+')"; fi
  fi

  # --target api.
  "$bin" -q --target api "$f" > "$w.api.sql" 2> "$w.api.err"
  rc=$?
  [ $rc = 0 ] && ok "$label: --target api exits 0" || { bad "$label: --target api exits 0 (got $rc)" "$(tail -n 2 "$w.api.err")"; return; }
  # Only the blocks it warns it left as COPY (binary, WHERE, ...) stay.
  copies=$(grep -ciE '^COPY .* FROM stdin' "$w.api.sql")
  left=$(grep -c 'warning: COPY \.\.\. FROM stdin left as it is' "$w.api.err")
  check "$label: --target api leaves no COPY ... FROM stdin but the $left it warns about (the default output has $(grep -ciE '^COPY .* FROM stdin' "$w.default.sql"))" "$left" "$copies"
  if "$bin" --target api "$w.api.sql" 2> "$w.api.again.err" | cmp -s - "$w.api.sql" && grep -q " 0 changes," "$w.api.again.err"; then
    ok "$label: --target api on its own output changes nothing"
  else bad "$label: --target api on its own output changes nothing" "$(grep -v '^db9-sanitize:' "$w.api.again.err" | head -3)" "$(tail -n 1 "$w.api.again.err")"; fi
  if restore "$w.api.sql" "$w.api.log"; then
    ok "$label: --target api output restores with ON_ERROR_STOP=1 ($(grep -c '^INSERT INTO ' "$w.api.sql") INSERT statements)"
    if [ "$zoo" = 1 ]; then
      lim=$(insert_limits "$w.api.sql" 1000 1048576)
      [[ $lim == *", 0 over" ]] && ok "$label: --target api: no INSERT over 1000 rows or (with more than one row) 1 MiB: $lim" ||
        bad "$label: --target api: no INSERT over 1000 rows or (with more than one row) 1 MiB" "$lim"
      check "$label: --target api: many_rows' 2,500 rows in ceil(2500 / 1000) = 3 INSERT statements" 3 \
        "$(grep -c '^INSERT INTO public.many_rows ' "$w.api.sql")"
    fi
    got=$(sums)
    if [ "$zoo" = 1 ]; then same_per_table "$label --target api" "$want" "$got"; else same "$label --target api" "$want" "$got"; fi
  else bad "$label: --target api output restores with ON_ERROR_STOP=1" "$(first_error "$w.api.log")" \
      "$(grep -m 1 'ERROR:' "$w.api.log" | grep -oE '^psql:[^:]*:[0-9]+')"; fi

  if [ "$zoo" = 1 ]; then
    "$bin" -q --target api --insert-batch 7 --insert-batch-bytes 4K "$f" > "$w.small.sql" 2> "$w.small.err"
    rc=$?
      [ $rc = 0 ] && ok "$label: --target api --insert-batch 7 --insert-batch-bytes 4K exits 0" ||
      bad "$label: --target api --insert-batch 7 --insert-batch-bytes 4K exits 0 (got $rc)" "$(tail -n 2 "$w.small.err")"
    if [ $rc = 0 ] && restore "$w.small.sql" "$w.small.log"; then
      same "$label --target api, batches of 7 rows / 4 KiB ($(grep -c '^INSERT INTO ' "$w.small.sql") INSERT statements)" "$want" "$(sums)"
      lim=$(insert_limits "$w.small.sql" 7 4096)
      [[ $lim == *", 0 over" ]] && ok "$label: batches of 7 rows / 4 KiB: no INSERT over 7 rows or (with more than one row) 4096 bytes: $lim" ||
        bad "$label: batches of 7 rows / 4 KiB: no INSERT over 7 rows or (with more than one row) 4096 bytes" "$lim"
    else bad "$label: small batches restore with ON_ERROR_STOP=1" "$(first_error "$w.small.log" 2>/dev/null)"; fi
  fi

  [ "$scs" = 1 ] || return
  if [ "$(awk '!inb && /^COPY .* FROM stdin/ { inb = 1; next } inb && $0 == "\\." { inb = 0; next } inb { k++ } END { print k + 0 }' "$w.default.sql")" = 0 ]; then
    echo "# $label: no COPY data rows, so no standard_conforming_strings=off run"; return
  fi
  inserts=$(scs_off "$w.api.sql" "$w.scs.sql" "$w.scs.ranges")
  [ "$inserts" -gt 0 ] && ok "$label, standard_conforming_strings off: $inserts INSERT statements in the data sections" ||
    bad "$label, standard_conforming_strings off: INSERT statements in the data sections" "none found after a TABLE DATA header"
  if PGOPTIONS='-c standard_conforming_strings=off' restore "$w.scs.sql" "$w.scs.log" \
       -c 'RESET standard_conforming_strings' -A -t -c 'SHOW standard_conforming_strings'; then
    check "$label, standard_conforming_strings off: restores with ON_ERROR_STOP=1, the session's own setting is off" off \
      "$(tail -n 1 "$w.scs.log")"
    warns=$(warnings_in "$w.scs.log" "$w.scs.ranges")
    check "$label, standard_conforming_strings off: no 'nonstandard use of \\' warning from a data section" 0 "$warns"
    got=$(sums)
    if [ "$zoo" = 1 ]; then same_per_table "$label --target api, standard_conforming_strings off" "$want" "$got"
    else same "$label --target api, standard_conforming_strings off" "$want" "$got"; fi
  else bad "$label, standard_conforming_strings off: restores with ON_ERROR_STOP=1" "$(first_error "$w.scs.log")" \
      "$(grep -m 1 'ERROR:' "$w.scs.log" | grep -oE '^psql:[^:]*:[0-9]+')"; fi
}

scs=0
for arg in "$@"; do
  case $arg in
    --scs-off) scs=1; continue ;;
    --no-scs-off) scs=0; continue ;;
  esac
  if [ -d "$arg" ]; then
    shopt -s nullglob
    files=("$arg"/*.sql*)
    shopt -u nullglob
    [ ${#files[@]} -gt 0 ] || bad "dumps in $arg" "no *.sql* there"
    for f in "${files[@]}"; do
      name=$(basename "$f"); name=${name%%.sql*}
      if [ -n "${EXCUSED[$name]:-}" ]; then
        echo "# $name: not run, excused by real_dumps.sh: ${EXCUSED[$name]#*|}"; continue
      fi
      roundtrip "$f" "$(basename "$arg")/$(basename "$f")" "$scs" 0
    done
  elif [ -f "$arg" ]; then
    label=$(basename "$(dirname "$arg")")/$(basename "$arg")
    zoo=0; [ "$(basename "$arg")" = type_zoo.sql ] && zoo=1
    roundtrip "$arg" "$label" "$scs" "$zoo"
  else
    bad "$arg exists"
  fi
done
echo "# runtime $((SECONDS - start)) s"
echo "1..$n"
[ "$failed" = 0 ]
