"""Drives a real `toc serve` for the tests and the bench: starts it on a copy of
a model, reads its build lines, listens to its update stream (Server-Sent
Events) like a page does, and edits the model the ways editors save.

Nothing here asserts a time: every wait is for an event, with a generous
timeout that only turns a hang into a failure.
"""
import json
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.request

WAIT = 60  # seconds: a hang, not a slow machine


def children(pid):
    """The processes whose parent is `pid` (from /proc/*/stat)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:  # it ended meanwhile
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def kib(pid, file, key):
    """A figure in KiB from /proc/PID/FILE's line `key:` (0 when the process has ended)."""
    try:
        with open(f"/proc/{pid}/{file}") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def rss_kib(pid):
    """A process's resident memory."""
    return kib(pid, "status", "VmRSS")


def pss_kib(pid):
    """A process's proportional share of resident memory (pages shared with
    its parent counted once over all)."""
    return kib(pid, "smaps_rollup", "Pss")


def state(pid):
    """A process's state letter ("R", "S", "Z"…), or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return None


class Server:
    """`toc serve MODEL` as a process; its stdout lines are collected."""

    def __init__(self, toc, model, *args, env=None):
        self.proc = subprocess.Popen([toc, "serve", model, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, encoding="utf-8", env=env)
        self.lines = []
        self.errors = []
        self.cond = threading.Condition()
        threading.Thread(target=self._read, args=(self.proc.stdout, self.lines), daemon=True).start()
        threading.Thread(target=self._read, args=(self.proc.stderr, self.errors), daemon=True).start()
        line = self.wait_line(lambda l: l.startswith("toc serve: http://"))
        self.url_line = line
        m = re.search(r"(http://[^ ]+/)", line)
        if not m:
            raise AssertionError(f"no URL in {line!r}")
        self.url = m.group(1)
        self.host, self.port = re.match(r"http://([^/]+):(\d+)/", self.url).groups()
        self.port = int(self.port)

    def _read(self, stream, into):
        for line in stream:
            with self.cond:
                into.append(line.rstrip("\n"))
                self.cond.notify_all()
        with self.cond:
            self.cond.notify_all()

    def wait_line(self, pred, start=0, timeout=WAIT):
        with self.cond:
            ok = self.cond.wait_for(lambda: any(pred(l) for l in self.lines[start:]) or self.proc.poll() is not None,
                                    timeout)
            for l in self.lines[start:]:
                if pred(l):
                    return l
        raise AssertionError(f"toc serve printed no such line (exit {self.proc.poll()}, ok={ok}); "
                             f"out: {self.lines[-5:]} err: {self.errors[-5:]}")

    def builds(self):
        with self.cond:
            return [l for l in self.lines if re.match(r"toc serve: build \d+:", l)]

    def workers(self):
        """The server's child processes (the workers that draw), by pid."""
        return children(self.proc.pid)

    def rss_kib(self, with_workers=False):
        """The server's resident memory; with `with_workers`, its workers' too."""
        return sum(rss_kib(p) for p in [self.proc.pid] + (self.workers() if with_workers else []))

    def alive(self):
        return self.proc.poll() is None

    def stop(self):
        """Ctrl-C; returns the exit status."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(WAIT)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                raise AssertionError("toc serve did not stop on SIGINT")
        return self.proc.returncode


class Stream:
    """The update stream as a page reads it: GET /events, one JSON message per event."""

    def __init__(self, server, since=None):
        url = server.url + "events" + (f"?since={since}" if since is not None else "")
        self.response = urllib.request.urlopen(url, timeout=WAIT)
        self.messages = queue.Queue()
        self.all = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        data = []
        try:
            for raw in self.response:
                line = raw.decode("utf-8").rstrip("\r\n")
                if line.startswith("data: "):
                    data.append(line[6:])
                elif line == "" and data:
                    m = json.loads("\n".join(data))
                    m["received"] = time.monotonic()
                    data = []
                    self.all.append(m)
                    self.messages.put(m)
        except Exception as e:  # the server went away: the waiter sees the queue run dry
            self.messages.put({"closed": str(e)})

    def next(self, timeout=WAIT):
        try:
            m = self.messages.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError("no message on the update stream")
        if "closed" in m:
            raise AssertionError(f"the update stream closed: {m['closed']}")
        return m

    def until(self, pred, timeout=WAIT):
        deadline = time.monotonic() + timeout
        while True:
            m = self.next(max(0.1, deadline - time.monotonic()))
            if pred(m):
                return m

    def close(self):
        self.response.close()


def get(server, path, host=None, method="GET"):
    """(status, headers, body) of one request."""
    req = urllib.request.Request(server.url.rstrip("/") + path, method=method)
    if host is not None:
        req.add_header("Host", host)
    try:
        with urllib.request.urlopen(req, timeout=WAIT) as r:
            return r.status, dict(r.headers), r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode("utf-8", "replace")


def raw(server, data, read=True):
    """Sends raw bytes; returns the status line (b"" when the server closed the connection)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) as s:
        try:
            s.sendall(data)
        except (BrokenPipeError, ConnectionResetError):
            return b""
        if not read:
            return b""
        try:
            answer = s.recv(4096)
        except (ConnectionResetError, socket.timeout):
            return b""
        return answer.split(b"\r\n", 1)[0]


# --- edits, the ways editors save ---------------------------------------------

LABEL = re.compile(r'^(\s+label: )\{sv: "[^"]*", en: "[^"]*"\}$', re.M)
ACTORS = re.compile(r'^(\s+actors: \[)([a-z_0-9]+)', re.M)


def with_label(text, label):
    """The text with the first activity's label (both languages) replaced."""
    m = LABEL.search(text, text.index("\nactivities:"))
    return text[:m.start()] + m.group(1) + '{sv: "' + label + '", en: "' + label + '"}' + text[m.end():]


def broken(text):
    """(text, line): the first activity's first actor made an unknown id — an error on that line."""
    m = ACTORS.search(text, text.index("\nactivities:"))
    line = text.count("\n", 0, m.start()) + 1
    return text[:m.start(2)] + "no_such_actor" + text[m.end(2):], line


def write_in_place(path, text):
    """Truncate, then write (most editors' plain save)."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def write_and_rename(path, text):
    """Write a temporary file beside it, then rename it over the original (vim, VS Code, Emacs)."""
    tmp = path + ".tmp~"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def copy_model(model, folder, name="model.yaml"):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name)
    shutil.copyfile(model, path)
    return path
