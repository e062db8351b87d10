#!/usr/bin/env bash
# Golden tests of the command: each directory under cases/ holds
#   args          the command line after the binary (one line; INPUT is
#                 replaced by the input's path, OUT by a scratch output path)
#   input.sql     the input, or make-input: a script that writes it on stdout
#   expected.out  exact stdout; or the file `identity`: stdout == input
#   expected.err  exact stderr (paths shown relative to the case directory)
#   expected.rc   exit status
#   expected.file (optional) exact content of OUT; `no-file`: OUT must not exist
# Output is TAP. Usage: run.sh BINARY [CASE...]
set -u
bin=$(realpath "$1"); shift
here=$(cd "$(dirname "$0")" && pwd)
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=("$here"/cases/*/)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
n=0; failed=0
for dir in "${cases[@]}"; do
  dir=${dir%/}; name=$(basename "$dir"); n=$((n + 1))
  work="$scratch/$name"; mkdir -p "$work"
  if [ -x "$dir/make-input" ]; then
    input="$work/input"; (cd "$dir" && ./make-input) > "$input"
  else
    input="input.sql"
  fi
  out="$work/out.sql"
  args=$(cat "$dir/args")
  args=${args//INPUT/$input}
  args=${args//OUT/$out}
  (cd "$dir" && eval "\"$bin\" $args" < /dev/null > "$work/stdout" 2> "$work/stderr.raw"); rc=$?
  # Scratch paths and timings vary from run to run: show them as INPUT, OUT, T.
  norm=(-e "s#$out#OUT#g" -E -e 's/ in [0-9]+\.[0-9]+ s$/ in T s/' -e 's/"seconds": [0-9.e+-]+/"seconds": T/')
  [ -x "$dir/make-input" ] && norm=(-e "s#$input#INPUT#g" "${norm[@]}")
  sed "${norm[@]}" "$work/stderr.raw" > "$work/stderr"
  [ -f "$out" ] && sed -i -E 's/"seconds": [0-9.e+-]+/"seconds": T/' "$out"
  problems=()
  want_rc=$(cat "$dir/expected.rc")
  [ "$rc" = "$want_rc" ] || problems+=("exit status $rc, expected $want_rc")
  if [ -f "$dir/identity" ]; then
    src="$dir/$input"; [ -x "$dir/make-input" ] && src="$input"
    cmp -s "$work/stdout" "$src" || problems+=("stdout differs from the input")
  else
    cmp -s "$work/stdout" "$dir/expected.out" || problems+=("stdout differs: $(diff "$dir/expected.out" "$work/stdout" | head -20)")
  fi
  cmp -s "$work/stderr" "$dir/expected.err" || problems+=("stderr differs: $(diff "$dir/expected.err" "$work/stderr" | head -20)")
  if [ -f "$dir/expected.file" ]; then
    if [ "$(cat "$dir/expected.file")" = "no-file" ]; then
      [ ! -e "$out" ] || problems+=("OUT exists but should not")
      leftovers=$(find "$work" -name '.out.sql.db9-sanitize.*' | wc -l)
      [ "$leftovers" = 0 ] || problems+=("a temporary output file was left behind")
    else
      cmp -s "$out" "$dir/expected.file" || problems+=("OUT differs from expected.file")
    fi
  fi
  if [ ${#problems[@]} -eq 0 ]; then
    echo "ok $n - $name"
  else
    echo "not ok $n - $name"
    for p in "${problems[@]}"; do printf '#   %s\n' "$p" | sed '2,$s/^/#   /'; done
    failed=$((failed + 1))
  fi
done
echo "1..$n"
[ $failed -eq 0 ]
