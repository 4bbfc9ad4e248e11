#!/usr/bin/env python3
"""Regenerates the tables that list the rules, from the catalogue itself.

    toc rules --format json | scripts/gen-rule-tables.py            # rewrite the tables
    toc rules --format json | scripts/gen-rule-tables.py --check    # exit 1 and show a diff if they differ

The catalogue (`toc rules --format json`, read from a file argument or stdin)
is the one source; these are generated from it:

- schema/toc.schema.json: the enums `$defs.checkCode` and `$defs.checkName`
  and the properties of `checks.severity` (one per code, one per name);
  everything else in the schema is kept as it is;
- fuzz/toc.dict: the block of `rule_...` entries under
  "# rule codes and names"; every other entry is kept.

Only the checks' rules (not the loader's TOC0xx codes) are listed: they are
what a model's `checks:` can name.
"""

import argparse
import difflib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = Path("schema/toc.schema.json")
DICT = Path("fuzz/toc.dict")
DICT_HEADER = "# rule codes and names (checks: disable / severity)"


def check_rules(catalogue):
    """The rules a model's `checks:` may name, in code order."""
    return [r for r in catalogue["rules"] if r["family"] != "loader"]


def lower_first(text):
    return text[:1].lower() + text[1:]


def generate_schema(text, rules):
    schema = json.loads(text)
    defs = schema["$defs"]
    defs["checkCode"]["enum"] = [r["code"] for r in rules]
    defs["checkName"]["enum"] = [r["name"] for r in rules]
    properties = {}
    for r in rules:
        properties[r["code"]] = {
            "$ref": "#/$defs/severity",
            "title": f"{r['code']} {r['name']}",
            "description": f"Severity of {r['code']} {r['name']} (default {r['severity']}): "
            + lower_first(r["summary"]),
        }
    for r in rules:
        properties[r["name"]] = {
            "$ref": "#/$defs/severity",
            "title": f"{r['name']} ({r['code']})",
            "description": f"Severity of {r['name']}, the same rule as {r['code']} (default {r['severity']}).",
        }
    defs["checks"]["properties"]["severity"]["properties"] = properties
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def generate_dict(text, rules):
    lines = text.split("\n")
    try:
        start = lines.index(DICT_HEADER) + 1
    except ValueError:
        sys.exit(f"gen-rule-tables: {DICT} has no line '{DICT_HEADER}'")
    end = start
    while end < len(lines) and lines[end].startswith("rule_"):
        end += 1
    block = [f'rule_{r["code"]}="{r["code"]}"' for r in rules]
    block += [f'rule_{name.replace("-", "_")}="{name}"' for name in sorted(r["name"] for r in rules)]
    return "\n".join(lines[:start] + block + lines[end:])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("catalogue", nargs="?", help="the output of `toc rules --format json` (default: stdin)")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 and print a diff when a file differs")
    parser.add_argument("--root", type=Path, default=ROOT, help="the source tree (default: this script's)")
    args = parser.parse_args()

    text = Path(args.catalogue).read_text(encoding="utf-8") if args.catalogue else sys.stdin.read()
    try:
        rules = check_rules(json.loads(text))
    except (json.JSONDecodeError, KeyError, TypeError) as e:
        sys.exit(f"gen-rule-tables: the catalogue is not the JSON of `toc rules --format json`: {e}")
    if not rules:
        sys.exit("gen-rule-tables: the catalogue lists no rules")

    differ = False
    for path, generate in ((SCHEMA, generate_schema), (DICT, generate_dict)):
        file = args.root / path
        old = file.read_text(encoding="utf-8")
        new = generate(old, rules)
        if old == new:
            continue
        if args.check:
            differ = True
            sys.stdout.writelines(difflib.unified_diff(
                old.splitlines(keepends=True), new.splitlines(keepends=True),
                fromfile=f"{path} (as it is)", tofile=f"{path} (from the catalogue)"))
        else:
            file.write_text(new, encoding="utf-8")
            print(f"gen-rule-tables: rewrote {path}")
    if differ:
        print("gen-rule-tables: the tables differ from the catalogue; run "
              "`toc rules --format json | scripts/gen-rule-tables.py` and commit the result.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
