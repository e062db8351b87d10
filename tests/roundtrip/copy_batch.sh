#!/usr/bin/env bash
# COPY in batches (issue #14, --copy-batch SIZE, rule copy-batch): a big
# COPY block is cut at row boundaries into several COPY ... FROM stdin
# blocks of the same statement text, so that psql sends DB9 no single
# COPY bigger than SIZE. Against a real PostgreSQL 15:
#   - pgbench -i -s 10 (1,000,000 pgbench_accounts rows, about 97 MB of
#     COPY data) in a throwaway cluster, pg_dump --no-owner --no-privileges
#     (so that no other default rule has anything to change);
#   - --copy-batch 1M: for every table, the number of COPY blocks is
#     ceil(its COPY data bytes / 1 MiB) within one, where a table's COPY
#     data bytes are the bytes of its data lines, each with its newline,
#     without the \. line; every block has the input's statement text
#     (line for line), each block ends at the first row end past 1 MiB
#     (every block but a table's last holds more than 1 MiB of data, none
#     held more than 1 MiB before its last row: --help's rule, measured); the data lines, block after block, are the input's byte for
#     byte; the output restores with psql -v ON_ERROR_STOP=1 and every
#     table's rows and checksum (table_sums.sql) equal the source
#     database's; sanitizing the output again with --copy-batch 1M changes
#     nothing;
#   - the default (2M): the same count rule with 2 MiB;
#   - --copy-batch 0, --disable copy-batch and --disable all give the input
#     back byte for byte;
#   - --target api: restores with ON_ERROR_STOP=1 (1,000-row INSERTs) with
#     every checksum equal; a warning names pgbench_accounts (over 50,000
#     rows) and no smaller table.
# Then, for every FILE given (the type zoo, hand-written COPY shapes with
# rows over several lines): --copy-batch 1 (a block for every row, so a
# cut after every kind of value) restores with ON_ERROR_STOP=1 and
# every table's rows and checksum equal those of the file restored
# through the default path; the blocks are more than the input's.
# The measured sizes (the smallest and largest block but the last, the
# last) are printed as comments. Output is TAP.
# COPY_BATCH_SCALE sets the pgbench scale (default 10); COPY_BATCH_KEEP=DIR
# keeps the dumps and logs.
# Usage: copy_batch.sh DB9_SANITIZE [FILE...]
set -u
bin=$(realpath "$1")
shift
files=()
for f in "$@"; do files+=("$(realpath "$f")"); done
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/roundtrip.sh"
# (a detail of several lines stays a TAP comment, line by line)
bad() { n=$((n + 1)); echo "not ok $n - $1"; shift; local l; for l in "$@"; do [ -n "$l" ] || continue; printf '%s\n' "$l" | sed 's/^/#   /'; done; failed=$((failed + 1)); }
[ -z "${COPY_BATCH_KEEP:-}" ] || trap 'mkdir -p "$COPY_BATCH_KEEP" && cp -a "$tmp/." "$COPY_BATCH_KEEP/"; rm -rf "$tmp"; pg_stop' EXIT
export PGTZ=UTC
scale=${COPY_BATCH_SCALE:-10}
mib=1048576
start=$SECONDS

sums() { PGOPTIONS="-c search_path=public" psql_src -d "$1" -At -F "$(printf '\t')" -f "$here/table_sums.sql"; }

psql_src -d postgres -c "CREATE DATABASE bench" >/dev/null
if "$PG_BIN/pgbench" -i -q -s "$scale" bench > "$tmp/pgbench.log" 2>&1; then ok "pgbench -i -s $scale"
else bad "pgbench -i -s $scale" "$(tail -3 "$tmp/pgbench.log")"; echo "1..$n"; exit 1; fi
want=$(sums bench)
dump=$tmp/bench.sql
if "$PG_BIN/pg_dump" --no-owner --no-privileges -d bench -f "$dump" 2> "$tmp/dump.err"; then
  ok "pg_dump --no-owner --no-privileges: $(stat -c %s "$dump") bytes"
else bad "pg_dump" "$(head -3 "$tmp/dump.err")"; echo "1..$n"; exit 1; fi

# blocks FILE: one line per COPY ... FROM stdin block, in order:
# "table<TAB>statement<TAB>rows<TAB>data bytes<TAB>widest row<TAB>last row"
# (a row's bytes with its newline).
blocks() {
  awk 'BEGIN { OFS = "\t" }
       !inb && /^COPY .* FROM stdin;$/ { inb = 1; stmt = $0; t = $2; rows = 0; bytes = 0; wide = 0; l = 0; next }
       inb && $0 == "\\." { print t, stmt, rows, bytes, wide, l; inb = 0; next }
       inb { rows++; l = length($0) + 1; bytes += l; if (l > wide) wide = l }' "$1"
}
# outside FILE: every line outside the blocks (COPY lines and \. not either).
outside() { awk '!inb && /^COPY .* FROM stdin;$/ { inb = 1; next } inb && $0 == "\\." { inb = 0; next } !inb' "$1"; }
# data FILE: the data lines of every block, in order.
data() { awk '!inb && /^COPY .* FROM stdin;$/ { inb = 1; next } inb && $0 == "\\." { inb = 0; next } inb' "$1"; }

LC_ALL=C blocks "$dump" > "$tmp/in.blocks"
check "the dump has one COPY block per pgbench table" "pgbench_accounts pgbench_branches pgbench_history pgbench_tellers" \
  "$(cut -f1 "$tmp/in.blocks" | sed 's/^public\.//' | sort | tr '\n' ' ' | sed 's/ $//')"

# batched SIZE-BYTES SIZE-NAME OUT: the count rule, the statement text, the
# block sizes and the data for OUT (the dump sanitized with that size).
batched() {
  local size=$1 label=$2 out=$3 t stmt rows bytes want_n got_n
  LC_ALL=C blocks "$out" > "$out.blocks"
  while IFS=$'\t' read -r t stmt rows bytes _; do
    want_n=$(( (bytes + size - 1) / size ))
    got_n=$(awk -F'\t' -v t="$t" '$1 == t' "$out.blocks" | wc -l)
    if [ "$got_n" -ge 1 ] && [ $((got_n - want_n)) -ge -1 ] && [ $((got_n - want_n)) -le 1 ]; then
      ok "$label: $t: $got_n COPY blocks for $rows rows, $bytes bytes of COPY data (ceil(bytes / $size) = $want_n, within one)"
    else bad "$label: $t: COPY blocks = ceil($bytes / $size) = $want_n within one" "got $got_n blocks"; fi
    check "$label: $t: every block has the input's statement text" "$stmt" \
      "$(awk -F'\t' -v t="$t" '$1 == t { print $2 }' "$out.blocks" | sort -u)"
    check "$label: $t: the blocks hold $rows rows in all" "$rows" \
      "$(awk -F'\t' -v t="$t" '$1 == t { s += $3 } END { print s + 0 }' "$out.blocks")"
    # The rule (--help: "cut at the first row end past SIZE"): every block
    # but the table's last holds more than SIZE bytes, and no block held
    # more than SIZE before its last row.
    awk -F'\t' -v t="$t" -v size="$size" -v label="$label" '
      $1 == t { if (have) { k++; if (prev < min || min == "") min = prev; if (prev > max) max = prev; if (prev <= size) off++ }
                if ($4 - $6 > size) off++
                prev = $4; have = 1 }
      END { if (k) printf "# %s: %s: %d full blocks of %d to %d data bytes (SIZE %d); the last %d\n", label, t, k, min, max, size, prev
            exit off > 0 }' "$out.blocks" > "$out.sizes"
    rc=$?
    cat "$out.sizes"
    [ $rc = 0 ] && ok "$label: $t: each block ends at the first row end past $size bytes" ||
      bad "$label: $t: each block ends at the first row end past $size bytes" "$(cat "$out.sizes")" \
        "$(awk -F'\t' -v t="$t" '$1 == t { print $3 " rows, " $4 " bytes, last row " $6 }' "$out.blocks" | head -5)"
  done < "$tmp/in.blocks"
  if cmp -s <(data "$dump") <(data "$out"); then ok "$label: the data lines, block after block, are the input's byte for byte"
  else bad "$label: the data lines, block after block, are the input's byte for byte" "$(cmp <(data "$dump") <(data "$out") 2>&1)"; fi
  # Outside the data, only COPY and \. lines are added.
  check "$label: outside COPY blocks the output is the input" "" "$(diff <(outside "$dump") <(outside "$out") | head -5)"
}

out=$tmp/batch1m.sql
"$bin" -q --copy-batch 1M "$dump" > "$out" 2> "$tmp/batch1m.err"
rc=$?
[ $rc = 0 ] && ok "--copy-batch 1M: exit 0" || bad "--copy-batch 1M: exit 0 (got $rc)" "$(tail -n 2 "$tmp/batch1m.err")"
batched $mib "--copy-batch 1M" "$out"
psql_src -d postgres -c "CREATE DATABASE restored" >/dev/null
if psql_src -d restored -f "$out" > "$tmp/restore.log" 2>&1; then
  ok "--copy-batch 1M: restores with ON_ERROR_STOP=1 ($(wc -l < "$out.blocks") COPY blocks)"
  got=$(sums restored)
  while IFS=$'\t' read -r name rows sum; do
    check "--copy-batch 1M: table $name: $rows rows, checksum equal to the source database's" "$rows"$'\t'"$sum" \
      "$(awk -F'\t' -v n="$name" '$1 == n { print $2 "\t" $3 }' <<< "$got")"
  done <<< "$want"
  check "--copy-batch 1M: the same tables as the source" "$(cut -f1 <<< "$want")" "$(cut -f1 <<< "$got")"
else bad "--copy-batch 1M: restores with ON_ERROR_STOP=1" "$(grep -m 3 ERROR "$tmp/restore.log")"; fi
"$bin" -q --copy-batch 1M "$out" > "$tmp/twice.sql" 2> "$tmp/twice.err"
rc=$?
if [ $rc = 0 ] && cmp -s "$out" "$tmp/twice.sql"; then ok "--copy-batch 1M on its own output changes nothing"
else bad "--copy-batch 1M on its own output changes nothing (exit $rc)" "$(cmp "$out" "$tmp/twice.sql" 2>&1)" \
  "blocks: $(wc -l < "$out.blocks") then $(LC_ALL=C blocks "$tmp/twice.sql" | wc -l)"; fi

out=$tmp/default.sql
"$bin" -q "$dump" > "$out" 2> "$tmp/default.err"
rc=$?
[ $rc = 0 ] && ok "the defaults (--copy-batch 2M): exit 0" || bad "the defaults (--copy-batch 2M): exit 0 (got $rc)" "$(tail -n 2 "$tmp/default.err")"
batched $((2 * mib)) "default (2M)" "$out"

for opts in "--copy-batch 0" "--disable copy-batch" "--disable all"; do
  # shellcheck disable=SC2086
  "$bin" -q $opts "$dump" > "$tmp/same.sql" 2> "$tmp/same.err"
  rc=$?
  if [ $rc = 0 ] && cmp -s "$dump" "$tmp/same.sql"; then ok "$opts gives the input back byte for byte"
  else bad "$opts gives the input back byte for byte (exit $rc)" "$(cmp "$dump" "$tmp/same.sql" 2>&1)" "$(head -2 "$tmp/same.err")"; fi
done

"$bin" --target api "$dump" > "$tmp/api.sql" 2> "$tmp/api.err"
rc=$?
check "--target api exits 0" 0 "$rc"
psql_src -d postgres -c "CREATE DATABASE api" >/dev/null
if psql_src -d api -f "$tmp/api.sql" > "$tmp/api.log" 2>&1; then
  got=$(sums api)
  [ "$got" = "$want" ] && ok "--target api: $(grep -c '^INSERT INTO ' "$tmp/api.sql") INSERT statements restore with ON_ERROR_STOP=1, every table's rows and checksum equal the source database's" ||
    bad "--target api: every table's rows and checksum equal the source database's" "$(diff <(echo "$want") <(echo "$got") | head -6)"
else bad "--target api: restores with ON_ERROR_STOP=1" "$(grep -m 3 ERROR "$tmp/api.log")"; fi
rm -f "$tmp/api.sql"
accounts=$(grep -E 'warning' "$tmp/api.err" | grep -c 'pgbench_accounts')
small=$(grep -E 'warning' "$tmp/api.err" | grep -cE 'pgbench_(branches|tellers|history)')
[ "$accounts" -ge 1 ] && ok "--target api: a warning names pgbench_accounts ($((scale * 100000)) rows): $(grep -m 1 -E 'warning.*pgbench_accounts' "$tmp/api.err" | cut -c1-200)" ||
  bad "--target api: a warning names pgbench_accounts (over 50,000 rows)" "$(grep -m 3 warning "$tmp/api.err")"
check "--target api: no warning names a smaller table" 0 "$small"

# Small blocks over the type zoo and the hand-written shapes.
for f in "${files[@]}"; do
  label=$(basename "$f")
  psql_src -d postgres -c "DROP DATABASE IF EXISTS small" -c "CREATE DATABASE small" >/dev/null
  "$bin" -q "$f" > "$tmp/$label.default.sql" 2> "$tmp/$label.default.err" &&
    psql_src -d small -f "$tmp/$label.default.sql" > "$tmp/$label.default.log" 2>&1 ||
    { bad "$label: the default path restores" "$(grep -m 2 -E 'ERROR|error:' "$tmp/$label.default.log" "$tmp/$label.default.err")"; continue; }
  want=$(sums small)
  "$bin" -q --copy-batch 1 "$f" > "$tmp/$label.small.sql" 2> "$tmp/$label.small.err"
  rc=$?
  in_blocks=$(grep -ci '^COPY .* FROM stdin' "$tmp/$label.default.sql")
  out_blocks=$(grep -ci '^COPY .* FROM stdin' "$tmp/$label.small.sql")
  [ $rc = 0 ] && [ "$out_blocks" -gt "$in_blocks" ] && ok "$label: --copy-batch 1: $out_blocks COPY blocks (the default path: $in_blocks)" ||
    bad "$label: --copy-batch 1 exits 0 with more blocks than the default path (exit $rc, $out_blocks blocks against $in_blocks)" "$(tail -n 2 "$tmp/$label.small.err")"
  psql_src -d postgres -c "DROP DATABASE small" -c "CREATE DATABASE small" >/dev/null
  if psql_src -d small -f "$tmp/$label.small.sql" > "$tmp/$label.small.log" 2>&1; then
    got=$(sums small)
    [ "$got" = "$want" ] && ok "$label: --copy-batch 1 restores with ON_ERROR_STOP=1, every table's rows and checksum equal the default path's ($(grep -c . <<< "$want") tables)" ||
      bad "$label: --copy-batch 1: every table's rows and checksum equal the default path's" "$(diff <(echo "$want") <(echo "$got") | head -6)"
  else bad "$label: --copy-batch 1 restores with ON_ERROR_STOP=1" "$(grep -m 2 ERROR "$tmp/$label.small.log")"; fi
done

echo "# runtime $((SECONDS - start)) s"
echo "1..$n"
[ "$failed" = 0 ]
