#!/usr/bin/env bash
# Installs toc from a build tree into a temporary prefix, then builds the
# examples as an outside project with find_package(toc CONFIG REQUIRED) and
# runs them on a bundled model.
#   tests/tools/test-install.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src="$1"
build="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" >/dev/null
test -x "$work/prefix/bin/toc"
test -f "$work/prefix/include/toc/toc.hpp"
config="$(find "$work/prefix" -name tocConfig.cmake -print -quit)"
pc_dir="$(dirname "$(find "$work/prefix" -name toc.pc -print -quit)")"
test -f "$config"
test -f "$pc_dir/toc.pc"

cmake -S "$src/examples" -B "$work/examples" -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/examples" -j2 >/dev/null

model="$src/tests/fixtures/valid/full_model.yaml"
"$work/examples/embed_basic" "$model" > "$work/embed.txt" || test $? -eq 1
grep -q "full_model.yaml" "$work/embed.txt"
grep -q "checked:" "$work/embed.txt"
"$work/examples/build_in_code" > "$work/dot.txt"
grep -q "digraph" "$work/dot.txt"
"$work/examples/custom_rule" "$model" > "$work/custom.txt" || test $? -eq 1
grep -q "X001" "$work/custom.txt"
"$work/examples/embed_report" "$model" "$work/report.html" > "$work/report.txt"
grep -q "^wrote $work/report.html" "$work/report.txt"
grep -q "<!DOCTYPE html>" "$work/report.html"
grep -q "Content-Security-Policy" "$work/report.html"
grep -q "<svg" "$work/report.html"

# the pkg-config file describes a usable library too: compile, link and run with it
cat > "$work/pc.cpp" <<'CPP'
#include <toc/toc.hpp>
#include <iostream>
int main(int argc, char** argv) {
    auto r = toc::load_file(argv[1]);
    auto svg = toc::render(r.model, toc::ImageFormat::svg);
    std::cout << r.model.elements.size() << " elements, svg " << (svg.ok() ? "ok" : "failed") << '\n';
    return r.ok() && svg.ok() ? 0 : 1;
}
CPP
# shellcheck disable=SC2046
g++ -o "$work/pc" "$work/pc.cpp" $(PKG_CONFIG_PATH="$pc_dir" pkg-config --cflags --libs toc)
"$work/pc" "$model" | grep -q "elements, svg ok"
echo "installed toc builds and runs as an outside project"
