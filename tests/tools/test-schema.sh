#!/usr/bin/env bash
# Schema tests (run by ctest; works from any directory):
#   1. compile schema/toc.schema.json with ajv-cli (draft 2020-12, strict mode);
#   2. validate models/*.yaml and tests/fixtures/valid/*.yaml: each must pass;
#   3. validate tests/fixtures/schema-invalid/*.yaml: each must be rejected;
#   4. check that docs/format.md includes the full example fixture verbatim.
# Installs the npm test tools into tests/tools/node (npm ci) when they are missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tools="$root/tests/tools/node"

for tool in node npm; do
  if ! command -v "$tool" >/dev/null; then
    echo "test-schema: '$tool' not found; the schema tests need Node.js (>= 18) and npm" >&2
    exit 2
  fi
done

if [[ ! -x "$tools/node_modules/.bin/ajv" || ! -d "$tools/node_modules/yaml" ]]; then
  echo "test-schema: installing the test tools (npm ci in tests/tools/node)"
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
fi

cd "$root"
shopt -s nullglob
failed=0

echo "== compile schema/toc.schema.json (ajv, draft 2020-12, strict)"
if ! "$tools/node_modules/.bin/ajv" compile --spec=draft2020 --strict=true -s schema/toc.schema.json; then
  failed=1
fi

valid=(models/*.yaml models/*.yml tests/fixtures/valid/*.yaml tests/fixtures/valid/*.yml)
invalid=(tests/fixtures/schema-invalid/*.yaml tests/fixtures/schema-invalid/*.yml)

echo "== models and valid fixtures: each must pass"
if ((${#valid[@]} == 0)); then
  echo "test-schema: no valid fixtures found in tests/fixtures/valid" >&2
  failed=1
elif ! node "$tools/validate.mjs" schema/toc.schema.json "${valid[@]}"; then
  failed=1
fi

echo "== schema-invalid fixtures: each must be rejected"
if ((${#invalid[@]} == 0)); then
  echo "test-schema: no fixtures found in tests/fixtures/schema-invalid" >&2
  failed=1
elif ! node "$tools/validate.mjs" --expect-invalid schema/toc.schema.json "${invalid[@]}"; then
  failed=1
fi

echo "== docs/format.md includes tests/fixtures/valid/full_model.yaml verbatim"
example="$(awk '/^## Complete example/ { in_section = 1; next }
                 in_section && /^```yaml$/ { in_block = 1; next }
                 in_block && /^```$/ { exit }
                 in_block { print }' docs/format.md)"
if [[ "$example" == "$(cat tests/fixtures/valid/full_model.yaml)" ]]; then
  echo "docs/format.md: example ok"
else
  echo "docs/format.md: the complete example differs from tests/fixtures/valid/full_model.yaml" >&2
  diff <(printf '%s\n' "$example") tests/fixtures/valid/full_model.yaml >&2 || true
  failed=1
fi

if ((failed)); then
  echo "test-schema: FAILED" >&2
  exit 1
fi
echo "test-schema: all schema tests passed"
