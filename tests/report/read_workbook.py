#!/usr/bin/env python3
"""The review report's workbook read back with openpyxl (ctest: report_workbook):
for every model given, `toc report --format xlsx` is written and its sheets are
compared with the model's YAML: one pathway row per link, the assumptions'
texts in order, one row per baseline, target and measurement, one row per
question; the logframe names every result with an indicator.

usage: read_workbook.py TOC OUTDIR MODEL...      exit 0 matches, 1 differs
"""
import pathlib
import subprocess
import sys

import openpyxl
import yaml

ELEMENT_LISTS = ["problems", "resources", "activities", "outputs", "outcomes", "impacts", "contexts", "barriers"]
LINK_KEYS = ["leads_to", "enables", "hinders", "feedback"]


def text(value, lang):
    if isinstance(value, dict):
        return value.get(lang) or next(iter(value.values()))
    return "" if value is None else str(value)


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def rows(sheet):
    data = [[("" if c is None else str(c)) for c in row] for row in sheet.iter_rows(values_only=True)]
    return data[0], data[1:]


def main() -> int:
    toc, out, models = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3:]
    out.mkdir(parents=True, exist_ok=True)
    failures = 0

    def check(ok, what):
        nonlocal failures
        if not ok:
            failures += 1
            print(f"  FAIL {what}")

    for model in models:
        doc = yaml.load(open(model, encoding="utf-8"), Loader=yaml.BaseLoader)
        lang = "en"
        book_path = out / (pathlib.Path(model).stem + ".xlsx")
        subprocess.run([toc, "report", model, "--format", "xlsx", "--lang", lang, "-o", str(book_path)],
                       check=True, stdout=subprocess.DEVNULL)
        book = openpyxl.load_workbook(book_path, read_only=True)
        sheets = book.worksheets
        print(f"{model}: sheets {', '.join(s.title for s in sheets)}")
        check(len(sheets) == 7, "seven sheets")
        logframe, measurements, assumptions, pathways, cmo, evaluation, uncovered = sheets

        links = sum(len(as_list(e.get(k))) for lst in ELEMENT_LISTS for e in as_list(doc.get(lst)) for k in LINK_KEYS)
        head, body = rows(pathways)
        check(head[0] == "If" and head[2] == "then", f"pathway headings {head}")
        check(len(body) == links, f"{len(body)} pathway rows, {links} links in the model")

        head, body = rows(assumptions)
        want = [text(a.get("text"), lang) for a in as_list(doc.get("assumptions"))]
        got = [r[1] for r in body]
        check(got == want, f"assumption texts differ: {got[:3]} … vs {want[:3]} …")

        count = sum(len(as_list(i.get(k))) for i in as_list(doc.get("indicators")) for k in ["baseline", "targets", "measurements"])
        head, body = rows(measurements)
        check(len(body) == count, f"{len(body)} measurement rows, {count} in the model")
        labels = {text(i.get("label"), lang) for i in as_list(doc.get("indicators"))}
        check(all(r[0] in labels for r in body), "every measurement row names an indicator of the model")

        head, body = rows(evaluation)
        want = [text(q.get("text"), lang) for q in as_list(doc.get("questions"))]
        check([r[1] for r in body] == want, "the questions, in order")
        dac = {"en": ["relevance", "coherence", "effectiveness", "efficiency", "impact", "sustainability"],
               "sv": ["relevans", "samstämmighet", "måluppfyllelse", "effektivitet", "effekt", "hållbarhet"]}[lang]
        order = ["relevance", "coherence", "effectiveness", "efficiency", "impact", "sustainability"]
        want = ["; ".join(dac[order.index(c)] for c in as_list(q.get("criteria")))
                for q in as_list(doc.get("questions"))]
        check([r[2] or "" for r in body] == want, f"the DAC criteria of the questions: {[r[2] for r in body][:3]} vs {want[:3]}")

        head, body = rows(logframe)
        measured = {text(i.get("label"), lang) for i in as_list(doc.get("indicators"))
                    if any(m in {e["id"] for lst in ["outputs", "outcomes", "impacts", "activities"]
                                 for e in as_list(doc.get(lst))} for m in as_list(i.get("measures")))}
        check(measured <= {r[2] for r in body}, f"the logframe lacks {sorted(measured - {r[2] for r in body})[:3]}")
        check(head[4] == {"en": "Threshold", "sv": "Tröskel"}[lang], f"the logframe's fifth column is {head[4]}")
        for i in as_list(doc.get("indicators")):
            if i.get("threshold") and i.get("label"):
                label, want = text(i.get("label"), lang), text(i.get("threshold"), lang)
                got = {r[4] for r in body if r[2] == label}
                check(got == {want}, f"the threshold of {label}: {sorted(got)} vs {want}")
    print("all matched" if not failures else f"{failures} checks failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
