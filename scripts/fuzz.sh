#!/usr/bin/env bash
# Runs toc's libFuzzer targets (fuzz/, docs/robustness.md) for a given time each,
# under AddressSanitizer and UndefinedBehaviorSanitizer, and reports executions
# and coverage.
#
#   scripts/fuzz.sh TARGET|all SECONDS [LIBFUZZER_OPTION...]
#
#   TARGET   fuzz_load fuzz_check fuzz_dot fuzz_mermaid fuzz_graphml fuzz_json fuzz_lsp
#            fuzz_import_tocmaker fuzz_import_csv (or
#            load, check, ...), or all (one after the other)
#   SECONDS  -max_total_time per target
#
# Environment: FUZZ_JOBS (targets run at once
# for `all`, default 1), FUZZ_MAX_LEN (-max_len, default 65536). Builds in
# build-fuzz/ with the fuzz preset (CMakePresets.json). Working corpora grow in fuzz/corpus-work/<target>/ (not committed);
# the seeds are rebuilt from models/ and tests/fixtures/ by fuzz/make_corpus.py.
# Each input is limited to 1 s (-timeout=1) and 1 GB (-rss_limit_mb=1024); a
# finding (crash, sanitizer report, leak, timeout, out-of-memory) is saved in
# fuzz/corpus-work/artifacts/<target>/ and the script exits 1.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

all_targets=(fuzz_load fuzz_check fuzz_dot fuzz_mermaid fuzz_graphml fuzz_json fuzz_lsp fuzz_import_tocmaker fuzz_import_csv)
usage() { echo "usage: scripts/fuzz.sh TARGET|all SECONDS [LIBFUZZER_OPTION...]  (targets: ${all_targets[*]})" >&2; exit 2; }
(($# >= 2)) || usage
which="$1"; seconds="$2"; shift 2
[[ "$seconds" =~ ^[0-9]+$ ]] || usage
if [[ "$which" == all ]]; then
  targets=("${all_targets[@]}")
else
  [[ "$which" == fuzz_* ]] || which="fuzz_$which"
  [[ " ${all_targets[*]} " == *" $which "* ]] || usage
  targets=("$which")
fi

build="$here/build-fuzz"  # the fuzz preset (CMakePresets.json)
jobs="${FUZZ_JOBS:-1}"
max_len="${FUZZ_MAX_LEN:-65536}"
work="$here/fuzz/corpus-work"

# Build with the fuzz preset (clang++-14: libFuzzer comes with clang).
command -v clang++-14 >/dev/null || { echo "fuzz: clang++-14 not found (libFuzzer comes with clang)" >&2; exit 2; }
# a build-fuzz/ configured by hand from fuzz/ (before the presets) cannot be reused
if [[ -f "$build/CMakeCache.txt" ]] && ! grep -q '^TOC_BUILD_FUZZERS:BOOL=ON' "$build/CMakeCache.txt"; then rm -rf "$build"; fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)" --target "${targets[@]}" >/dev/null

# Seeds: always rebuilt (cheap, deterministic).
python3 fuzz/make_corpus.py "$work/seed" >/dev/null

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"

# One target for `seconds` of wall time. A timeout that does not happen again
# when the input is run alone (three times, 1 s limit each) was the machine, not
# the input (an overloaded machine can stall a process for a second): it is set
# aside in artifacts/<target>/not-reproduced/ and fuzzing goes on for the time
# left. Anything else ends the run as a finding.
run_one() {
  local t="$1" logs="$work/logs" status=0 left="$seconds" round=0 begin=$SECONDS
  mkdir -p "$work/$t" "$work/artifacts/$t" "$logs"
  rm -f "$logs/$t".*
  while ((left > 0)); do
    round=$((round + 1))
    status=0
    /usr/bin/time -f '%U %S' -o "$logs/$t.cpu.$round" \
      "$build/$t" "$work/$t" "$work/seed" \
      -dict=fuzz/toc.dict -max_total_time="$left" -timeout=1 -rss_limit_mb=1024 -malloc_limit_mb=1024 \
      -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$work/artifacts/$t/" "${extra[@]}" \
      >"$logs/$t.log.$round" 2>&1 || status=$?
    ((status != 0)) || break
    local artifact
    artifact="$(sed -nE 's/.*Test unit written to (.*)$/\1/p' "$logs/$t.log.$round" | tail -1)"
    if [[ "$artifact" == */timeout-* ]] && grep -q 'ERROR: libFuzzer: timeout' "$logs/$t.log.$round"; then
      local again=0
      for _ in 1 2 3; do
        "$build/$t" -timeout=1 -rss_limit_mb=1024 "$artifact" >>"$logs/$t.rerun" 2>&1 || again=1
      done
      if ((again == 0)); then
        mkdir -p "$work/artifacts/$t/not-reproduced"
        mv "$artifact" "$work/artifacts/$t/not-reproduced/"
        echo "$t: a timeout did not happen again alone ($(grep -oE 'in [0-9]+ ms' "$logs/$t.rerun" | tail -1)); fuzzing on" >>"$logs/$t.notes"
        left=$((seconds - (SECONDS - begin)))
        status=0
        continue
      fi
    fi
    break
  done
  echo "$status" >"$logs/$t.status"
  for r in $(seq 1 "$round"); do cat "$logs/$t.log.$r"; done >"$logs/$t.log"
  awk '{u += $1; s += $2} END {printf "%.0f\n", u + s}' "$logs/$t".cpu.* >"$logs/$t.cpu"
}

extra=("$@")
echo "fuzz: ${targets[*]} for ${seconds} s each (logs in fuzz/corpus-work/logs)"
running=0
for t in "${targets[@]}"; do
  run_one "$t" &
  running=$((running + 1))
  if ((running >= jobs)); then wait -n || true; running=$((running - 1)); fi
done
wait

# Report: the last status line (cov, ft, corpus) and the final stats. cov is the
# number of instrumented edges (toc's code, not yaml-cpp's) the corpus reaches,
# edges how many the target has; ft counts libFuzzer's finer features.
failed=0
printf '%-13s %6s %6s %12s %11s %13s %7s %8s %8s  %s\n' target wall_s cpu_s executions execs/cpu_s cov/edges ft corpus rss_mb result
for t in "${targets[@]}"; do
  log="$work/logs/$t.log"
  status="$(cat "$work/logs/$t.status")"
  last="$(grep -E '^#[0-9]+.*(cov:|ft:)' "$log" | tail -1 || true)"
  cov="$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")"
  edges="$(sed -nE 's/.*\(([0-9]+) inline 8-bit counters\).*/\1/p' "$log" | head -1)"
  ft="$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")"
  corpus="$(sed -nE 's/.* corp: ([0-9]+)\/.*/\1/p' <<<"$last")"
  execs="$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | awk '{n += $1} END {print n + 0}')"
  rss="$(sed -nE 's/^stat::peak_rss_mb: *([0-9]+).*/\1/p' "$log" | sort -n | tail -1)"
  cpu="$(cat "$work/logs/$t.cpu")"
  eps=$((execs / (cpu > 0 ? cpu : 1)))
  result=ok
  if [[ "$status" != 0 ]]; then
    result="FINDING (exit $status): $(grep -m1 -E 'ERROR: |runtime error|==[0-9]+==|SUMMARY' "$log" || echo 'see log')"
    failed=1
  fi
  printf '%-13s %6s %6s %12s %11s %13s %7s %8s %8s  %s\n' "$t" "$seconds" "$cpu" "${execs:-?}" "${eps:-?}" "${cov:-?}/${edges:-?}" "${ft:-?}" "${corpus:-?}" "${rss:-?}" "$result"
  [[ ! -s "$work/logs/$t.notes" ]] || sed 's/^/    /' "$work/logs/$t.notes"
done
if ((failed)); then
  echo "fuzz: findings saved in fuzz/corpus-work/artifacts/; reproduce with $build/TARGET FILE" >&2
fi
exit "$failed"
