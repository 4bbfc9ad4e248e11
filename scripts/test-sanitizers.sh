#!/usr/bin/env bash
# The test suite under AddressSanitizer + UndefinedBehaviorSanitizer, then each
# fuzz target briefly on its seed corpus (docs/robustness.md).
#
#   scripts/test-sanitizers.sh [FUZZ_SECONDS]     (default 30 s per fuzz target; 0 skips fuzzing)
#
# Builds in build-asan and build-fuzz with the asan and fuzz presets (CMakePresets.json).
# Any sanitizer report fails the run: ASan aborts, UBSan halts on the first error.
# Environment: JOBS (default nproc), SANITIZER_BUILD_TYPE (default Debug).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
fuzz_seconds="${1:-30}"
jobs="${JOBS:-$(nproc)}"
build="$here/build-asan"  # the asan preset (CMakePresets.json)
start=$SECONDS

# Third-party findings are suppressed by name in scripts/asan.supp and
# scripts/lsan.supp (Graphviz 2.42, Fontconfig, Pango: each entry says why).
asan_common="suppressions=$here/scripts/asan.supp:detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$here/scripts/lsan.supp:print_suppressions=0"

echo "== sanitizers: configure and build $build (ASan + UBSan, ${SANITIZER_BUILD_TYPE:-Debug})"
cmake --preset asan ${SANITIZER_BUILD_TYPE:+-DCMAKE_BUILD_TYPE=$SANITIZER_BUILD_TYPE} >/dev/null
cmake --build --preset asan -j"$jobs"
echo "== sanitizers: ctest in $build"
# The install test builds the examples as an outside project: under the
# sanitizers that is a second build of nothing new, so it is left to the plain run.
# So are the two browser tests: what they add to toc_report_tests and serve_http
# is the page's script in Chromium; the C++ they run (toc report, toc serve's
# server and event stream) runs under the sanitizers in those.
# The rendering, command-line and report tests run Graphviz, whose leaks are suppressed by library; that
# needs whole allocation stacks (fast_unwind_on_malloc=0: ASan's fast unwinder
# stops at the first library built without frame pointers), which costs about
# 2× in time, so only they pay it. toc serve lays out in worker processes that
# leave with _exit, so its own process, which LeakSanitizer checks, holds no
# Graphviz memory: serve_http runs with the fast unwinder.
ASAN_OPTIONS="$asan_common" TOC_SERVE_SAVES=60 \
  ctest --test-dir "$build" --output-on-failure -j"$jobs" \
    -E '^(install_and_find_package$|report_in_browser$|serve_in_browser$|toc_render_tests:|toc_cli_tests:|toc_report_tests:|report_workbook$|render_links_clear$)'
ASAN_OPTIONS="$asan_common:fast_unwind_on_malloc=0" \
  ctest --test-dir "$build" --output-on-failure -j"$jobs" \
    -R '^(toc_render_tests:|toc_cli_tests:|toc_report_tests:|report_workbook$|render_links_clear$)'
echo "== sanitizers: test suite clean after $((SECONDS - start)) s"

if ((fuzz_seconds > 0)); then
  echo "== sanitizers: each fuzz target for $fuzz_seconds s"
  ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:allocator_may_return_null=1" FUZZ_JOBS="$jobs" \
    bash scripts/fuzz.sh all "$fuzz_seconds"
fi
echo "== sanitizers: done in $((SECONDS - start)) s"
