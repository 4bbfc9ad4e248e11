#!/usr/bin/env bash
# The review report in a real browser (ctest: report_in_browser): writes the
# report of every model given and of the hostile-label fixture, then checks each
# in Debian's Chromium with tests/tools/node/report-browser.mjs (no console
# error, no request, every element openable, pathways, language switch, axe,
# an A4 PDF; the hostile one runs no script).
#   browser.sh TOC OUTDIR MODEL...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
toc="$1"; out="$2"; shift 2
node_dir="$here/tests/tools/node"
if [[ ! -x /usr/bin/chromium || ! -d "$node_dir/node_modules/puppeteer-core" || ! -d "$node_dir/node_modules/axe-core" ]]; then
  echo "browser.sh: needs /usr/bin/chromium and npm puppeteer-core and axe-core (run scripts/setup.sh --test)" >&2
  exit 1
fi
mkdir -p "$out"
pages=()
for model in "$@"; do
  name="$(basename "$model" .yaml)"
  "$toc" report "$model" -o "$out/$name.html" >/dev/null
  pages+=("$out/$name.html")
done
"$toc" report "$here/tests/fixtures/report/hostile.yaml" -o "$out/hostile.html" >/dev/null
status=0
node "$node_dir/report-browser.mjs" --pdf "$out/pdf" "${pages[@]}" || status=1
node "$node_dir/report-browser.mjs" --hostile "$out/hostile.html" || status=1
exit $status
