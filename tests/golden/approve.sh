#!/usr/bin/env bash
# Rewrites the expected.* files of the named golden cases from the current
# binary's behaviour. Review every change with `git diff tests/golden` before
# committing: a golden file is only as good as the eyes that approved it.
# Usage: tests/golden/approve.sh BINARY CASE-DIR...
set -eu
bin=$(realpath "$1"); shift
for dir in "$@"; do
  dir=${dir%/}; n=$(basename "$dir"); tmp=$(mktemp -d)
  input=input.sql
  if [ -x "$dir/make-input" ]; then (cd "$dir" && ./make-input) > "$tmp/input"; input="$tmp/input"; fi
  args=$(cat "$dir/args"); args=${args//INPUT/$input}; args=${args//OUT/$tmp/out.sql}
  set +e
  (cd "$dir" && eval "\"$bin\" $args" < /dev/null > "$tmp/stdout" 2> "$tmp/stderr"); echo $? > "$dir/expected.rc"
  set -e
  norm=(-e "s#$tmp/out.sql#OUT#g" -E -e 's/ in [0-9]+\.[0-9]+ s$/ in T s/')
  [ -x "$dir/make-input" ] && norm=(-e "s#$input#INPUT#g" "${norm[@]}")
  sed "${norm[@]}" "$tmp/stderr" > "$dir/expected.err"
  [ -f "$dir/identity" ] || cp "$tmp/stdout" "$dir/expected.out"
  if [ -f "$tmp/out.sql" ] && [ "$(cat "$dir/expected.file" 2>/dev/null)" != no-file ]; then
    sed -E 's/"seconds": [0-9.e+-]+/"seconds": T/' "$tmp/out.sql" > "$dir/expected.file"
  fi
  rm -rf "$tmp"
  echo "== $n: exit $(cat "$dir/expected.rc")"; cat "$dir/expected.err"
done
