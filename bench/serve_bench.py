#!/usr/bin/env python3
"""Save → updated page latency of `toc serve` (docs/performance.md, issue 14).

    bench/serve_bench.py TOC [--saves N] [--poll] MODEL...

For each model: starts `toc serve` on a copy, listens to its update stream as a
page does, then saves the file N times (a changed comment line: every save is a
full load, check, draw and compose) and measures from the write to the stream's
message reaching the client. Prints per model the median, the 90th percentile
and the largest; the CPU time per save (the server and its drawing workers:
what an idle machine needs); their memory at the end, together (proportional set size: the pages they
share counted once); and
their CPU time over 5 s idle (inotify: no polling).
"""
import argparse
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "serve"))
import harness  # noqa: E402


def cpu_seconds(pid):
    """The CPU time (user + system) of the server and of its workers, running or ended."""
    total = 0
    for p in [pid] + harness.children(pid):
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
    return total / os.sysconf("SC_CLK_TCK")


def bench(toc, model, saves, extra):
    with tempfile.TemporaryDirectory() as folder:
        path = harness.copy_model(model, folder)
        original = open(path, encoding="utf-8").read()
        server = harness.Server(toc, path, *extra)
        try:
            stream = harness.Stream(server, since=1)
            stream.next()
            times = []
            cpu_from = cpu_seconds(server.proc.pid)
            for i in range(saves):
                start = time.monotonic()
                harness.write_in_place(path, original + f"\n# save {i}\n")
                m = stream.until(lambda x: "page" in x)
                times.append((m["received"] - start) * 1000)
            cpu = (cpu_seconds(server.proc.pid) - cpu_from) / saves * 1000
            idle_from = cpu_seconds(server.proc.pid)
            time.sleep(5)
            idle = cpu_seconds(server.proc.pid) - idle_from
            rss = sum(harness.pss_kib(p) for p in [server.proc.pid] + server.workers())
            stream.close()
            server.stop()
        finally:
            if server.alive():
                server.proc.kill()
    times.sort()
    p90 = times[min(len(times) - 1, int(round(0.9 * (len(times) - 1))))]
    print(f"| {os.path.basename(model)} | {os.path.getsize(model) // 1024} KiB | {statistics.median(times):.0f} | "
          f"{p90:.0f} | {times[-1]:.0f} | {cpu:.0f} | {rss // 1024} MiB | {idle:.2f} s |", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("toc")
    ap.add_argument("models", nargs="+")
    ap.add_argument("--saves", type=int, default=20)
    ap.add_argument("--poll", action="store_true")
    a = ap.parse_args()
    print("| model | size | median ms | p90 ms | max ms | CPU ms per save | memory | CPU over 5 s idle |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for model in a.models:
        bench(a.toc, model, a.saves, ["--poll"] if a.poll else [])
    return 0


if __name__ == "__main__":
    sys.exit(main())
