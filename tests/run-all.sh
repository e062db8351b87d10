#!/usr/bin/env bash
# The whole test suite, as CI runs it: a release build with warnings as
# errors, and an ASan + UBSan build; `meson test` on both; then a short
# fuzzing run (tests/fuzz/run.sh: both libFuzzer harnesses, clang 14,
# FUZZ_SECONDS each, default 60). The last line is "N passed, N failed" (one
# per test per build, one per fuzz harness); exit 1 if any failed.
set -u
cd "$(dirname "$0")/.."
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
passed=0; failed=0
run_build() {  # run_build DIR MESON-SETUP-OPTIONS...
  local dir=$1; shift
  local how=(setup "$dir")
  [ -f "$dir/build.ninja" ] && how=(configure "$dir")
  if ! meson "${how[@]}" "$@" > "$dir.setup.log" 2>&1; then
    cat "$dir.setup.log"; failed=$((failed + 1)); return
  fi
  rm -f "$dir.setup.log"
  if ! ninja -C "$dir"; then echo "build failed: $dir"; failed=$((failed + 1)); return; fi
  meson test -C "$dir" --print-errorlogs --num-processes 2
  local log="$dir/meson-logs/testlog.json"
  local ok bad
  ok=$(grep -c '"result": "OK"' "$log")
  bad=$(grep -vc '"result": "OK"' "$log")
  passed=$((passed + ok)); failed=$((failed + bad))
}
run_build build -Dwerror=true
# -Werror stays on the release build: GCC 12 reports a false maybe-uninitialized
# inside <regex> (used by cxxopts) only when instrumented.
# -O2 with line tables only (-g1): reports keep file:line, and the build
# compiles in 80 % of debugoptimized's (-O2 -g) time.
run_build build-asan -Doptimization=2 -Ddebug=false -Dcpp_args=-g1 -Db_sanitize=address,undefined -Db_lundef=false
run_fuzz() {  # one result per harness, from run.sh's TAP lines; a build failure is a failure
  local log=build-fuzz/run-all.log rc ok bad
  mkdir -p build-fuzz
  # run.sh sets the sanitizer options libFuzzer wants (leaks on, its own
  # abort handling); not the ones exported above for meson test.
  # PARALLEL: the two harnesses at once, one per core (the pipeline harness
  # spends most of its run replaying the seeds).
  env -u ASAN_OPTIONS -u UBSAN_OPTIONS PARALLEL=1 nice tests/fuzz/run.sh "${FUZZ_SECONDS:-60}" > "$log" 2>&1; rc=$?
  grep -vE '^  (CXX|CXX\+LINK) ' "$log"
  ok=$(grep -cE '^ok [0-9]+ - ' "$log"); bad=$(grep -cE '^not ok' "$log")
  [ "$rc" != 0 ] && [ "$bad" = 0 ] && bad=1
  passed=$((passed + ok)); failed=$((failed + bad))
}
run_fuzz
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
