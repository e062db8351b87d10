#!/usr/bin/env bash
# Golden identity: with every rule off, the output is the input, byte for
# byte, for every file given (compressed ones compared with their content).
# Files that are pg_dump output (testdata/*) must also parse without a single
# parse error: they run with --strict. Output is TAP.
# Usage: identity.sh BINARY [--strict FILE...] [--lenient FILE...]
set -u
bin=$1; shift
n=0; failed=0; mode=--strict
for f in "$@"; do
  case "$f" in --strict|--lenient) mode=$f; continue;; esac
  n=$((n + 1))
  case "$f" in
    *.gz) content=(zcat -- "$f");;
    *.zst) content=(zstd -dc -- "$f");;
    *) content=(cat -- "$f");;
  esac
  flags=(-q --disable all)
  [ "$mode" = --strict ] && flags+=(--strict)
  if "$bin" "${flags[@]}" "$f" 2>"${TMPDIR:-/tmp}/identity.err.$$" | cmp -s - <("${content[@]}") && [ "${PIPESTATUS[0]}" = 0 ]; then
    echo "ok $n - identity ${mode#--} $f"
  else
    echo "not ok $n - identity ${mode#--} $f"
    sed 's/^/#   /' "${TMPDIR:-/tmp}/identity.err.$$" | head -5
    failed=$((failed + 1))
  fi
done
rm -f "${TMPDIR:-/tmp}/identity.err.$$"
echo "1..$n"
[ $failed -eq 0 ]
