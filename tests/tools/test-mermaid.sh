#!/usr/bin/env bash
# Renders every model in models/ as a Mermaid flowchart with the built `toc` and
# has the real Mermaid parser (npm mermaid, tests/tools/node) read each one.
#   tests/tools/test-mermaid.sh [path/to/toc]      (default: build/toc)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
toc="${1:-$here/build/toc}"
if [[ ! -x "$toc" ]]; then echo "test-mermaid: no toc executable at $toc" >&2; exit 2; fi
if [[ ! -d "$here/tests/tools/node/node_modules/mermaid" ]]; then
  echo "test-mermaid: the Mermaid parser is not installed; run scripts/setup.sh --test" >&2
  exit 2
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
files=()
for model in "$here"/models/*.yaml; do
  name="$(basename "$model" .yaml)"
  for lang in "" en; do
    out="$tmp/$name${lang:+-$lang}.mmd"
    "$toc" render "$model" --format mermaid ${lang:+--lang "$lang"} -o "$out"
    files+=("$out")
  done
done
node "$here/tests/tools/node/mermaid-parse.mjs" "${files[@]}" > "$tmp/result.jsonl" || {
  grep '"ok":false' "$tmp/result.jsonl" >&2 || true
  echo "test-mermaid: Mermaid rejected a chart" >&2
  exit 1
}
echo "test-mermaid: ${#files[@]} charts parsed by Mermaid"
