#!/usr/bin/env bash
# Installs what toc needs to build and test, and nothing that is already present.
#   scripts/setup.sh          build dependencies (Debian packages)
#   scripts/setup.sh --test   also the test-only tools (npm: ajv-cli)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

want_test=0
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    *) echo "setup.sh: unknown option '$arg' (use --test)" >&2; exit 2 ;;
  esac
done

debs=(build-essential cmake pkg-config libboost-graph-dev libyaml-cpp-dev libgraphviz-dev graphviz catch2 python3
      libcli11-dev nlohmann-json3-dev libxlsxwriter-dev libcpp-httplib-dev)
# test-only: a real XML parser (SVG), networkx (GraphML read back), clang for the fuzzers and sanitizers,
# Neovim (the language server's end-to-end test), Chromium (the report's browser tests, driven by npm
# puppeteer-core) and openpyxl (its workbook read back)
test_debs=(libxml2-utils python3-networkx neovim clang-14 libclang-rt-14-dev libbenchmark-dev clang-tidy-14 cppcheck
           chromium python3-openpyxl python3-yaml)
if ((want_test)); then
  debs+=("${test_debs[@]}")
  # the schema, SARIF and Mermaid tests run on Node (20 or newer; Debian's when none is there)
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then debs+=(nodejs npm); fi
fi
missing=()
for p in "${debs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ((want_test)); then
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "setup: node and npm are needed for the schema tests" >&2
    exit 2
  fi
  tools="$here/tests/tools/node"
  # npm ci again whenever package-lock.json changed since the last install
  stamp="$tools/node_modules/.toc-lock-sha256"
  want="$(sha256sum "$tools/package-lock.json" | cut -d' ' -f1)"
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    echo "setup: installing test tools with npm into tests/tools/node"
    (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
  fi
fi
