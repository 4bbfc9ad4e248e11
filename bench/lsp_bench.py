#!/usr/bin/env python3
"""Latency and memory of `toc lsp` (docs/performance.md, "The language server").

    bench/lsp_bench.py PATH/TO/toc [--rounds N] [--edits N]

Runs the server with --debounce 0 (diagnostics as soon as the input is quiet)
through the test client (tests/tools/lsp_client.py) and prints, on the largest
seed model: the median time from a didChange to its diagnostics, of a
completion and of a definition; on a generated 10 000-element model
(bench/gen_model.py): the time from didOpen to diagnostics; and the server's
resident memory before and after 10 000 edits of one document.
"""

import argparse
import glob
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "tools"))
from lsp_client import LspClient  # noqa: E402


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))


def ms(seconds):
    return "%.1f ms" % (seconds * 1000)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("toc")
    ap.add_argument("--rounds", type=int, default=50)
    ap.add_argument("--edits", type=int, default=10000)
    args = ap.parse_args()

    largest = max(glob.glob(os.path.join(ROOT, "models", "*.yaml")), key=os.path.getsize)
    text = open(largest, encoding="utf-8").read()
    lines = text.split("\n")
    uri = "file://" + largest
    c = LspClient([args.toc, "lsp", "--debounce", "0"])
    c.initialize()
    c.open(uri, text)
    c.diagnostics(uri)

    # Diagnostics after a change: a comment line edited, the whole model re-checked.
    times = []
    for v in range(2, 2 + args.rounds):
        t = time.perf_counter()
        c.change(uri, text + "\n# edit %d\n" % v, v)
        c.diagnostics(uri, v)
        times.append(time.perf_counter() - t)
    diag = statistics.median(times)

    i, line = next((i, l) for i, l in enumerate(lines) if re.match(r"\s*leads_to: \[\w", l))
    col = line.index("[") + 2
    params = {"textDocument": {"uri": uri}, "position": {"line": i, "character": col}}
    c.change(uri, text, 10 ** 6)
    c.diagnostics(uri, 10 ** 6)
    def median_request(method):
        times = []
        for _ in range(args.rounds):
            t = time.perf_counter()
            assert c.request(method, params)["result"]
            times.append(time.perf_counter() - t)
        return statistics.median(times)

    definition = median_request("textDocument/definition")
    completion = median_request("textDocument/completion")

    # Memory over many edits of one document (each analysed: a request follows).
    before = rss_kib(c.proc.pid)
    for v in range(1, args.edits + 1):
        c.change(uri, text + "\n# edit %d\n" % v, 2 * 10 ** 6 + v)
        c.diagnostics(uri, 2 * 10 ** 6 + v)  # read as we go: the pipe must not fill up
        c.notifications.clear()
    after = rss_kib(c.proc.pid)
    c.close()

    big = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_model.py"), "10000"],
                         capture_output=True, text=True, check=True).stdout
    c = LspClient([args.toc, "lsp", "--debounce", "0"])
    c.initialize()
    t = time.perf_counter()
    c.open("file:///big.yaml", big)
    c.diagnostics("file:///big.yaml", timeout=120)
    big_diag = time.perf_counter() - t
    c.close()

    print("model: %s (%d lines)" % (os.path.basename(largest), len(lines)))
    print("diagnostics after a change (median of %d): %s" % (args.rounds, ms(diag)))
    print("definition (median of %d): %s" % (args.rounds, ms(definition)))
    print("completion (median of %d): %s" % (args.rounds, ms(completion)))
    print("10 000-element model, open to diagnostics: %s (%d lines)" % (ms(big_diag), big.count("\n")))
    print("resident memory: %d KiB before, %d KiB after %d edits" % (before, after, args.edits))


if __name__ == "__main__":
    main()
