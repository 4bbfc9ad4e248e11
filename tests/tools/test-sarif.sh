#!/usr/bin/env bash
# Validates SARIF output with Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool,
# installed into tests/tools/node by `scripts/setup.sh --test`).
#
#   tests/tools/test-sarif.sh FILE.sarif...              validate the given SARIF files
#   tests/tools/test-sarif.sh --toc TOC_EXE MODEL...     run `TOC_EXE check --format sarif MODEL...`, validate that
#
# Exits 0 when no validation result is at level error, 1 when one is (each is
# printed), 2 on a usage error or when SARIF could not be produced, and 77 when
# the Multitool is not installed (register the test with SKIP_RETURN_CODE 77).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="$here/node"

usage() { echo "usage: test-sarif.sh FILE.sarif... | --toc TOC_EXE MODEL..." >&2; exit 2; }
(($#)) || usage

if ! command -v node >/dev/null; then
  echo "test-sarif: node is not installed; run scripts/setup.sh --test" >&2
  exit 77
fi
multitool="$(cd "$tools" 2>/dev/null && node -e "process.stdout.write(require('@microsoft/sarif-multitool'))" 2>/dev/null || true)"
if [[ -z "$multitool" || ! -f "$multitool" ]]; then
  echo "test-sarif: the SARIF Multitool is not installed; run scripts/setup.sh --test" >&2
  exit 77
fi
[[ -x "$multitool" ]] || chmod u+x "$multitool"  # npm may skip the package's own postinstall chmod

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

files=()
if [[ "$1" == "--toc" ]]; then
  (($# >= 3)) || usage
  exe="$2"; shift 2
  status=0
  "$exe" check --format sarif "$@" >"$work/toc.sarif" || status=$?
  if ((status > 1)); then
    echo "test-sarif: '$exe check --format sarif $*' could not run (exit $status)" >&2
    exit 2
  fi
  files=("$work/toc.sarif")
else
  files=("$@")
fi

failed=0
for f in "${files[@]}"; do
  if [[ ! -s "$f" ]]; then
    echo "test-sarif: $f is missing or empty" >&2
    exit 2
  fi
  out="$work/validation.sarif"
  rm -f "$out"
  # Call the native binary directly: the npm wrapper passes arguments through a shell.
  if ! "$multitool" validate "$f" --output "$out" --log ForceOverwrite --quiet >"$work/log" 2>&1; then
    if [[ ! -s "$out" ]]; then
      cat "$work/log" >&2
      echo "test-sarif: the Multitool failed on $f" >&2
      exit 2
    fi
  fi
  # Count and print the error-level validation results.
  errors="$(node - "$out" "$f" <<'JS'
const fs = require('fs');
const [out, input] = process.argv.slice(2);
const log = JSON.parse(fs.readFileSync(out, 'utf8'));
let errors = 0;
for (const run of log.runs || []) {
  const rules = new Map(((run.tool && run.tool.driver && run.tool.driver.rules) || []).map(r => [r.id, r]));
  for (const inv of run.invocations || [])
    for (const n of inv.toolExecutionNotifications || [])
      if ((n.level || 'warning') === 'error') {
        errors++;
        console.error(`${input}: tool error: ${n.message && n.message.text}`);
      }
  for (const r of run.results || []) {
    if ((r.level || 'warning') !== 'error') continue;
    errors++;
    const rule = rules.get(r.ruleId);
    let text = (r.message && r.message.text) || '';
    if (!text && rule && r.message && r.message.id && rule.messageStrings && rule.messageStrings[r.message.id]) {
      text = rule.messageStrings[r.message.id].text;
      (r.message.arguments || []).forEach((a, i) => { text = text.split(`{${i}}`).join(a); });
    }
    console.error(`${input}: ${r.ruleId}: ${text}`);
  }
}
process.stdout.write(String(errors));
JS
)"
  if ((errors > 0)); then
    echo "test-sarif: $f: $errors error-level validation result(s)" >&2
    failed=1
  else
    echo "test-sarif: $f: valid SARIF 2.1.0 (no error-level validation results)"
  fi
done
exit "$failed"
