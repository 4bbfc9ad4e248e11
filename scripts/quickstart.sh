#!/usr/bin/env bash
# Installs what is missing, builds toc, and runs the main job on a bundled
# model: check it, draw it, and write its review report (the first thing to open).
#   scripts/quickstart.sh [MODEL]     (default: models/hela_familjen.yaml)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
model="${1:-models/hela_familjen.yaml}"

bash scripts/setup.sh
cmake --preset release >/dev/null     # CMakePresets.json: build-release/, no tests
cmake --build --preset release -j"$(nproc)"

echo "== toc check $model"
status=0
./build-release/toc check "$model" || status=$?
if ((status == 2)); then exit 2; fi

out="build-release/$(basename "${model%.yaml}").svg"
echo "== toc render $model -o $out"
./build-release/toc render "$model" -o "$out"
echo "wrote $out"

report="build-release/$(basename "${model%.yaml}").html"
echo "== toc report $model -o $report"
./build-release/toc report "$model" -o "$report" >/dev/null
echo "the review report: $here/$report (open it in a browser)"
exit "$status"
