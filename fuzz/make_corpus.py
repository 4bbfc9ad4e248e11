#!/usr/bin/env python3
"""Builds the fuzzers' seed corpus (standard library only).

    fuzz/make_corpus.py OUT_DIR

Into OUT_DIR (emptied first) go: every tests/fixtures/**/*.yaml and models/*.yaml
as they are, fuzz/seeds/* (small hand-written inputs), and small pieces cut from
each seed model, so that mutations start from inputs of a few kilobytes rather
than 100 kB: the model's header with one section's first three items, and a
"miniature" with the header and the first two items of every section. The
pieces are cut by indentation (top-level keys at column 0, items at "  - ").
File names are content hashes, so the corpus is the same on every run.
"""
import hashlib
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root / "fuzz" / "corpus-work" / "seed"
out.mkdir(parents=True, exist_ok=True)
for old in out.iterdir():
    old.unlink()


def put(data: bytes) -> None:
    (out / hashlib.sha1(data).hexdigest()).write_bytes(data)


def split(text: str):
    """(header lines, [(section key line, [item blocks])]) of a model file."""
    header, sections = [], []
    section = None        # [key line, items, item indent]
    for line in text.splitlines(keepends=True):
        top = re.match(r"[A-Za-z_][\w-]*:", line)
        if top:
            rest = line[top.end():].strip()
            if rest == "" or rest.startswith("#"):      # a block section: items follow
                section = [line, [], None]
                sections.append(section)
            else:
                section = None
                header.append(line)
            continue
        if section is None:
            header.append(line)
            continue
        item = re.match(r"( *)- ", line)
        if item and section[2] is None:
            section[2] = len(item.group(1))
        if item and len(item.group(1)) == section[2]:
            section[1].append([line])
        elif section[1]:
            section[1][-1].append(line)
    return header, [(key, items) for key, items, _ in sections]


count = 0
files = sorted(root.glob("tests/fixtures/**/*.yaml")) + sorted(root.glob("models/*.yaml"))
files += sorted(p for p in (root / "fuzz" / "seeds").glob("*") if p.is_file())
for path in files:
    put(path.read_bytes())
    count += 1

for path in sorted(root.glob("models/*.yaml")):
    header, sections = split(path.read_text(encoding="utf-8"))
    head = "".join(l for l in header if not l.startswith("#"))
    mini = head
    for key, items in sections:
        put((head + key + "".join("".join(b) for b in items[:3])).encode())
        mini += key + "".join("".join(b) for b in items[:2])
        count += 1
    put(mini.encode())
    count += 1

print(f"make_corpus: {len(list(out.iterdir()))} seeds in {out}")
