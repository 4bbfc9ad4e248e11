"""A Language Server Protocol client over a child process's pipes, Python
standard library only: frames messages, matches responses to requests, keeps
the notifications it receives. Used by tests/lsp/ and bench/lsp_bench.py."""

import json
import os
import select
import subprocess
import time


class LspClient:
    def __init__(self, command, encoding_utf8=False):
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
        self.buffer = bytearray()
        self.next_id = 0
        self.notifications = []
        self.responses = {}

    # -- writing
    def send_raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        body = json.dumps(message).encode()
        self.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method, params=None):
        self.send({"jsonrpc": "2.0", "method": method, "params": params or {}})

    def request_async(self, method, params=None):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params or {}})
        return self.next_id

    def request(self, method, params=None, timeout=30):
        return self.wait_response(self.request_async(method, params), timeout)

    # -- reading
    def _read_message(self, deadline):
        while True:
            header_end = self.buffer.find(b"\r\n\r\n", 0, 4096)
            if header_end >= 0:
                headers = self.buffer[:header_end].decode()
                length = None
                for line in headers.split("\r\n"):
                    name, _, value = line.partition(":")
                    if name.lower() == "content-length":
                        length = int(value)
                assert length is not None, "a message without Content-Length: %r" % headers
                start = header_end + 4
                if len(self.buffer) >= start + length:
                    body = bytes(self.buffer[start:start + length])
                    del self.buffer[:start + length]
                    return json.loads(body)
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no message from the server in time")
            ready, _, _ = select.select([self.proc.stdout], [], [], left)
            if ready:
                chunk = os.read(self.proc.stdout.fileno(), 65536)
                if not chunk:
                    raise EOFError("the server closed its output")
                self.buffer += chunk

    def _pump(self, deadline):
        m = self._read_message(deadline)
        if "id" in m and "method" not in m:
            self.responses[m["id"]] = m
        else:
            self.notifications.append(m)
        return m

    def wait_response(self, rid, timeout=30):
        deadline = time.monotonic() + timeout
        while rid not in self.responses:
            self._pump(deadline)
        return self.responses.pop(rid)

    def wait_notification(self, method, predicate=lambda p: True, timeout=30):
        deadline = time.monotonic() + timeout
        while True:
            for i, n in enumerate(self.notifications):
                if n.get("method") == method and predicate(n.get("params")):
                    return self.notifications.pop(i)["params"]
            self._pump(deadline)

    def initialize(self, utf8=False):
        caps = {"general": {"positionEncodings": ["utf-8", "utf-16"]}} if utf8 else {}
        r = self.request("initialize", {"processId": None, "rootUri": None, "capabilities": caps})
        self.notify("initialized", {})
        return r

    def open(self, uri, text, version=1):
        self.notify("textDocument/didOpen",
                    {"textDocument": {"uri": uri, "languageId": "yaml", "version": version, "text": text}})

    def change(self, uri, text, version):
        self.notify("textDocument/didChange",
                    {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]})

    def diagnostics(self, uri, version=None, timeout=30):
        return self.wait_notification(
            "textDocument/publishDiagnostics",
            lambda p: p["uri"] == uri and (version is None or p.get("version") == version), timeout)["diagnostics"]

    def close(self, timeout=30):
        """shutdown + exit; returns the exit status."""
        self.request("shutdown")
        self.notify("exit")
        return self.proc.wait(timeout)
