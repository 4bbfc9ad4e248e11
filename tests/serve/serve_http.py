#!/usr/bin/env python3
"""`toc serve` over real HTTP (ctest: serve_http): a real server process on a
copy of a seed model, a real client (urllib, raw sockets) reading its update
stream as a page does.

  serve_http.py TOC MODEL OUTDIR

Edits (truncate-and-write, write-temporary-and-rename) each give exactly one
rebuild; a broken save keeps the last good page and reports its errors with
their line; fixing it clears them; delete and recreate; several streams; a
page opened later gets the current state; hostile requests (path traversal,
a wrong Host, huge headers and bodies, unknown methods, a client that never
reads) are refused or dropped while the server keeps serving; 300 saves in a
row with flat memory; --poll; Ctrl-C.
"""
import json
import os
import signal
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402
from harness import Server, Stream, get, raw  # noqa: E402

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what, flush=True)


def svg_part(page):
    return page[page.index("<svg"):] if "<svg" in page else ""


def main():
    toc, model, out = sys.argv[1], sys.argv[2], sys.argv[3]
    path = harness.copy_model(model, os.path.join(out, "http"))
    original = open(path, encoding="utf-8").read()
    server = Server(toc, path)
    try:
        run(server, path, original)
        killed_workers(server, path, original)
        saves(server, path, original)
        workers = server.workers()
        status = server.stop()
        check(status == 0, f"Ctrl-C ends with status 0, not {status}")
        check(not [p for p in workers if harness.rss_kib(p)], f"no worker outlives the server: {workers}")
        check(any(l == "toc serve: stopped" for l in server.lines), "Ctrl-C says it stopped")
    finally:
        if server.alive():
            server.proc.kill()
    polling(toc, out, original)
    elsewhere(toc, path)
    opened(toc, path, out)
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("serve_http: all passed")
    return 0


def run(server, path, original):
    # the page: live, with its policy as a header too
    status, headers, page = get(server, "/")
    check(status == 200, f"GET / is 200, not {status}")
    check('data-live-version="1"' in page and 'id="live-banner"' in page, "the page is the live report")
    csp = headers.get("Content-Security-Policy", "")
    check("connect-src 'self'" in csp and "default-src 'none'" in csp and "frame-ancestors 'none'" in csp,
          f"the policy header: {csp}")
    check(headers.get("X-Content-Type-Options") == "nosniff", "nosniff")
    status, _, body = get(server, "/", method="HEAD")
    check(status == 200 and body == "", "HEAD / is 200 with no body")

    stream = Stream(server, since=1)
    first = stream.next()
    check(first["build"] == 1 and first["version"] == 1 and "page" not in first and first["errors"] == [],
          f"a page that shows version 1 gets the state without the page: {first}")

    # truncate-then-write: one rebuild, the new label in the diagram
    harness.write_in_place(path, harness.with_label(original, "LIVE-ONE"))
    m = stream.next()
    check(m["build"] == 2 and m["version"] == 2 and "LIVE-ONE" in svg_part(m.get("page", "")),
          f"truncate-and-write gives build 2 with the new label (got build {m['build']})")
    # write-temporary-then-rename: the next build is the next save, nothing between
    harness.write_and_rename(path, harness.with_label(original, "LIVE-TWO"))
    m = stream.next()
    check(m["build"] == 3 and "LIVE-TWO" in svg_part(m.get("page", "")),
          f"rename-over gives exactly one more build, 3 (got {m['build']})")
    check(len(server.builds()) >= 2, "each build prints a line")

    # broken: the last good page stays, the errors name the line
    text, line = harness.broken(harness.with_label(original, "LIVE-BROKEN"))
    harness.write_in_place(path, text)
    m = stream.next()
    check(m["build"] == 4 and m["version"] == 3 and "page" not in m, f"a broken save keeps version 3: {m}")
    check(any(f"model.yaml:{line}:" in e["text"] and "no_such_actor" in e["text"] for e in m["errors"]),
          f"the errors name line {line}: {m['errors']}")
    status, _, page = get(server, "/")
    check("LIVE-TWO" in svg_part(page) and "LIVE-BROKEN" not in page, "GET / still shows the last good version")
    late = Stream(server)  # a page opened now: the current state, page and errors
    m = late.next()
    check("LIVE-TWO" in m.get("page", "") and m["errors"], "a page opened later gets the last good page and the errors")

    # fixed: the errors go
    harness.write_in_place(path, harness.with_label(original, "LIVE-FIXED"))
    for s in (stream, late):
        m = s.next()
        check(m["build"] == 5 and m["errors"] == [] and "LIVE-FIXED" in svg_part(m.get("page", "")),
              "fixing it gives a clean build 5 on every stream")

    # deleted, then created again
    os.remove(path)
    m = stream.next()
    check(m["errors"] and m["version"] == 5, f"a deleted file is an error, the page stays: {m['errors']}")
    with open(path, "w", encoding="utf-8") as f:
        f.write(harness.with_label(original, "LIVE-AGAIN"))
    m = stream.until(lambda x: not x["errors"])
    check("LIVE-AGAIN" in svg_part(m.get("page", "")), "the recreated file is built and shown")
    late.next()
    hostile(server, path, original, stream)
    late.close()
    stream.close()


def hostile(server, path, original, stream):
    host = f"127.0.0.1:{server.port}".encode()
    # no path reaches the file system
    for target in [b"/../../etc/passwd", b"/%2e%2e/%2e%2e/etc/passwd", b"/..%2f..%2f..%2fetc%2fpasswd",
                   b"//etc/passwd", b"/events/../../../etc/passwd", b"/model.yaml", b"/%00", b"/index.html",
                   b"/..\\..\\etc\\passwd", b"/%252e%252e/etc/passwd"]:
        answer = raw(server, b"GET " + target + b" HTTP/1.1\r\nHost: " + host + b"\r\nConnection: close\r\n\r\n")
        check(answer.startswith(b"HTTP/1.1 4") or answer == b"", f"GET {target!r} is refused: {answer!r}")
    status, _, body = get(server, "/../../etc/passwd")
    check(status == 404 and "root:" not in body, "no file is served")
    # DNS rebinding: only our own Host
    for h in ["evil.example", f"evil.example:{server.port}", f"127.0.0.1:{server.port + 1}", "127.0.0.1"]:
        status, _, _ = get(server, "/", host=h)
        check(status == 403, f"Host {h} is refused with 403, not {status}")
    answer = raw(server, b"GET / HTTP/1.0\r\n\r\n")
    check(answer.startswith(b"HTTP/1.1 4") or answer == b"", f"no Host header is refused: {answer!r}")
    status, _, _ = get(server, "/", host=f"localhost:{server.port}")
    check(status == 200, "Host localhost:PORT is served")
    # methods, sizes
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]:
        status, _, _ = get(server, "/", method=method)
        check(400 <= status < 500, f"{method} / is refused ({status})")
    for request in [b"BREW / HTTP/1.1\r\nHost: " + host + b"\r\n\r\n",
                    b"GET / HTTP/1.1\r\nHost: " + host + b"\r\nX-Big: " + b"a" * (1 << 20) + b"\r\n\r\n",
                    b"GET /" + b"a" * (1 << 20) + b" HTTP/1.1\r\nHost: " + host + b"\r\n\r\n",
                    b"GET / HTTP/1.1\r\nHost: " + host + b"\r\n" + b"X-Many: 1\r\n" * 20000 + b"\r\n",
                    b"POST / HTTP/1.1\r\nHost: " + host + b"\r\nContent-Length: 100000000\r\n\r\n" + b"x" * 65536,
                    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64 + b"\r\n\r\n"]:
        answer = raw(server, request)
        check(answer.startswith(b"HTTP/1.1 4") or answer == b"", f"{request[:30]!r}… is refused: {answer[:40]!r}")
    check(server.alive(), "the server survives hostile requests")

    # a client that never reads its stream, and one that never finishes its request
    stuck = socket.create_connection(("127.0.0.1", server.port))
    stuck.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    stuck.sendall(b"GET /events HTTP/1.1\r\nHost: " + host + b"\r\n\r\n")
    slow = socket.create_connection(("127.0.0.1", server.port))
    slow.sendall(b"GET / HTTP/1.1\r\nHost: " + host + b"\r\nX-Slow: ")
    for i in range(6):  # each new page is larger than the stuck client's buffers
        harness.write_in_place(path, harness.with_label(original, f"LIVE-STUCK-{i}"))
        m = stream.until(lambda x: f"LIVE-STUCK-{i}" in x.get("page", ""))
        status, _, page = get(server, "/")
        check(status == 200 and f"LIVE-STUCK-{i}" in page, "the others are served while one client never reads")
    stuck.close()
    slow.close()
    check(server.alive(), "the server survives a stuck client")


def killed_workers(server, path, original):
    # The drawings are made by worker processes; one that dies (here killed
    # between two saves) is replaced, and the next save is drawn as usual.
    workers = server.workers()
    check(len(workers) == 2, f"two workers draw, one for each language of the page: {workers}")
    stream = Stream(server)
    stream.next()
    for pid in workers:
        os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + harness.WAIT  # until they have ended (a zombie, or reaped)
    while any(harness.state(p) not in ("Z", None) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.01)
    harness.write_in_place(path, harness.with_label(original, "LIVE-AFTER-KILL"))
    m = stream.next()
    check(m["errors"] == [] and "LIVE-AFTER-KILL" in svg_part(m.get("page", "")),
          f"after its workers are killed, the next save is drawn: {m['errors']}")
    now = server.workers()
    check(len(now) == 2 and not set(now) & set(workers), f"new workers replace the killed ones: {workers} → {now}")
    stream.close()


def saves(server, path, original):
    # 300 saves (the figure); the sanitizer run asks for fewer
    # (TOC_SERVE_SAVES, at least 60: memory is compared after 50 and at the end).
    count = max(60, int(os.environ.get("TOC_SERVE_SAVES", "300")))
    last = count - 1
    stream = Stream(server)
    stream.next()
    rss = {}
    workers = {}
    for i in range(count):
        label = f"LIVE-SAVE-{i}"
        text = harness.with_label(original, label)
        (harness.write_in_place if i % 2 else harness.write_and_rename)(path, text)
        stream.until(lambda m: label in m.get("page", ""))
        if i in (0, 49, last):
            rss[i] = server.rss_kib(with_workers=True)
            workers[i] = server.workers()
    print(f"memory (server and workers) after 50 saves {rss[49]} KiB, after {count} {rss[last]} KiB", flush=True)
    check(rss[last] <= rss[49] * 1.15 + 4096, f"memory stays flat over {count} saves: {rss[49]} → {rss[last]} KiB")
    # a worker draws 50 builds, then another takes over: at least 60 saves see it happen
    check(not set(workers[0]) & set(workers[last]),
          f"the workers are replaced from time to time, which bounds what they keep: {workers[0]} → {workers[last]}")
    stream.close()
    check(open(path, encoding="utf-8").read() == harness.with_label(original, f"LIVE-SAVE-{last}"),
          "the server never writes the model")


def polling(toc, out, original):
    path = harness.copy_model(sys.argv[2], os.path.join(out, "poll"))
    server = Server(toc, path, "--poll")
    try:
        check("polling" in server.url_line, f"--poll says so: {server.url_line}")
        stream = Stream(server, since=1)
        stream.next()
        harness.write_and_rename(path, harness.with_label(original, "LIVE-POLLED"))
        m = stream.until(lambda x: "page" in x)
        check("LIVE-POLLED" in svg_part(m["page"]), "--poll sees a save")
        stream.close()
        check(server.stop() == 0, "--poll stops on Ctrl-C")
    finally:
        if server.alive():
            server.proc.kill()


def elsewhere(toc, path):
    # another address than loopback: a warning; a port in use: status 2
    server = Server(toc, path, "--host", "0.0.0.0")
    try:
        deadline = time.monotonic() + harness.WAIT
        while not any("warning" in e for e in server.errors) and time.monotonic() < deadline:
            time.sleep(0.05)
        check(any("warning" in e for e in server.errors), f"--host 0.0.0.0 warns: {server.errors}")
        import subprocess
        taken = subprocess.run([toc, "serve", path, "--port", str(server.port), "--host", "0.0.0.0"],
                               capture_output=True, text=True, timeout=harness.WAIT)
        check(taken.returncode == 2 and "cannot listen" in taken.stderr, f"a port in use: {taken.stderr}")
        server.stop()
    finally:
        if server.alive():
            server.proc.kill()


OPENER = """#!/usr/bin/python3
import json, os, sys
fds = {fd: os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd") if os.path.exists(f"/proc/self/fd/{fd}")}
blocked = [l.split()[1] for l in open("/proc/self/status") if l.startswith("SigBlk:")][0]
with open(os.environ["TOC_TEST_OPENED"] + ".tmp", "w") as f:
    json.dump({"args": sys.argv[1:], "blocked": blocked, "fds": fds}, f)
os.rename(os.environ["TOC_TEST_OPENED"] + ".tmp", os.environ["TOC_TEST_OPENED"])
"""


def opened(toc, path, out):
    # --open runs xdg-open with the page's address; a stand-in on PATH records
    # how it was started: not with the server's blocked Ctrl-C, nor its sockets
    folder = os.path.join(out, "open")
    os.makedirs(folder, exist_ok=True)
    opener, record = os.path.join(folder, "xdg-open"), os.path.join(folder, "opened.json")
    with open(opener, "w", encoding="utf-8") as f:
        f.write(OPENER)
    os.chmod(opener, 0o755)
    if os.path.exists(record):
        os.remove(record)
    env = dict(os.environ, PATH=folder + os.pathsep + os.environ.get("PATH", ""), DISPLAY=":0",
               TOC_TEST_OPENED=record)
    server = Server(toc, path, "--open", env=env)
    try:
        deadline = time.monotonic() + harness.WAIT
        while not os.path.exists(record) and time.monotonic() < deadline:
            time.sleep(0.05)
        check(os.path.exists(record), f"--open runs xdg-open: {server.errors}")
        if os.path.exists(record):
            with open(record, encoding="utf-8") as f:
                got = json.load(f)
            check(got["args"] == [server.url], f"xdg-open is given the page's address {server.url}: {got['args']}")
            check(int(got["blocked"], 16) == 0, f"the browser does not inherit blocked signals: {got['blocked']}")
            sockets = [t for t in got["fds"].values() if t.startswith("socket:")]
            check(not sockets, f"the browser inherits none of the server's sockets: {got['fds']}")
        check(server.stop() == 0, "--open stops on Ctrl-C")
    finally:
        if server.alive():
            server.proc.kill()
    # no display: a sentence, and the server serves all the same
    env = {k: v for k, v in env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    server = Server(toc, path, "--open", env=env)
    try:
        deadline = time.monotonic() + harness.WAIT
        while not server.errors and time.monotonic() < deadline:
            time.sleep(0.05)
        check(any("no display" in e and server.url in e for e in server.errors),
              f"--open without a display says to open the address: {server.errors}")
        status, _, _ = get(server, "/")
        check(status == 200, "and serves the page all the same")
        check(server.stop() == 0, "--open without a display stops on Ctrl-C")
    finally:
        if server.alive():
            server.proc.kill()


if __name__ == "__main__":
    sys.exit(main())
