#!/usr/bin/env bash
# Fresh pg_dump 17 and 18 output, made now in the Debian chroots beside the
# repository (../chroot-pg17, ../chroot-pg18; see testdata/regenerate-newer.sh)
# into a scratch folder, then the whole of newer.sh over it. Registered
# only where the chroots exist; needs root (chroot). Output is TAP.
# Usage: newer_chroots.sh BINARY
set -u
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
if ! DB9_NEWER_OUT=$out "$here/../../testdata/regenerate-newer.sh" > "$out/make.log" 2>&1; then
  echo "not ok 1 - make pg_dump 17 and 18 dumps in the chroots"; sed 's/^/#   /' "$out/make.log" | tail -5; echo "1..1"; exit 1
fi
exec "$here/newer.sh" "$bin" "$out"
