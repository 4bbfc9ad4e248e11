"""Protocol tests of `toc lsp`: a real client (tests/tools/lsp_client.py) runs
the server as a process and walks every feature on the seed models and the
fixtures, then feeds it bad input.

    python3 tests/lsp/test_lsp.py PATH/TO/toc [unittest arguments]
"""

import glob
import json
import os
import re
import subprocess
import sys
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests", "tools"))
from lsp_client import LspClient  # noqa: E402

TOC = None
SEEDS = sorted(glob.glob(os.path.join(ROOT, "models", "*.yaml")))
FIXTURES = os.path.join(ROOT, "tests", "fixtures")


def uri_of(path):
    return "file://" + os.path.abspath(path)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def pos(line, character):
    return {"line": line, "character": character}


class Base(unittest.TestCase):
    def start(self, utf8=False):
        c = LspClient([TOC, "lsp"])
        self.addCleanup(lambda: (c.proc.poll() is None and c.proc.kill(), c.proc.wait()))
        self.assertIn("result", c.initialize(utf8=utf8))
        return c

    def open_model(self, c, path):
        """Opens a model file in the server: its uri, text and lines."""
        text = read(path)
        c.open(uri_of(path), text)
        return uri_of(path), text, text.split("\n")

    def at(self, c, method, uri, line, character, **extra):
        params = {"textDocument": {"uri": uri}, "position": pos(line, character)}
        params.update(extra)
        return c.request(method, params)


class Features(Base):
    def test_initialize_capabilities(self):
        c = LspClient([TOC, "lsp"])
        caps = c.initialize()["result"]["capabilities"]
        self.assertEqual(caps["positionEncoding"], "utf-16")
        self.assertEqual(caps["textDocumentSync"]["change"], 1)
        for p in ["definitionProvider", "referencesProvider", "hoverProvider", "documentSymbolProvider"]:
            self.assertTrue(caps[p], p)
        self.assertTrue(caps["renameProvider"]["prepareProvider"])
        self.assertEqual(caps["codeActionProvider"]["codeActionKinds"], ["quickfix"])
        self.assertEqual(c.close(), 0)

    def test_diagnostics_match_toc_check_on_every_seed_model(self):
        c = self.start()
        for path in SEEDS:
            cli = json.loads(subprocess.run([TOC, "check", "--format", "json", path], capture_output=True,
                                            text=True).stdout)["diagnostics"]
            c.open(uri_of(path), read(path))
            got = c.diagnostics(uri_of(path))
            self.assertEqual([(d["code"], d["range"]["start"]["line"] + 1, d["message"]) for d in got],
                             [(d["code"], d["line"], d["message"]) for d in cli], path)
            for d in got:
                self.assertRegex(d["codeDescription"]["href"], r"docs/checks\.md#toc\d{3}-[a-z-]+$")
                self.assertIn(d["severity"], (1, 2, 3))

    def test_a_finding_on_an_item_marks_its_id_and_value(self):
        # A finding about an item is located at its `id:` key; the range the
        # editor underlines runs over the value too (`id: listening`, not `id`).
        c = self.start()
        marked = 0
        for path in SEEDS:
            uri, _, lines = self.open_model(c, path)
            for d in c.diagnostics(uri):
                s, e = d["range"]["start"], d["range"]["end"]
                if s["line"] != e["line"]:
                    continue
                written = lines[s["line"]][s["character"]:e["character"]]
                if written.startswith("id"):
                    self.assertRegex(written, r"^id: *[\w.-]+$", (path, d["code"], written))
                    marked += 1
        self.assertGreater(marked, 10)

    def test_definition_and_references_on_every_reference_of_a_seed_model(self):
        c = self.start()
        uri, text, lines = self.open_model(c, os.path.join(ROOT, "models", "spira.yaml"))
        # Every `leads_to: [a, b]` entry jumps to the line `- id: a` (or `{id: a`).
        checked = 0
        for i, line in enumerate(lines):
            m = re.match(r"\s*leads_to: \[(.*)\]", line)
            if not m:
                continue
            for target in [t.strip() for t in m.group(1).split(",")]:
                col = line.index(target, line.index("["))
                r = self.at(c, "textDocument/definition", uri, i, col + 1)["result"]
                self.assertEqual(r["uri"], uri)
                start, end = r["range"]["start"], r["range"]["end"]
                self.assertEqual(lines[start["line"]][start["character"]:end["character"]], target)
                self.assertRegex(lines[start["line"]], r"id: *%s\b" % re.escape(target))
                checked += 1
        self.assertGreater(checked, 20)
        # References of an outcome: every place its id is written, and nothing else.
        target = "o_samverkan" if "o_samverkan" in text else re.search(r"- id: (o_\w+)", text).group(1)
        decl = next(i for i, l in enumerate(lines) if re.search(r"id: %s\b" % target, l))
        refs = self.at(c, "textDocument/references", uri, decl, lines[decl].index(target),
                       context={"includeDeclaration": True})["result"]
        written = [(i, m.start()) for i, l in enumerate(lines) for m in re.finditer(r"(?<![\w.-])%s(?![\w.-])" % target, l)
                   if not l.lstrip().startswith("#")]
        self.assertEqual(sorted((r["range"]["start"]["line"], r["range"]["start"]["character"]) for r in refs),
                         written)
        without = self.at(c, "textDocument/references", uri, decl, lines[decl].index(target),
                          context={"includeDeclaration": False})["result"]
        self.assertEqual(len(without), len(refs) - 1)

    def test_rename_everywhere_and_refusals(self):
        c = self.start()
        uri, text, lines = self.open_model(c, os.path.join(ROOT, "models", "spira.yaml"))
        decl = next(i for i, l in enumerate(lines) if re.match(r"\s*- id: o_", l))
        old = re.search(r"id: (\S+)", lines[decl]).group(1)
        col = lines[decl].index(old)
        prep = self.at(c, "textDocument/prepareRename", uri, decl, col)["result"]
        self.assertEqual(prep["placeholder"], old)
        edit = self.at(c, "textDocument/rename", uri, decl, col, newName="o_renamed")["result"]
        edits = edit["changes"][uri]
        self.assertEqual(len(edits), len(re.findall(r"(?<![\w.-])%s(?![\w.-])" % old, text)))
        # Made in the text, the model still checks the same, with the new id.
        new_lines = list(lines)
        for e in sorted(edits, key=lambda e: (e["range"]["start"]["line"], -e["range"]["start"]["character"])):
            s, en = e["range"]["start"], e["range"]["end"]
            self.assertEqual(s["line"], en["line"])
            l = new_lines[s["line"]]
            self.assertEqual(l[s["character"]:en["character"]], old)
            new_lines[s["line"]] = l[:s["character"]] + e["newText"] + l[en["character"]:]
        before = [d["code"] for d in c.diagnostics(uri)]
        c.change(uri, "\n".join(new_lines), 2)
        self.assertEqual([d["code"] for d in c.diagnostics(uri, 2)], before)
        # Refusals: an invalid id, an id that exists, a place with no id.
        bad = self.at(c, "textDocument/rename", uri, decl, col, newName="9 lives")
        self.assertIn("not a valid id", bad["error"]["message"])
        other = re.search(r"- id: (a_\w+)", text).group(1)
        taken = self.at(c, "textDocument/rename", uri, decl, col, newName=other)
        self.assertIn("already used by", taken["error"]["message"])
        nothing = self.at(c, "textDocument/prepareRename", uri, 0, 0)
        self.assertIn("no id here", nothing["error"]["message"])

    def test_hover_outline_and_indicator(self):
        c = self.start()
        uri, text, lines = self.open_model(c, os.path.join(ROOT, "models", "spira.yaml"))
        i = next(i for i, l in enumerate(lines) if re.match(r"\s*- id: o_", l))
        oid = re.search(r"id: (\S+)", lines[i]).group(1)
        h = self.at(c, "textDocument/hover", uri, i, lines[i].index(oid))["result"]["contents"]["value"]
        self.assertIn("**outcome** `%s`" % oid, h)
        self.assertIn("*sv*:", h)
        self.assertIn("**horizon**:", h)
        j = next(i for i, l in enumerate(lines) if re.match(r"\s*- id: i_", l))
        iid = re.search(r"id: (\S+)", lines[j]).group(1)
        h = self.at(c, "textDocument/hover", uri, j, lines[j].index(iid))["result"]["contents"]["value"]
        self.assertIn("**indicator**", h)
        self.assertRegex(h, r"→ .* → .*\((achieved|on_track|behind|no_data|no_target)\)")
        self.assertIsNone(self.at(c, "textDocument/hover", uri, 0, 0)["result"])
        symbols = c.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}})["result"]
        by_name = {s["name"]: s for s in symbols}
        self.assertEqual(len(by_name["outcomes"]["children"]), len(re.findall(r"(?m)^  - id: o_|^  - \{id: o_", text)))
        first = by_name["outcomes"]["children"][0]
        self.assertEqual(first["name"], oid)
        self.assertEqual(first["selectionRange"]["start"]["line"], i)
        self.assertIn("detail", first)

    def test_completion_filters_by_key(self):
        c = self.start()
        uri, text, lines = self.open_model(c, os.path.join(ROOT, "models", "spira.yaml"))
        kinds = {}
        for kind in ["resource", "mechanism", "outcome", "activity"]:
            kinds[kind] = set(re.findall(r"(?m)^  - \{?id: (\w+)", text.split("\n%ss:" % ("activitie" if kind == "activity" else kind))[1].split("\n\n")[0]))
        # Write `uses: [` in the first activity and ask there.
        a = next(i for i, l in enumerate(lines) if re.match(r"  - id: a_", l))
        edited = lines[:a + 1] + ["    uses: [r_"] + lines[a + 1:]
        c.change(uri, "\n".join(edited), 2)
        items = self.at(c, "textDocument/completion", uri, a + 1, len("    uses: [r_"))["result"]
        labels = {i["label"] for i in items}
        self.assertTrue(labels)
        self.assertTrue(all(i["detail"].startswith("resource: ") for i in items))
        r0 = items[0]["textEdit"]["range"]
        self.assertEqual((r0["start"]["character"], r0["end"]["character"]), (len("    uses: ["), len("    uses: [r_")))
        # `via:` offers mechanisms; a list item under `measures:` offers elements only.
        edited = lines[:a + 1] + ["    leads_to:", "      - to: o_x", "        via: [", "    x: 1"] + lines[a + 1:]
        c.change(uri, "\n".join(edited), 3)
        items = self.at(c, "textDocument/completion", uri, a + 3, len("        via: ["))["result"]
        self.assertTrue(items)
        self.assertTrue(all(i["detail"].startswith("mechanism: ") for i in items))
        items = self.at(c, "textDocument/completion", uri, a + 2, len("      - to: "))["result"]
        self.assertTrue(items)
        self.assertTrue(all(i["detail"].split(":")[0] in ("resource", "activity", "output", "outcome", "impact",
                                                            "context", "barrier", "problem") for i in items))
        # Enum values after `horizon:`; keys at the start of an item's line.
        o = next(i for i, l in enumerate(lines) if re.match(r"  - id: o_", l))
        edited = lines[:o + 1] + ["    horizon: "] + lines[o + 1:]
        c.change(uri, "\n".join(edited), 4)
        items = self.at(c, "textDocument/completion", uri, o + 1, len("    horizon: "))["result"]
        self.assertEqual([i["label"] for i in items], ["short", "intermediate", "long"])
        edited = lines[:o + 1] + ["    hor"] + lines[o + 1:]
        c.change(uri, "\n".join(edited), 5)
        labels = [i["label"] for i in self.at(c, "textDocument/completion", uri, o + 1, 7)["result"]]
        self.assertIn("horizon", labels)
        self.assertIn("leads_to", labels)
        self.assertNotIn("uses", labels)

    def test_broken_yaml_keeps_navigation_from_the_last_good_model(self):
        c = self.start()
        uri, text, lines = self.open_model(c, os.path.join(ROOT, "models", "pa_vag.yaml"))
        c.diagnostics(uri)
        i, line = next((i, l) for i, l in enumerate(lines) if re.match(r"\s*leads_to: \[\w", l))
        target = re.search(r"\[(\w+)", line).group(1)
        broken = text + "\nbroken: [unclosed\n"
        c.change(uri, broken, 2)
        ds = c.diagnostics(uri, 2)
        self.assertEqual([d["code"] for d in ds], ["TOC001"])
        r = self.at(c, "textDocument/definition", uri, i, line.index(target) + 1)["result"]
        self.assertRegex(lines[r["range"]["start"]["line"]], r"id: *%s\b" % target)
        items = self.at(c, "textDocument/completion", uri, i, line.index(target) + 1)["result"]
        self.assertIn(target, {x["label"] for x in items})
        self.assertIn("does not parse", self.at(c, "textDocument/rename", uri, i, line.index(target),
                                                newName="x_y")["error"]["message"])

    def test_code_actions_from_fix_its_and_related_information(self):
        c = self.start()
        path = os.path.join(FIXTURES, "fix", "did_you_mean.yaml")
        uri = uri_of(path)
        text = read(path)
        c.open(uri, text)
        ds = c.diagnostics(uri)
        lines = text.split("\n")
        seen = {}
        for d in ds:
            actions = c.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": d["range"],
                                                            "context": {"diagnostics": [d]}})["result"]
            for a in actions:
                self.assertEqual(a["kind"], "quickfix")
                e = a["edit"]["changes"][uri][0]
                s, en = e["range"]["start"], e["range"]["end"]
                seen[lines[s["line"]][s["character"]:en["character"]]] = e["newText"]
        self.assertEqual(seen, {"ongoign": "ongoing", "o_arbte": "o_arbete", "horizn": "horizon", "lnog": "long"})
        dup = os.path.join(FIXTURES, "loader", "toc006_duplicate_id.yaml")
        c.open(uri_of(dup), read(dup))
        d = [d for d in c.diagnostics(uri_of(dup)) if d["code"] == "TOC006"][0]
        rel = d["relatedInformation"][0]
        self.assertEqual(rel["location"]["uri"], uri_of(dup))
        self.assertEqual(rel["location"]["range"]["start"]["line"], 4)
        self.assertEqual(rel["message"], "first defined here")

    def test_utf8_and_utf16_positions(self):
        text = "toc: 1\nid: m\ntitle: T\noutcomes:\n  - {id: o_a, label: \"Ångest 😀\", horizon: short, leads_to: [o_b]}\n  - {id: o_b, label: B, horizon: long}\n"
        for utf8 in (False, True):
            c = self.start(utf8=utf8)
            c.open("file:///u.yaml", text)
            c.diagnostics("file:///u.yaml")
            line = text.split("\n")[4]
            # The reference o_b after an emoji: its column in each encoding.
            py = line.index("o_b")
            col = len(line[:py].encode("utf-8")) if utf8 else len(line[:py].encode("utf-16-le")) // 2
            r = self.at(c, "textDocument/references", "file:///u.yaml", 4, col, context={"includeDeclaration": False})
            self.assertEqual(r["result"][0]["range"]["start"], pos(4, col))
            self.assertEqual(c.close(), 0)

    def test_several_documents_and_close(self):
        c = self.start()
        a, b = SEEDS[0], SEEDS[1]
        c.open(uri_of(a), read(a))
        c.open(uri_of(b), read(b))
        got = {c.diagnostics(uri_of(a)) is not None, c.diagnostics(uri_of(b)) is not None}
        self.assertEqual(got, {True})
        c.notify("textDocument/didClose", {"textDocument": {"uri": uri_of(a)}})
        self.assertEqual(c.diagnostics(uri_of(a)), [])
        r = c.request("textDocument/documentSymbol", {"textDocument": {"uri": uri_of(a)}})
        self.assertEqual(r["error"]["code"], -32602)
        self.assertTrue(c.request("textDocument/documentSymbol", {"textDocument": {"uri": uri_of(b)}})["result"])


class BadInput(Base):
    def test_request_before_initialize_and_unknown_method(self):
        c = LspClient([TOC, "lsp"])
        self.addCleanup(lambda: (c.proc.poll() is None and c.proc.kill(), c.proc.wait()))
        r = c.request("textDocument/hover", {"textDocument": {"uri": "file:///a"}, "position": pos(0, 0)})
        self.assertEqual(r["error"]["code"], -32002)
        c.initialize()
        self.assertEqual(c.request("toc/nonsense")["error"]["code"], -32601)
        c.notify("toc/unknown-notification")  # never answered
        self.assertEqual(c.request("initialize", {"capabilities": {}})["error"]["code"], -32600)
        self.assertEqual(c.close(), 0)

    def test_invalid_json_and_invalid_requests(self):
        c = self.start()
        c.send_raw(b"Content-Length: 9\r\n\r\n{not json")
        c.send_raw(b"Content-Length: 2\r\n\r\n[]")
        c.send({"jsonrpc": "2.0", "id": 7, "method": 42})
        c.send({"jsonrpc": "2.0", "id": {"no": 1}, "method": "shutdown"})
        errors = [c._pump(__import__("time").monotonic() + 10) for _ in range(4)]
        self.assertEqual([e["error"]["code"] for e in errors], [-32700, -32600, -32600, -32600])
        self.assertEqual(errors[2]["id"], 7)
        self.assertIsNone(errors[0]["id"])
        r = c.request("textDocument/hover", {"textDocument": "not an object"})
        self.assertEqual(r["error"]["code"], -32602)
        self.assertEqual(c.close(), 0)

    def test_lying_and_huge_content_length(self):
        c = self.start()
        # Says 40 bytes, gives 20: the body swallows the start of the next message;
        # the server reports it and finds the message after.
        c.send_raw(b'Content-Length: 40\r\n\r\n{"jsonrpc":"2.0","id"')
        c.send_raw(b"Content-Length: 8\r\n\r\n{\"a\":1}\n")
        r = c.request("shutdown")
        self.assertEqual(r["result"], None)
        codes = [m["error"]["code"] for m in c.notifications + list(c.responses.values()) if "error" in m]
        # (errors arrive before the shutdown answer, as responses with id null)
        self.assertTrue(all(code in (-32700, -32600) for code in codes))
        c.notify("exit")
        self.assertEqual(c.proc.wait(10), 0)

        c = self.start()
        c.send_raw(b"Content-Length: 99999999999999999999\r\n\r\n")
        c.send_raw(b"Content-Length: 5000000000\r\n\r\n{}")
        r = c.request("textDocument/documentSymbol", {"textDocument": {"uri": "file:///none"}})
        self.assertEqual(r["error"]["code"], -32602)
        refused = c.responses[None]["error"]
        self.assertEqual(refused["code"], -32700)
        self.assertIn("was refused", refused["message"])
        self.assertEqual(c.close(), 0)

    def test_cancellation(self):
        c = self.start()
        path = SEEDS[0]
        c.open(uri_of(path), read(path))
        rid = c.request_async("textDocument/documentSymbol", {"textDocument": {"uri": uri_of(path)}})
        c.notify("$/cancelRequest", {"id": rid})
        # Both arrived before the answer only if they came in one read; either way
        # the request is answered exactly once, with a result or -32800.
        r = c.wait_response(rid)
        self.assertTrue("result" in r or r["error"]["code"] == -32800)
        body1 = json.dumps({"jsonrpc": "2.0", "id": 50, "method": "textDocument/documentSymbol",
                            "params": {"textDocument": {"uri": uri_of(path)}}}).encode()
        body2 = json.dumps({"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 50}}).encode()
        c.send_raw(b"Content-Length: %d\r\n\r\n%s" % (len(body1), body1) +
                   b"Content-Length: %d\r\n\r\n%s" % (len(body2), body2))
        self.assertEqual(c.wait_response(50)["error"]["code"], -32800)
        self.assertEqual(c.close(), 0)

    def test_position_outside_and_invalid_utf8(self):
        c = self.start()
        path = SEEDS[0]
        c.open(uri_of(path), read(path))
        r = self.at(c, "textDocument/definition", uri_of(path), 100000, 0)
        self.assertEqual(r["error"]["code"], -32602)
        self.assertIn("outside the document", r["error"]["message"])
        r = self.at(c, "textDocument/completion", uri_of(path), 100000, 0)
        self.assertEqual(r["error"]["code"], -32602)
        # A far character on a real line is the line's end, not an error.
        self.assertIn("result", self.at(c, "textDocument/hover", uri_of(path), 0, 100000))
        # Invalid UTF-8 in the buffer (JSON escapes cannot carry it; raw bytes in the body).
        body = b'{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///bad.yaml","languageId":"yaml","version":1,"text":"toc: 1\\nid: m\\ntitle: \xff\xfe bad \xc3\\noutcomes:\\n  - {id: o_\xe9, label: x, horizon: short}\\n"}}}'
        c.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        ds = c.diagnostics("file:///bad.yaml")
        self.assertTrue(ds)
        for line in range(0, 6):
            for ch in (0, 3, 9, 40):
                self.assertIn("id", self.at(c, "textDocument/hover", "file:///bad.yaml", line, ch))
                self.at(c, "textDocument/completion", "file:///bad.yaml", line, ch)
        self.assertEqual(c.close(), 0)

    def test_exit_without_shutdown_and_end_of_input(self):
        c = self.start()
        c.notify("exit")
        self.assertEqual(c.proc.wait(10), 1)
        c = self.start()
        c.proc.stdin.close()
        self.assertEqual(c.proc.wait(10), 1)
        r = subprocess.run([TOC, "lsp"], input=b"Content-Length: 12\r\n\r\n{truncated", capture_output=True, timeout=10)
        self.assertEqual(r.returncode, 1)


if __name__ == "__main__":
    TOC = os.path.abspath(sys.argv.pop(1))
    unittest.main()
