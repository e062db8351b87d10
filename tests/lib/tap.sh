#!/usr/bin/env bash
# TAP helpers for the test scripts: ok / bad print a numbered result line
# (bad with its details as "#" lines), counting $n and $failed.
n=0; failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
bad() { n=$((n + 1)); echo "not ok $n - $1"; shift; for l in "$@"; do printf '#   %s\n' "$l"; done; failed=$((failed + 1)); }
