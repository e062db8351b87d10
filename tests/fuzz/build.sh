#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang 14, ASan + UBSan + libFuzzer) straight
# from the sources, without meson. Works offline.
#
# Usage: tests/fuzz/build.sh [OUTDIR]     (default: $OUT, else <repo>/build-fuzz)
# Produces OUTDIR/fuzz_splitter and OUTDIR/fuzz_pipeline.
# Environment: CXX (default clang++-14), JOBS (default nproc), EXTRA_CXXFLAGS
# (all objects), HARNESS_CXXFLAGS (the harnesses only), EXTRA_LIBS.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-${OUT:-$root/build-fuzz}}
mkdir -p "$out/obj"
out=$(cd "$out" && pwd)
cxx=${CXX:-clang++-14}
jobs=${JOBS:-$(nproc)}

command -v "$cxx" >/dev/null || { echo "build.sh: $cxx not found (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 2; }
command -v re2c >/dev/null || { echo "build.sh: re2c not found" >&2; exit 2; }

cd "$root"

# Generated sources: the lexer and version.hpp (as meson would make them).
version=$(sed -n "s/^ *version *: *'\([^']*\)'.*/\1/p" meson.build | head -1)
sed "s/@VERSION@/${version:-0.0.0}/" src/version.hpp.in > "$out/version.hpp.new"
cmp -s "$out/version.hpp.new" "$out/version.hpp" 2>/dev/null && rm "$out/version.hpp.new" || mv "$out/version.hpp.new" "$out/version.hpp"
re2c --conditions --no-generation-date --no-version -W -Werror \
  -o "$out/psql_script_lexer.cpp.new" grammar/psql_script.re
cmp -s "$out/psql_script_lexer.cpp.new" "$out/psql_script_lexer.cpp" 2>/dev/null \
  && rm "$out/psql_script_lexer.cpp.new" || mv "$out/psql_script_lexer.cpp.new" "$out/psql_script_lexer.cpp"

common=(-std=c++20 -O1 -g -fno-omit-frame-pointer
        -fsanitize=address,undefined -fno-sanitize-recover=undefined
        -I src -I "$out" ${EXTRA_CXXFLAGS:-})
# The library objects get libFuzzer's coverage instrumentation without its
# main(); the harnesses are linked with -fsanitize=fuzzer.
lib_flags=("${common[@]}" -fsanitize=fuzzer-no-link)
libs=(-lpg_query -lboost_iostreams)
# Libraries meson.build links besides these (it grows: zstd came later).
grep -q "dependency('libzstd'" meson.build && libs+=(-lzstd)
libs+=(${EXTRA_LIBS:-})

sources=()
for f in src/*.cpp src/rules/*.cpp; do
  [ "$f" = src/main.cpp ] && continue
  sources+=("$f")
done
sources+=("$out/psql_script_lexer.cpp")

# Compile what changed (object newer than its source and every header).
newest_header=$(ls -t src/*.hpp src/rules/*.hpp "$out/version.hpp" "$here/build.sh" | head -1)
export out cxx newest_header
export lib_flags_str="${lib_flags[*]}"

echo "build.sh: compiling into $out with $cxx (-j$jobs)"
failed=0
printf '%s\n' "${sources[@]}" | xargs -P "$jobs" -I{} bash -c '
  src={}; obj="$out/obj/$(echo "${src#"$out/"}" | tr / _).o"
  if [ ! -e "$obj" ] || [ "$src" -nt "$obj" ] || [ "$newest_header" -nt "$obj" ]; then
    echo "  CXX $src"
    $cxx $lib_flags_str -c "$src" -o "$obj.tmp" && mv "$obj.tmp" "$obj"
  fi' || failed=1
[ $failed = 0 ] || { echo "build.sh: compilation failed" >&2; exit 1; }

objs=()
for src in "${sources[@]}"; do objs+=("$out/obj/$(echo "${src#"$out/"}" | tr / _).o"); done

# The harnesses' own code is left without coverage instrumentation: its
# checks are not the code under test, and their branches would only add
# noise to the corpus. -fsanitize=fuzzer at link time brings libFuzzer's main.
for h in fuzz_splitter fuzz_pipeline; do
  echo "  CXX+LINK $h"
  "$cxx" "${common[@]}" ${HARNESS_CXXFLAGS:-} -c "$here/$h.cpp" -o "$out/obj/$h.o"
  "$cxx" "${common[@]}" -fsanitize=fuzzer "$out/obj/$h.o" "${objs[@]}" "${libs[@]}" -o "$out/$h.tmp"
  mv "$out/$h.tmp" "$out/$h"
done
echo "build.sh: built $out/fuzz_splitter $out/fuzz_pipeline"
