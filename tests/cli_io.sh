#!/usr/bin/env bash
# The command against real file descriptors: full disks, readers that leave
# early, slow writers, signals during -o. Output is TAP.
# Usage: cli_io.sh BINARY DUMP   (DUMP: a plain SQL file from testdata/)
set -u
bin=$(realpath "$1"); dump=$(realpath "$2")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
n=0; failed=0
check() {  # check DESCRIPTION COMMAND... : the command must succeed
  n=$((n + 1))
  if (eval "$2") >"$tmp/check.out" 2>&1; then echo "ok $n - $1"; else
    echo "not ok $n - $1"; sed 's/^/#   /' "$tmp/check.out" | head -10; failed=$((failed + 1)); fi
}

check "a full disk (/dev/full) is an I/O error (exit 3), with exactly this message" '
  "$bin" -q "$dump" > /dev/full 2> "$tmp/err"; rc=$?
  [ $rc = 3 ] && [ "$(tail -1 "$tmp/err")" = "db9-sanitize: error: writing <stdout>: No space left on device" ] &&
  [ "$(grep -c error "$tmp/err")" = 1 ] &&
  "$bin" -q --disable all "$dump" > /dev/full 2> "$tmp/err"; rc=$?
  [ $rc = 3 ] && [ "$(cat "$tmp/err")" = "db9-sanitize: error: writing <stdout>: No space left on device" ] ||
    { echo "rc $rc"; cat "$tmp/err"; exit 1; }'

check "a reader that closes early (| head -c 100) is reported (exit 3), not a silent death; it got the first 100 bytes" '
  set -o pipefail
  { echo "COPY t (n) FROM stdin;"; seq 1 3000000; echo "\\."; } > "$tmp/big.sql"
  { "$bin" -q "$tmp/big.sql" 2> "$tmp/err"; echo $? > "$tmp/rc"; } | head -c 100 > "$tmp/head"
  [ "$(cat "$tmp/rc")" = 3 ] && [ "$(cat "$tmp/err")" = "db9-sanitize: error: writing <stdout>: the reader closed the pipe early" ] &&
    head -c 100 "$tmp/big.sql" | cmp - "$tmp/head" || { echo "rc $(cat "$tmp/rc")"; cat "$tmp/err"; exit 1; }'

check "stdin through a pipe, given as - and as nothing" '
  cat "$dump" | "$bin" -q --disable all - | cmp - "$dump" &&
  cat "$dump" | "$bin" -q --disable all | cmp - "$dump"'

check "a slow writer delivering odd-sized pieces gives the same bytes" '
  { head -c 1001 "$dump"; sleep 0.2; tail -c +1002 "$dump" | head -c 7777; sleep 0.2; tail -c +8779 "$dump"; } |
    "$bin" -q --disable all | cmp - "$dump"'

check "-o writes the whole file and leaves no temporary file" '
  "$bin" -q --disable all -o "$tmp/out.sql" "$dump" && cmp "$tmp/out.sql" "$dump" &&
  [ -z "$(find "$tmp" -name ".out.sql.db9-sanitize.*")" ]'

check "-o keeps an existing file when the run fails" '
  echo previous > "$tmp/keep.sql"
  printf "COPY t FROM stdin;\n1\n" > "$tmp/truncated.sql"
  "$bin" -q -o "$tmp/keep.sql" "$tmp/truncated.sql" 2>/dev/null; rc=$?
  [ $rc = 3 ] && [ "$(cat "$tmp/keep.sql")" = previous ] && [ -z "$(find "$tmp" -name ".keep.sql.db9-sanitize.*")" ]'

check "SIGTERM during -o removes the temporary file" '
  mkfifo "$tmp/fifo"
  "$bin" -q -o "$tmp/sig.sql" "$tmp/fifo" 2>/dev/null & pid=$!
  exec 9> "$tmp/fifo"; printf "SELECT 1;\n" >&9; sleep 0.3
  [ -n "$(find "$tmp" -name ".sig.sql.db9-sanitize.*")" ] || { echo "no temporary file while running"; exit 1; }
  kill -TERM $pid; wait $pid; rc=$?; exec 9>&-
  [ $rc = 143 ] && [ ! -e "$tmp/sig.sql" ] && [ -z "$(find "$tmp" -name ".sig.sql.db9-sanitize.*")" ]'

check "the summary goes to stderr and stdout carries only SQL" '
  "$bin" --disable all "$dump" > "$tmp/o.sql" 2> "$tmp/e.txt" && cmp -s "$tmp/o.sql" "$dump" && grep -q "^db9-sanitize: .* statements" "$tmp/e.txt"'

# Memory bounds are over the binary's own resident size (an ASan + UBSan
# build starts near 70 MiB, a release build near 10 MiB): a run may add at
# most 64 MiB while 200-300 MB pass through.
/usr/bin/time -f %M -o "$tmp/rss0" "$bin" --version > /dev/null
bound=$(( $(tail -1 "$tmp/rss0") + 65536 ))

check "a 200 MB single COPY line streams through unchanged in bounded memory (exit 0, nothing on stderr)" '
  gen() { echo "COPY t (a) FROM stdin;"; head -c 200000000 /dev/zero | tr "\\0" x; echo; echo "\\."; }
  { gen | /usr/bin/time -f %M -o "$tmp/rss" "$bin" -q 2> "$tmp/err"; echo $? > "$tmp/rc"; } | cmp - <(gen) &&
  [ "$(cat "$tmp/rc")" = 0 ] && [ ! -s "$tmp/err" ] && [ "$(tail -1 "$tmp/rss")" -lt $bound ] ||
    { echo "rc $(cat "$tmp/rc"), max RSS $(tail -1 "$tmp/rss") KiB (bound $bound)"; cat "$tmp/err"; exit 1; }'

check "a 200 MB single line of SQL (200 statements of 1 MB) passes unchanged in bounded memory" '
  # Under ASan, freed blocks wait in a 256 MB quarantine that would count
  # as ours (measured: 356 MiB, 70 MiB with none, 13 MiB without ASan).
  export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=4"
  { printf "INSERT INTO t VALUES (\x27"; head -c 1000000 /dev/zero | tr "\\0" x; printf "\x27);"; } > "$tmp/one"
  gen() { for i in $(seq 200); do cat "$tmp/one"; done; echo; }
  { gen | /usr/bin/time -f %M -o "$tmp/rss" "$bin" -q 2> "$tmp/err"; echo $? > "$tmp/rc"; } | cmp - <(gen) &&
  [ "$(cat "$tmp/rc")" = 0 ] && [ ! -s "$tmp/err" ] && [ "$(tail -1 "$tmp/rss")" -lt $bound ] ||
    { echo "rc $(cat "$tmp/rc"), max RSS $(tail -1 "$tmp/rss") KiB (bound $bound)"; cat "$tmp/err"; exit 1; }'

check "a statement over --max-statement-bytes from an endless generator: exit 3 naming its line, bounded memory, only the statements before it written" '
  { printf "SELECT 1;\n\nSELECT \x27"; head -c 300000000 /dev/zero | tr "\\0" x; } |
    /usr/bin/time -f %M -o "$tmp/rss" "$bin" -q --max-statement-bytes 8M > "$tmp/out" 2> "$tmp/err"; rc=$?
  [ $rc = 3 ] && [ "$(cat "$tmp/err")" = "<stdin>:3:1: error: the statement that begins here is larger than --max-statement-bytes (8388608 bytes); raise the limit if it is real [input]" ] &&
    [ "$(cat "$tmp/out")" = "SELECT 1;" ] && [ "$(tail -1 "$tmp/rss")" -lt $bound ] ||
    { echo "rc $rc, max RSS $(tail -1 "$tmp/rss") KiB (bound $bound)"; cat "$tmp/err"; exit 1; }'

check "an input that cannot be read (EIO) is an error naming it" '
  "$bin" -q /proc/self/mem > /dev/null 2> "$tmp/err"; rc=$?
  [ $rc = 3 ] && [ "$(cat "$tmp/err")" = "db9-sanitize: error: /proc/self/mem: read error: Input/output error" ]'

check "a file the user may not read is an error naming it (exit 3, no output)" '
  # Tests run as root, whom chmod 000 does not stop: read as nobody.
  mkdir "$tmp/perm"; chmod 755 "$tmp" "$tmp/perm"; echo "SELECT 1;" > "$tmp/perm/secret.sql"; chmod 000 "$tmp/perm/secret.sql"
  # (a copy of the binary: the build may sit where nobody cannot reach, /root)
  cp "$bin" "$tmp/perm/db9-sanitize"; chmod 755 "$tmp/perm/db9-sanitize"
  runuser -u nobody -- "$tmp/perm/db9-sanitize" -q "$tmp/perm/secret.sql" > "$tmp/out" 2> "$tmp/err"; rc=$?
  [ $rc = 3 ] && [ ! -s "$tmp/out" ] && [ "$(cat "$tmp/err")" = "db9-sanitize: error: $tmp/perm/secret.sql: cannot open: Permission denied" ] ||
    { echo "rc $rc"; cat "$tmp/err"; exit 1; }'

check "a plain directory is refused with the pg_restore hint (exit 3, no output)" '
  mkdir "$tmp/dir"
  "$bin" -q "$tmp/dir" > "$tmp/out" 2> "$tmp/err"; rc=$?
  [ $rc = 3 ] && [ ! -s "$tmp/out" ] &&
    [ "$(cat "$tmp/err")" = "db9-sanitize: error: $tmp/dir: is a directory (a pg_dump -Fd archive?), not SQL. db9-sanitize reads plain SQL; convert it first:  pg_restore -f - $tmp/dir | db9-sanitize" ] ||
    { echo "rc $rc"; cat "$tmp/err"; exit 1; }'

echo "1..$n"
[ $failed -eq 0 ]
