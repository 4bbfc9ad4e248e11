#!/usr/bin/env bash
# Benchmarks of loading, checking and drawing synthetic models of 100 to 30 000
# items (bench/, docs/performance.md), beside a bare yaml-cpp parse of the same
# file and, for rendering, beside Graphviz's own `dot -Tsvg`; then peak memory.
# Prints the tables docs/performance.md holds.
#
#   scripts/bench.sh [--quick]
#
#   --quick   one repetition, short minimum times (a smoke test, not figures)
#
# Builds in build-bench/ with the bench preset (CMakePresets.json).
# Environment: REPS (repetitions, default 5;
# the tables give the median), TOC_BENCH_RENDER_SIZES (default "100 1000": the
# dot layout of larger diagrams takes minutes), JOBS (build jobs, default nproc).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
build="$here/build-bench"  # the bench preset (CMakePresets.json)
reps="${REPS:-5}"
min_time=0.5
if [[ "${1:-}" == "--quick" ]]; then reps=1; min_time=0.01; fi
export TOC_BENCH_RENDER_SIZES="${TOC_BENCH_RENDER_SIZES:-100 1000}"

echo "== build $build (Release)" >&2
cmake --preset bench >/dev/null
cmake --build --preset bench -j"${JOBS:-$(nproc)}" --target toc_load_bench toc_cli >/dev/null
models="$build/bench/bench-models"
toc="$build/toc"

echo "== benchmarks ($reps repetitions, median; load average now: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
TOC_BENCH_RENDER_SIZES="" "$build/bench/toc_load_bench" --benchmark_repetitions="$reps" --benchmark_min_time="$min_time" \
  --benchmark_report_aggregates_only=true --benchmark_format=json --benchmark_out="$build/load_bench.json" \
  --benchmark_out_format=json >/dev/null
# Rendering: one process per size that holds only that model. In a process that
# also holds the 30 000-item model, Graphviz's layout of the 1 000-item diagram
# took 1.4× as long (malloc's heap state; docs/performance.md), which no program
# that renders one model would see.
render_json=()
for n in $TOC_BENCH_RENDER_SIZES; do
  TOC_BENCH_SIZES="$n" TOC_BENCH_RENDER_SIZES="$n" "$build/bench/toc_load_bench" --benchmark_filter='^BM_(toc_render|dot_process)/' \
    --benchmark_repetitions="$reps" --benchmark_min_time="$min_time" --benchmark_report_aggregates_only=true \
    --benchmark_format=json --benchmark_out="$build/render_bench_$n.json" --benchmark_out_format=json >/dev/null
  render_json+=("$build/render_bench_$n.json")
done

echo "== peak memory (/usr/bin/time, median of 3)" >&2
peak() {  # peak KB of a command, median of three runs
  local runs=()
  for _ in 1 2 3; do
    /usr/bin/time -f '%M' -o "$build/peak.one" "$@" >/dev/null 2>&1 || true
    runs+=("$(tail -1 "$build/peak.one")")
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p
}
: >"$build/peak.txt"
echo "base $(peak "$toc" --version)" >>"$build/peak.txt"
for n in 100 1000 10000 30000; do
  f="$models/synthetic-$n.yaml"
  # `toc check` exits 1 on a model with findings at error level; /usr/bin/time still reports
  echo "$n $(stat -c %s "$f") $(peak "$toc" check "$f") $(peak "$build/bench/toc_load_bench" --peak-yaml "$f")" >>"$build/peak.txt"
done

python3 - "$build/load_bench.json" "$build/peak.txt" "${render_json[@]}" <<'PY'
import json, sys, collections
benchmarks = []
for f in [sys.argv[1]] + sys.argv[3:]:
    benchmarks += json.load(open(f))["benchmarks"]
t = collections.defaultdict(dict)      # name -> size -> (cpu ms, real ms, record)
scale = {"ms": 1, "us": 1e-3, "ns": 1e-6, "s": 1e3}
for b in benchmarks:
    # the median of the repetitions; with one repetition there is only the run itself
    is_median = b.get("run_type") == "aggregate" and b.get("aggregate_name") == "median"
    if not is_median and b.get("run_type") != "iteration":
        continue
    name, size = b["run_name"].split("/")[:2]
    if not is_median and int(size) in t[name]:
        continue
    k = scale[b["time_unit"]]
    t[name][int(size)] = (b["cpu_time"] * k, b["real_time"] * k, b)

def ms(x):
    return f"{x:,.0f}" if x >= 100 else f"{x:.1f}" if x >= 1 else f"{x:.2f}"

sizes = sorted(t["BM_toc_load"])
print("### Loading and checking (CPU time per run, ms; median)")
print()
print("| items | file | yaml-cpp `YAML::Load` + visit (floor) | yaml-cpp events only | toc load | toc check | toc load + check (total) | total ÷ floor | growth from the size before |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
prev = None
for n in sizes:
    bare = t["BM_yaml_load"][n][0]; ev = t["BM_yaml_events"][n][0]
    load = t["BM_toc_load"][n][0]; chk = t["BM_toc_check"][n][0]; tot = t["BM_toc_load_check"][n][0]
    growth = f"{tot / prev[1]:.2f}× for {n / prev[0]:.0f}× the items" if prev else ""
    fb = [l for l in open(sys.argv[2]) if l.split()[0] == str(n)]
    kb = int(fb[0].split()[1]) / 1024 if fb else 0
    print(f"| {n:,} | {kb:,.0f} kB | {ms(bare)} | {ms(ev)} | {ms(load)} | {ms(chk)} | {ms(tot)} | {tot / bare:.2f} | {growth} |")
    prev = (n, tot)
print()
print("### Drawing (CPU time per run, ms; median)")
print()
print("| items | `toc::to_dot` | `toc::render` (svg, in process) | `dot -Tsvg` process (its CPU) | `dot -Tsvg` (wall) | render ÷ dot |")
print("|---:|---:|---:|---:|---:|---:|")
for n in sizes:
    dot = t["BM_toc_to_dot"][n][0]
    if n in t.get("BM_toc_render", {}):
        r = t["BM_toc_render"][n][0]
        b = t["BM_dot_process"][n][2]
        dcpu = b.get("dot_cpu_ms", 0); dwall = t["BM_dot_process"][n][1]
        print(f"| {n:,} | {ms(dot)} | {ms(r)} | {ms(dcpu)} | {ms(dwall)} | {r / dcpu:.2f} |")
    else:
        print(f"| {n:,} | {ms(dot)} | not run | not run | | |")
print()
print("### Peak resident memory (/usr/bin/time, median of 3)")
print()
lines = [l.split() for l in open(sys.argv[2])]
base = int(lines[0][1]) / 1024
print(f"`toc --version`: {base:.1f} MiB.")
print()
print("| items | file | `toc check` peak | per 1k items (peak − `toc --version`) | bare `YAML::Load` peak | per 1k items |")
print("|---:|---:|---:|---:|---:|---:|")
for l in lines[1:]:
    n, fsize, tp, yp = int(l[0]), int(l[1]), int(l[2]) / 1024, int(l[3]) / 1024
    print(f"| {n:,} | {fsize / 1048576:.2f} MiB | {tp:.1f} MiB | {(tp - base) / (n / 1000):.2f} MiB | {yp:.1f} MiB | {(yp - base) / (n / 1000):.2f} MiB |")
PY
