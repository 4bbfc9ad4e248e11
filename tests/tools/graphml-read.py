#!/usr/bin/env python3
"""Reads a GraphML file with networkx and prints what it read as JSON:
{"directed": true, "nodes": [{"id": ..., data...}], "edges": [{"source", "target", data...}]}.
Used by the rendering tests to check that toc's GraphML is read back whole.
    python3 tests/tools/graphml-read.py FILE
"""
import json
import sys

import networkx as nx


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: graphml-read.py FILE", file=sys.stderr)
        return 2
    g = nx.read_graphml(sys.argv[1])
    out = {
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "nodes": [dict(id=n, **d) for n, d in g.nodes(data=True)],
        "edges": [dict(source=u, target=v, **d) for u, v, d in g.edges(data=True)],
    }
    json.dump(out, sys.stdout, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
