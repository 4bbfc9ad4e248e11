#!/usr/bin/env python3
"""`toc diff` against checking both versions (issue 17; docs/performance.md).

    bench/diff_bench.py TOC_EXE [RUNS]

For pairs of seed models (models/*.yaml, each against the next) and for two
10 000-item synthetic models (bench/gen_model.py; the second is the first with
some labels reworded, some targets changed and an element dropped), times
`toc check OLD NEW` and `toc diff OLD NEW` (the median wall time of RUNS runs,
default 5) and prints the ratio. The issue's budget: a diff of two seed models
within 1.5x checking both, of two 10 000-element models within 2x.
A bench, not a test: it asserts nothing.
"""
import pathlib
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def seconds(argv, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def revised(text):
    """The synthetic model revised: labels reworded, targets changed, one activity dropped."""
    text = text.replace("stöd", "hjälp", 200)
    text = re.sub(r"(targets:\n\s+- \{[^}]*value: )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), text, 100)
    return text


def main():
    toc = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    seeds = sorted((ROOT / "models").glob("*.yaml"))
    pairs = [(seeds[i], seeds[(i + 1) % len(seeds)]) for i in range(len(seeds))]
    with tempfile.TemporaryDirectory() as tmp:
        big_old = pathlib.Path(tmp) / "synthetic-10000.yaml"
        subprocess.run([sys.executable, str(ROOT / "bench" / "gen_model.py"), "10000", str(big_old)], check=True)
        big_new = pathlib.Path(tmp) / "synthetic-10000-revised.yaml"
        big_new.write_text(revised(big_old.read_text(encoding="utf-8")), encoding="utf-8")
        pairs.append((big_old, big_new))
        print("| OLD | NEW | check both | diff | diff / check |")
        print("| --- | --- | ---: | ---: | ---: |")
        for old, new in pairs:
            check = seconds([toc, "check", str(old), str(new)], runs)
            diff = seconds([toc, "diff", str(old), str(new)], runs)
            print(f"| {old.stem} | {new.stem} | {check:.3f} s | {diff:.3f} s | {diff / check:.2f} |")


if __name__ == "__main__":
    main()
