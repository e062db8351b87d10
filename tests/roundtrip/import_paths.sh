#!/usr/bin/env bash
# The two import paths (issue #14) against a real PostgreSQL 15, on the
# golden inputs made for them (every text escape, \N against \\N, custom
# DELIMITER and NULL, CSV quoting and FORCE_*, identity columns, a table
# without columns, COPY look-alikes, escaped newlines and quoted ones where
# a batch may end; generated columns, COPY ... WHERE, empty rows of tables
# whose columns are not known): each is sanitized three ways, --copy-batch 0 (COPY
# blocks whole: the reference), --copy-batch 100 (cut into batches) and
# --target api (COPY as INSERTs, batches of 2 rows), each restored with
# ON_ERROR_STOP=1 into its own database, and every table's row count and
# rows (md5 of the sorted text of each row) compared with the reference.
# Output is TAP. Usage: import_paths.sh BINARY
set -u
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
cases="$here/../golden/cases"
source "$here/../lib/roundtrip.sh"

k=0
for name in copy-insert-text copy-insert-csv copy-batch copy-insert-generated copy-insert-where copy-insert-empty-row keyword-identifiers; do
  for way in whole batches api; do
    k=$((k + 1))
    db=paths_${k}_$way
    case $way in
      whole) args=(--copy-batch 0) ;;
      batches) args=(--copy-batch 100) ;;
      api) args=(--target api --insert-batch 2) ;;
    esac
    if ! "$bin" -q "${args[@]}" "$cases/$name/input.sql" > "$tmp/$db.sql" 2> "$tmp/$db.err"; then
      bad "$name, ${args[*]}: sanitized (exit 0)" "$(tail -3 "$tmp/$db.err")"; continue
    fi
    psql_src -d postgres -c "CREATE DATABASE $db" >/dev/null
    if psql_src -d "$db" -f "$tmp/$db.sql" > "$tmp/$db.log" 2>&1; then
      ok "$name, ${args[*]}: restores with ON_ERROR_STOP=1"
    else bad "$name, ${args[*]}: restores with ON_ERROR_STOP=1" "$(grep -m3 ERROR "$tmp/$db.log")"; continue; fi
    sums=""
    for t in $(q "$db" "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"); do
      sums+="$t:$(q "$db" "SELECT count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM $t x") "
    done
    if [ "$way" = whole ]; then
      reference=$sums
      [ -n "$sums" ] && ok "$name: the reference has tables ($(wc -w <<<"$sums"))" || bad "$name: the reference has tables"
    else
      check "$name, ${args[*]}: every table's rows equal the whole COPY blocks'" "$reference" "$sums"
    fi
  done
  # The COPY statements really went (api) and really were repeated (batches).
  # (but those it warns it leaves: COPY ... WHERE)
  left=$(grep -c '^COPY ' "$tmp/paths_$((k))_api.sql")
  warned=$(grep -c 'warning: COPY \.\.\. FROM stdin left as it is' "$tmp/paths_$((k))_api.err")
  check "$name, --target api: no COPY statement left but the $warned it warns about" "$warned" "$left"
  blocks_whole=$(grep -c '^COPY ' "$tmp/paths_$((k - 2))_whole.sql")
  blocks_cut=$(grep -c '^COPY ' "$tmp/paths_$((k - 1))_batches.sql")
  [ "$blocks_cut" -ge "$blocks_whole" ] && ok "$name, --copy-batch 100: $blocks_cut COPY blocks for $blocks_whole" ||
    bad "$name, --copy-batch 100: at least as many COPY blocks" "$blocks_cut < $blocks_whole"
done
echo "1..$n"
[ $failed -eq 0 ]
