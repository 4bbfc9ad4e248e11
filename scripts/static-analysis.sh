#!/usr/bin/env bash
# Static analysis of include/ and src/: clang-tidy (the checks in .clang-tidy) and
# cppcheck. Exits 1 when either reports anything; docs/robustness.md lists what
# was found and how each finding was fixed or justified.
#
#   scripts/static-analysis.sh [BUILD_DIR]      (default: build; its compile_commands.json)
#
# Environment: CLANG_TIDY (default clang-tidy-14), CPPCHECK (default cppcheck),
# JOBS (default nproc).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
build="${1:-build}"
tidy="${CLANG_TIDY:-clang-tidy-14}"
cppcheck="${CPPCHECK:-cppcheck}"
jobs="${JOBS:-$(nproc)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for tool in "$tidy" "$cppcheck"; do
  command -v "$tool" >/dev/null || { echo "static-analysis: $tool not found" >&2; exit 2; }
done
if [[ ! -f "$build/compile_commands.json" ]]; then
  echo "== configure $build (for compile_commands.json)"
  cmake -S . -B "$build" -DTOC_BUILD_TESTS=OFF >/dev/null
fi

# The headers are checked through the sources that include them, and through one
# extra translation unit that includes every header, so that header-only code
# nobody in src/ includes is checked too. (One unit for all headers, not one per
# header: the analysis of a header is the same whichever unit sees it, and 116
# units parsing the same headers took half of its 9 minutes.) It also proves that
# the headers can be included together.
mapfile -t sources < <(find src -name '*.cpp' | sort)
mapfile -t headers < <(cd include && find toc -name '*.hpp' | sort)
flags="$(python3 - "$build/compile_commands.json" <<'PY'
import json, shlex, sys
for c in json.load(open(sys.argv[1])):
    if "/src/cli/" in c["file"]:
        args = c.get("arguments") or shlex.split(c["command"])
        keep, skip = [], False
        for a in args[1:]:
            if skip: skip = False; continue
            if a in ("-o", "-c"): skip = a == "-o"; continue
            if a.endswith(".cpp") or a.startswith("-W"): continue
            keep.append(a)
        print(" ".join(shlex.quote(a) for a in keep)); break
PY
)"
# Every source needs its own compile command: without one clang-tidy guesses the
# flags, misses the include paths and reports what it could not read (a unity
# build lists its units instead of the files).
missing="$(python3 - "$build/compile_commands.json" "$here" "${sources[@]}" <<'PY'
import json, os, sys
db, root, sources = sys.argv[1], sys.argv[2], sys.argv[3:]
known = {os.path.normpath(os.path.join(c["directory"], c["file"])) for c in json.load(open(db))}
print(" ".join(s for s in sources if os.path.normpath(os.path.join(root, s)) not in known))
PY
)"
if [[ -n "$missing" ]]; then
  echo "static-analysis: no compile command in $build/compile_commands.json for: $missing" >&2
  echo "static-analysis: configure $build without CMAKE_UNITY_BUILD" >&2
  exit 2
fi

mkdir -p "$work/headers"
printf '#include <%s>\n' "${headers[@]}" >"$work/headers/all_headers.cpp"

echo "== clang-tidy ($("$tidy" --version | grep -m1 -o 'version [0-9.]*')): ${#sources[@]} sources, ${#headers[@]} headers"
: >"$work/tidy-all.txt"
mkdir -p "$work/out"
# One run per translation unit, JOBS at a time; each writes its own file.
tidy_one() {  # tidy_one FILE [-- FLAGS...]
  local out status=0
  out="$work/out/$(tr '/' '_' <<<"$1").txt"
  if [[ "${2:-}" == "--" ]]; then
    eval "\"$tidy\" --config-file=\"$here/.clang-tidy\" --quiet \"$1\" -- $flags" >"$out" 2>"$out.err" || status=$?
  else
    "$tidy" --config-file="$here/.clang-tidy" -p "$build" --quiet "$1" >"$out" 2>"$out.err" || status=$?
  fi
  # A file that does not compile shows as [clang-diagnostic-error] findings; any
  # other failure of the tool is printed.
  if ((status != 0)) && ! grep -q 'clang-diagnostic-error' "$out"; then
    echo "static-analysis: clang-tidy failed on $1 (exit $status):" >&2
    cat "$out.err" >&2
  fi
}
export -f tidy_one
export tidy build flags work here
{ printf '%s\n' "$work/headers/all_headers.cpp"; printf '%s\n' "${sources[@]}"; } |
  xargs -P "$jobs" -I{} bash -c 'if [[ "$1" == */all_headers.cpp ]]; then tidy_one "$1" --; else tidy_one "$1"; fi' _ {}
cat "$work"/out/*.txt >"$work/tidy-all.txt"
# One finding per file:line:check, whichever translation unit saw it.
grep -E '^/.*:[0-9]+:[0-9]+: (warning|error): .*\[[a-z].*\]$' "$work/tidy-all.txt" | sed "s|^$here/||" | sort -u >"$work/tidy.txt" || true
tidy_count="$(wc -l <"$work/tidy.txt")"
cat "$work/tidy.txt"
echo "clang-tidy: $tidy_count finding(s)"

echo "== cppcheck ($("$cppcheck" --version))"
"$cppcheck" --quiet --std=c++20 --language=c++ --enable=warning,performance,portability \
  --inline-suppr --error-exitcode=0 -j "$jobs" -I include -I src/yaml \
  --suppress=missingIncludeSystem --suppress=unmatchedSuppression \
  --template='{file}:{line}:{column}: {severity}: {message} [{id}]' \
  include src 2>"$work/cppcheck.txt" || true
sort -u "$work/cppcheck.txt" | grep -E '^[^ ]+:[0-9]+:' >"$work/cppcheck-sorted.txt" || true
cppcheck_count="$(wc -l <"$work/cppcheck-sorted.txt")"
cat "$work/cppcheck-sorted.txt"
echo "cppcheck: $cppcheck_count finding(s)"

if ((tidy_count + cppcheck_count > 0)); then exit 1; fi
echo "static-analysis: clean"
