#!/usr/bin/env bash
# The test suite under AddressSanitizer + UndefinedBehaviorSanitizer, then each
# fuzz target briefly on its seed corpus (docs/robustness.md).
#
#   scripts/test-sanitizers.sh [FUZZ_SECONDS]     (default 30 s per fuzz target; 0 skips fuzzing)
#
# Builds in build-asan (-DTOC_SANITIZE=ON, Debug) and build-fuzz (clang, libFuzzer).
# Any sanitizer report fails the run: ASan aborts, UBSan halts on the first error.
# Environment: JOBS (default nproc), ASAN_BUILD (default build-asan),
# SANITIZER_BUILD_TYPE (default Debug).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
fuzz_seconds="${1:-30}"
jobs="${JOBS:-$(nproc)}"
build="${ASAN_BUILD:-$here/build-asan}"
start=$SECONDS

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"

echo "== sanitizers: configure and build $build (ASan + UBSan, ${SANITIZER_BUILD_TYPE:-Debug})"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE="${SANITIZER_BUILD_TYPE:-Debug}" -DTOC_SANITIZE=ON -DTOC_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j"$jobs"
echo "== sanitizers: ctest in $build"
# The install test builds the examples as an outside project: under the
# sanitizers that is a second build of nothing new, so it is left to the plain run.
ctest --test-dir "$build" --output-on-failure -j"$jobs" -E '^install_and_find_package$'
echo "== sanitizers: test suite clean after $((SECONDS - start)) s"

if ((fuzz_seconds > 0)); then
  echo "== sanitizers: each fuzz target for $fuzz_seconds s"
  FUZZ_JOBS="$jobs" bash scripts/fuzz.sh all "$fuzz_seconds"
fi
echo "== sanitizers: done in $((SECONDS - start)) s"
