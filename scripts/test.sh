#!/usr/bin/env bash
# Installs what is missing (Debian packages, npm test tools), builds toc with
# its tests, runs the whole test suite with ctest and the static analysis
# (clang-tidy, cppcheck: scripts/static-analysis.sh), then runs the suite again under
# AddressSanitizer + UndefinedBehaviorSanitizer and runs each fuzz target for
# 30 s (scripts/test-sanitizers.sh; docs/robustness.md).
#
# Environment: TOC_FUZZ_SECONDS (default 30; 0 skips the fuzz runs).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
jobs="$(nproc)"
start=$SECONDS

bash scripts/setup.sh --test
cmake --preset dev >/dev/null           # CMakePresets.json: build/, RelWithDebInfo, tests
cmake --build --preset dev -j"$jobs"
ctest --preset dev -j"$jobs"
echo "== test suite passed after $((SECONDS - start)) s"

bash scripts/static-analysis.sh build

bash scripts/test-sanitizers.sh "${TOC_FUZZ_SECONDS:-30}"
echo "== all tests passed after $((SECONDS - start)) s"
