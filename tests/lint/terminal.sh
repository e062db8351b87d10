#!/usr/bin/env bash
# What a terminal session shows (a pseudo-terminal from util-linux script):
# the human format by default, coloured, with the statement's line and a
# caret; with NO_COLOR set, or stderr not a terminal, gcc lines (and
# --format=human without colour);
# --progress draws a live line (bytes, MB/s, percent, table) only on a
# terminal and erases it before each diagnostic and at the end.
# Output is TAP. Usage: terminal.sh BINARY
set -u
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
source "$here/../lib/tap.sh"
command -v script >/dev/null || { echo "not ok 1 - script (util-linux) is installed"; echo "1..1"; exit 1; }
cd "$tmp"
cp "$root/testdata/rails/structure.sql" structure.sql
policy=$(grep -n "^CREATE POLICY users_self" structure.sql | cut -d: -f1)  # the line findings point at
esc=$'\033'
# A chroot with /dev bound but not /dev/pts has no pseudo-terminals: as
# root, give script a devpts of its own in a private mount namespace.
pty=()
if ! script -qec true /dev/null > /dev/null 2>&1 < /dev/null; then
  if [ "$(id -u)" = 0 ] && unshare -m --propagation unchanged sh -c 'mount -t devpts -o ptmxmode=666 devpts /dev/pts && script -qec true /dev/null' > /dev/null 2>&1 < /dev/null; then
    pty=(unshare -m --propagation unchanged sh -c 'mount -t devpts -o ptmxmode=666 devpts /dev/pts && exec "$@"' sh)
  else
    echo "not ok 1 - a pseudo-terminal can be opened (script: $(script -qec true /dev/null 2>&1 < /dev/null | head -1))"; echo "1..1"; exit 1
  fi
fi
tty_run() {  # command line → what the terminal received, in $tmp/tty.out
  env -u NO_COLOR "${pty[@]}" script -qec "$1" /dev/null > tty.out 2>&1 < /dev/null
}

tty_run "'$bin' --check --no-config structure.sql"
if grep -q "${esc}\[1mstructure.sql:$policy:1:${esc}\[0m ${esc}\[1;35mwarning:${esc}\[0m dropped CREATE POLICY users_self" tty.out; then
  ok "a terminal gets the human format, coloured"
else bad "a terminal gets the human format, coloured" "$(head -3 tty.out | cat -v)"; fi
if grep -q "^  $policy | CREATE POLICY users_self ON public.users" tty.out && grep -q "^      | ${esc}\[1;32m^${esc}\[0m" tty.out; then
  ok "with the statement's source line and a caret"
else bad "with the statement's source line and a caret" "$(head -6 tty.out | cat -v)"; fi

tty_run "NO_COLOR=1 '$bin' --check --no-config structure.sql"
if ! grep -q "$esc" tty.out && grep -q "^structure.sql:$policy:1: warning: dropped CREATE POLICY" tty.out && ! grep -q " | " tty.out; then
  ok "NO_COLOR on a terminal: gcc format, no colour"
else bad "NO_COLOR on a terminal: gcc format, no colour" "$(head -3 tty.out | cat -v)"; fi
tty_run "NO_COLOR=1 '$bin' --check --format=human --no-config structure.sql"
if ! grep -q "$esc" tty.out && grep -q "^structure.sql:$policy:1: warning: dropped CREATE POLICY" tty.out && grep -q "^  $policy | CREATE POLICY" tty.out; then
  ok "NO_COLOR with --format=human: source line and caret, no colour"
else bad "NO_COLOR with --format=human: source line and caret, no colour" "$(head -3 tty.out | cat -v)"; fi

tty_run "'$bin' --check --no-config structure.sql 2>&1 | cat"
if ! grep -q "$esc" tty.out && grep -q "^structure.sql:$policy:1: warning: dropped CREATE POLICY" tty.out && ! grep -q " | " tty.out; then
  ok "stderr not a terminal: gcc format"
else bad "stderr not a terminal: gcc format" "$(head -3 tty.out | cat -v)"; fi

# --progress over a dump with COPY data big enough to take several reads.
{
  printf 'CREATE TABLE public.big (id int, t text);\nCOPY public.big (id, t) FROM stdin;\n'
  seq 1 400000 | sed 's/$/\tsome text to make the row longer than a few bytes/'
  printf '\\.\nCREATE POLICY p ON public.big USING (true);\n'
} > big.sql
tty_run "'$bin' --progress --no-config big.sql > /dev/null"
if grep -qE "db9-sanitize: [0-9]+\.[0-9] MiB, [0-9.]+ MB/s, [0-9]+%, public\.big${esc}\[K" tty.out; then
  ok "--progress on a terminal: bytes, MB/s, percent, current table"
else bad "--progress on a terminal: bytes, MB/s, percent, current table" "$(head -c 300 tty.out | cat -v)"; fi
# The line is erased (\r ESC[K) before the diagnostic and the summary.
if grep -q $'\r'"${esc}\[K${esc}\[1mbig.sql:" tty.out || grep -q $'\r'"${esc}\[K[^\r]*big.sql:[0-9]*:1:" tty.out; then
  ok "--progress: the line is erased before a diagnostic"
else bad "--progress: the line is erased before a diagnostic" "$(cat -v tty.out | head -5)"; fi
last=$(tr '\r' '\n' < tty.out | grep -v '^$' | tail -1)
if [[ "$last" == "db9-sanitize: 3 statements, 1 COPY block (400000 rows; 1 cut into 11 batches)"* ]]; then ok "--progress: the summary line comes last, on its own"
else bad "--progress: the summary line comes last, on its own" "$(printf '%s' "$last" | cat -v)"; fi

"$bin" --progress --no-config big.sql > /dev/null 2> notty.err
if ! grep -q "MB/s" notty.err && ! grep -q "$esc" notty.err; then ok "--progress draws nothing when stderr is not a terminal"
else bad "--progress draws nothing when stderr is not a terminal" "$(head -c 200 notty.err | cat -v)"; fi
tty_run "'$bin' --progress --no-config - < big.sql > /dev/null"
if grep -qE "db9-sanitize: [0-9]+\.[0-9] MiB, [0-9.]+ MB/s, public\.big" tty.out && ! grep -qE "MB/s, [0-9]+%" tty.out; then
  ok "--progress on stdin: no percent (size unknown)"
else bad "--progress on stdin: no percent (size unknown)" "$(head -c 300 tty.out | cat -v)"; fi
echo "1..$n"
[ $failed -eq 0 ]
