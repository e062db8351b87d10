#!/usr/bin/env bash
# Idempotence over the real dumps in testdata/: sanitizing the output again
# gives the same bytes and reports no change. Output is TAP.
# Usage: idempotence.sh BINARY FILE...
set -u
bin=$1; shift
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
n=0; failed=0
for f in "$@"; do
  n=$((n + 1))
  "$bin" -q "$f" > "$tmp/once.sql" 2>/dev/null
  if "$bin" "$tmp/once.sql" 2> "$tmp/err" | cmp -s - "$tmp/once.sql" && grep -q " 0 changes," "$tmp/err"; then
    echo "ok $n - idempotent $f"
  else
    echo "not ok $n - idempotent $f"; grep -v "^db9-sanitize:" "$tmp/err" | head -3 | sed 's/^/#   /'; failed=$((failed + 1))
  fi
done
echo "1..$n"
[ $failed -eq 0 ]
