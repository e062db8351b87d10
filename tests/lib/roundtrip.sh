#!/usr/bin/env bash
# What every TAP script against a throwaway PostgreSQL 15 starts with.
# Source it after setting `here`: it starts the cluster (or prints a failing
# plan and exits), makes a scratch dir $tmp removed on exit with the cluster,
# and defines ok / bad (TAP lines, counting $n and $failed), check (equal
# strings) and q DB SQL (one unaligned query).
source "$here/../lib/pgcluster.sh"
pg_start || { echo "not ok 1 - start PostgreSQL"; echo "1..1"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; pg_stop' EXIT
source "$here/../lib/tap.sh"
check() { if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "want: $2" "got:  $3"; fi; }
q() { psql_src -d "$1" -Atc "$2"; }
