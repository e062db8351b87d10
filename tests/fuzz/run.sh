#!/usr/bin/env bash
# Builds the harnesses, makes the seed corpus and runs each harness for
# SECONDS (default 60). Exits non-zero on any finding (crash, assertion,
# leak, UB, timeout, out-of-memory). Output ends with one TAP line per harness.
#
# Usage: tests/fuzz/run.sh [SECONDS]
# Environment:
#   OUT=DIR         build and work directory (default <repo>/build-fuzz)
#   HARNESSES="..." which harnesses (default "fuzz_splitter fuzz_pipeline")
#   PARALLEL=1      run the harnesses at the same time instead of one by one
#   FUZZ_ARGS="..." extra libFuzzer flags, e.g. "-jobs=2 -workers=2"
#   FRESH=1         start the working corpus again from the seeds
#   NO_BUILD=1      skip build.sh
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-60}
out=${OUT:-$root/build-fuzz}
harnesses=${HARNESSES:-"fuzz_splitter fuzz_pipeline"}

if [ -z "${NO_BUILD:-}" ]; then
  "$here/build.sh" "$out" || { echo "not ok - build failed"; exit 2; }
fi
mkdir -p "$out/artifacts" "$out/logs"
# The leak suppressions (lsan.supp) name functions, so LeakSanitizer must
# be able to symbolize libpg_query's frames: llvm-symbolizer (package llvm-14).
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ]; then
  for s in /usr/lib/llvm-14/bin/llvm-symbolizer "$(command -v llvm-symbolizer-14)" "$(command -v llvm-symbolizer)"; do
    if [ -n "$s" ] && [ -x "$s" ]; then export ASAN_SYMBOLIZER_PATH=$s; break; fi
  done
fi
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ]; then
  echo "not ok - llvm-symbolizer not found (apt-get install llvm-14): the leak suppressions match function names"
  exit 2
fi
"$here/seeds.sh" "$out/seeds" || { echo "not ok - seeds failed"; exit 2; }

run_one() {  # run_one NAME: fuzz, leave the log in $out/logs/NAME.log
  local name=$1
  local corpus="$out/corpus/$name"
  [ -n "${FRESH:-}" ] && rm -rf "$corpus"
  mkdir -p "$corpus"
  cp -n "$out/seeds"/* "$corpus"/ 2>/dev/null
  local log="$out/logs/$name.log"
  local work="$out/logs/$name.d"
  mkdir -p "$work"
  rm -f "$work"/fuzz-*.log
  local t0=$SECONDS
  local TIMEFORMAT='%U %S'
  # LeakSanitizer stays on (libFuzzer's -detect_leaks=1 is the default).
  {
    time (cd "$work" && ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1} \
      LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/lsan.supp:print_suppressions=0} \
      UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
      "$out/$name" -max_total_time="$seconds" -dict="$here/sql.dict" -max_len=1048576 -timeout=600 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/artifacts/$name-" \
        ${FUZZ_ARGS:-} "$corpus" > "$log.out" 2>&1; echo $? > "$log.rc")
  } 2> "$log.cpu"
  echo $((SECONDS - t0)) > "$log.wall"
  cat "$log.out" > "$log"
  # With -jobs, the workers write fuzz-N.log beside: gather them.
  for w in "$work"/fuzz-*.log; do [ -f "$w" ] && cat "$w" >> "$log"; done
}

artifacts_before=$(ls "$out/artifacts" | wc -l)
if [ -n "${PARALLEL:-}" ]; then
  for h in $harnesses; do run_one "$h" & done
  wait
else
  for h in $harnesses; do run_one "$h"; done
fi

status=0
i=0
summary=()
total_execs=0
total_cpu=0
for h in $harnesses; do
  i=$((i + 1))
  log="$out/logs/$h.log"
  rc=$(cat "$log.rc" 2>/dev/null || echo 99)
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{s += $2} END {print s + 0}')
  cpu=$(awk '{printf "%.0f", $1 + $2}' "$log.cpu" 2>/dev/null)
  wall=$(cat "$log.wall")
  corpus_n=$(ls "$out/corpus/$h" | wc -l)
  findings=$(grep -cE '^==[0-9]+==ERROR|runtime error:|ASSERTION FAILED|ERROR: libFuzzer|SUMMARY: (Address|Leak|Undefined)' "$log")
  total_execs=$((total_execs + execs))
  total_cpu=$((total_cpu + ${cpu:-0}))
  echo "== $h: exit $rc, $execs executions, ${wall}s wall, ${cpu}s CPU, corpus $corpus_n files"
  if [ "$rc" != 0 ] || [ "$findings" != 0 ]; then
    status=1
    grep -E 'ERROR|runtime error|ASSERTION FAILED|SUMMARY|Test unit written|artifact_prefix' "$log" | head -20 | sed 's/^/#   /'
    summary+=("not ok $i - $h: finding (exit $rc), see $log and $out/artifacts/")
  else
    summary+=("ok $i - $h: $execs executions in ${wall}s (${cpu}s CPU), no findings")
  fi
done
# A crash-, leak-, timeout- or oom- artifact is a finding. libFuzzer also
# writes slow-unit- files: an input that took over 10 s (its
# -report_slow_units) under ASan + UBSan + coverage, which is a note about
# speed, not a bug (the -timeout of 600 s is the bound that fails).
artifacts_after=$(ls "$out/artifacts" | wc -l)
if [ "$artifacts_after" -gt "$artifacts_before" ]; then
  new=$(ls -t "$out/artifacts" | head -$((artifacts_after - artifacts_before)))
  if printf '%s\n' "$new" | grep -qv -- '-slow-unit-'; then
    status=1
    echo "# new artifacts in $out/artifacts:"
  else
    echo "# slow units (over 10 s each under the sanitizers; not findings) in $out/artifacts:"
  fi
  printf '%s\n' "$new" | sed 's/^/#   /'
fi
# The figure to quote: every harness's executions added up (libFuzzer's
# stat::number_of_executed_units, summed over -jobs workers too).
verdict="no findings"; [ $status = 0 ] || verdict="FINDINGS"
echo "TOTAL: $total_execs executions in ${total_cpu} CPU-seconds ($((total_cpu / 60)) CPU-minutes) over $i harnesses, $verdict"
echo "1..$i"
printf '%s\n' "${summary[@]}"
exit $status
