#!/usr/bin/env bash
# End-to-end: Neovim's own LSP client runs `toc lsp` on a seed model
# (tests/lsp/neovim.lua), and the results it writes are checked here.
# usage: tests/lsp/test-neovim.sh PATH/TO/toc     (exit 77: nvim is not installed)
set -euo pipefail
toc="$1"
here="$(cd "$(dirname "$0")/../.." && pwd)"
command -v nvim >/dev/null || { echo "nvim is not installed (Debian package neovim): skipped"; exit 77; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/models/spira.yaml" "$work/spira.yaml"   # the buffer is renamed in, never written back
export TOC="$toc" MODEL="$work/spira.yaml" OUT="$work/results.txt" HOME="$work" XDG_STATE_HOME="$work/state"
timeout 120 nvim --headless --clean -c "luafile $here/tests/lsp/neovim.lua" >"$work/nvim.log" 2>&1 || true
[[ -s "$OUT" ]] || { echo "Neovim wrote no results:"; cat "$work/nvim.log"; exit 1; }
cat "$OUT"
get() { sed -n "s/^$1=//p" "$OUT"; }
fail=0
expect() { if [[ "$(get "$1")" != "$2" ]]; then echo "FAIL: $1 is '$(get "$1")', expected '$2'"; fail=1; fi; }
expect_match() { if ! [[ "$(get "$1")" =~ $2 ]]; then echo "FAIL: $1 is '$(get "$1")', expected /$2/"; fail=1; fi; }
expected_count="$("$toc" check --format json "$MODEL" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["diagnostics"]))')"
expect error ""
expect client true
expect diagnostics "$expected_count"
expect_match first_code '^TOC[0-9]{3}$'
target="$(get target)"
expect_match definition_text "id: *$target\$"
expect after_old 0
expect after_new "$(get before)"
expect_match before '^[1-9][0-9]*$'
exit $fail
