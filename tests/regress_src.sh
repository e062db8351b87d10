#!/usr/bin/env bash
# Lay out PostgreSQL 15's regression sources for identity-regress and
# roundtrip-regress: DEST (default ../regress-src beside the repository,
# never committed: they are PostgreSQL's files) gets
#   DEST/sql/*.sql  DEST/data/*  DEST/parallel_schedule  DEST/regress.c
# copied from src/test/regress of a PostgreSQL 15 source tree.
#
# The tree is either given (--tree DIR, an unpacked `apt-get source
# postgresql-15`, or any postgresql-15.x source directory) or fetched the
# documented way into a scratch directory: `apt-get source postgresql-15`
# (needs a deb-src line for bookworm in /etc/apt/sources.list.d/; no build
# dependencies are needed, nothing is compiled here). identity_regress.sh
# builds regress.so from DEST/regress.c (postgresql-server-dev-15).
#
# Usage: tests/regress_src.sh [--tree DIR] [DEST]
set -euo pipefail

tree=
if [ "${1:-}" = --tree ]; then
  tree=$2
  shift 2
fi
repo=$(cd "$(dirname "$0")/.." && pwd)
dest=${1:-$repo/../regress-src}

if [ -z "$tree" ]; then
  scratch=$(mktemp -d "${TMPDIR:-/tmp}/db9-pgsrc.XXXXXX")
  trap 'rm -rf "$scratch"' EXIT
  # (as root apt warns that the download is unsandboxed: harmless here)
  # The newest version first; a mirror may lack one (the security archive
  # drops superseded files), then the next one apt knows is fetched.
  fetched=
  for v in '' $(apt-cache showsrc postgresql-15 | sed -n 's/^Version: //p'); do
    if (cd "$scratch" && apt-get source "postgresql-15${v:+=$v}" >&2); then fetched=1; break; fi
    rm -rf "${scratch:?}"/*
  done
  [ -n "$fetched" ] || { echo "$0: apt-get source postgresql-15 failed (a deb-src line for bookworm?)" >&2; exit 1; }
  tree=$(find "$scratch" -mindepth 1 -maxdepth 1 -type d -name 'postgresql-15*' | head -n 1)
fi
regress=$tree/src/test/regress
for need in sql data parallel_schedule regress.c; do
  [ -e "$regress/$need" ] || { echo "$0: $regress/$need missing: not a PostgreSQL 15 source tree" >&2; exit 1; }
done
version=$(sed -n 's/^AC_INIT(\[PostgreSQL\], \[\([^]]*\)\].*/\1/p' "$tree/configure.ac" 2>/dev/null || true)
case $version in 15.*|'') ;; *) echo "$0: $tree is PostgreSQL $version, not 15" >&2; exit 1;; esac

rm -rf "$dest"
mkdir -p "$dest"
cp -r "$regress/sql" "$regress/data" "$regress/parallel_schedule" "$regress/regress.c" "$dest/"
echo "$dest: $(ls "$dest/sql" | wc -l) scripts, $(ls "$dest/data" | wc -l) data files from $regress${version:+ (PostgreSQL $version)}"
