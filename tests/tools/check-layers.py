#!/usr/bin/env python3
"""Fails when a file includes a toc header from a layer above its own.

The layers (docs/architecture.md, ../shared/design/ARCHITECTURE.md) from the
bottom up: detail < diagnostics < model < graph < checks < output < render;
load sits on model; the commands (src/cli, src/server, src/lsp) may use all.
Public headers (include/toc) must not include a private dependency (yaml-cpp,
Graphviz, CLI11, the HTTP library, nlohmann/json): those stay behind the
compiled targets.

usage: check-layers.py [--root DIR]      exit 0 clean, 1 violations, 2 usage
"""
import pathlib
import re
import sys

# layer -> the layers its files may include (its own included)
ALLOWED = {
    "detail": {"detail"},
    "diagnostics": {"detail", "diagnostics"},
    "model": {"detail", "diagnostics", "model"},
    "graph": {"detail", "diagnostics", "model", "graph"},
    "checks": {"detail", "diagnostics", "model", "graph", "checks"},
    "output": {"detail", "diagnostics", "model", "graph", "checks", "output"},
    "load": {"detail", "diagnostics", "model", "load"},
    "render": {"detail", "diagnostics", "model", "graph", "checks", "output", "render"},
    "commands": {"detail", "diagnostics", "model", "graph", "checks", "output", "load", "render", "top"},
    "top": {"detail", "diagnostics", "model", "graph", "checks", "output", "load", "render", "top"},
}
# where each folder's files sit
FOLDERS = {
    "include/toc/detail": "detail",
    "include/toc/diagnostics": "diagnostics",
    "include/toc/model": "model",
    "include/toc/graph": "graph",
    "include/toc/checks": "checks",
    "include/toc/output": "output",
    "include/toc/load": "load",
    "include/toc/render": "render",
    "src/yaml": "load",
    "src/import": "load",
    "src/render": "render",
    "src/cli": "commands",
    "src/server": "commands",
    "src/lsp": "commands",
}
PRIVATE = re.compile(r'#\s*include\s*[<"](yaml-cpp/|graphviz/|gvc\.h|cgraph\.h|CLI/|httplib\.h|nlohmann/|boost/beast)')
TOC_INCLUDE = re.compile(r'#\s*include\s*"toc/([a-z_]+)(/)?')


def layer_of(rel: str):
    for folder, layer in sorted(FOLDERS.items(), key=lambda kv: -len(kv[0])):
        if rel.startswith(folder + "/"):
            return layer
    if rel in ("include/toc/toc.hpp",):
        return "top"
    if rel == "include/toc/version.hpp":
        return "detail"
    return None


def included_layer(match):
    name, slash = match.group(1), match.group(2)
    if slash:
        return name
    return "top" if name == "toc" else "detail"  # toc/toc.hpp, toc/version.hpp


def main(argv):
    root = pathlib.Path(__file__).resolve().parents[2]
    args = argv[1:]
    if args[:1] == ["--root"] and len(args) == 2:
        root = pathlib.Path(args[1])
    elif args:
        print(__doc__, file=sys.stderr)
        return 2
    problems, files = [], 0
    paths = [p for top in ("include", "src") for p in (root / top).rglob("*")]
    for path in sorted(paths):
        if path.suffix not in (".hpp", ".cpp", ".h") or not path.is_file():
            continue
        rel = path.relative_to(root).as_posix()
        layer = layer_of(rel)
        if layer is None:
            continue
        files += 1
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = TOC_INCLUDE.search(line)
            if m:
                target = included_layer(m)
                if target not in ALLOWED[layer]:
                    problems.append(f"{rel}:{number}: the {layer} layer includes {line.split()[-1]} from the "
                                    f"{target} layer above it; move the shared part down a layer")
            if rel.startswith("include/") and PRIVATE.search(line):
                problems.append(f"{rel}:{number}: a public header includes a private dependency "
                                f"({line.strip()}); keep it behind a compiled target in src/")
    for p in problems:
        print(p)
    if files == 0:
        print(f"check-layers: no toc sources under {root}", file=sys.stderr)
        return 2
    print(f"check-layers: {files} files, {len(problems)} layering problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
