#!/usr/bin/env python3
"""No link drawn through a box: `toc render` draws each model's theory view as
SVG (real Graphviz); every link's path (its cubic Bézier segments, sampled) is
tested against every box and note it does not start or end at.

    links_clear_of_boxes.py TOC OUT_DIR MODEL...

A box is its shape's bounding rectangle, less 3 pt on each side (a line that
grazes a rounded corner or the antialiased border is not through the box).
Stage headers and the points where links meet are not boxes. Exit 1 with the
links and boxes when any link crosses one (issue 12: "lines that don't lie").
"""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
INSET = 3.0  # points
NOT_BOXES = ("_stage", "_j", "_lane")


def numbers(text):
    return [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", text)]


def points(text):
    v = numbers(text)
    return list(zip(v[0::2], v[1::2]))


def bezier(p0, p1, p2, p3, steps=16):
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        yield (u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0],
               u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1])


def boxes_of(root):
    boxes = {}
    for g in root.iter(SVG + "g"):
        if g.get("class") != "node":
            continue
        name = g.find(SVG + "title").text
        if name.startswith(NOT_BOXES):
            continue
        corners = []
        for shape in g.iter():
            if shape.tag == SVG + "polygon":
                corners += points(shape.get("points"))
            elif shape.tag == SVG + "path":
                corners += points(shape.get("d"))
            elif shape.tag == SVG + "ellipse":
                cx, cy, rx, ry = (float(shape.get(k)) for k in ("cx", "cy", "rx", "ry"))
                corners += [(cx - rx, cy - ry), (cx + rx, cy + ry)]
        if corners:
            xs, ys = [c[0] for c in corners], [c[1] for c in corners]
            boxes[name] = (min(xs) + INSET, min(ys) + INSET, max(xs) - INSET, max(ys) - INSET)
    return boxes


def crossings(svg_path):
    """[(link, [boxes it crosses])] and the number of links looked at."""
    root = ET.parse(svg_path).getroot()
    boxes = boxes_of(root)
    found, links = [], 0
    for g in root.iter(SVG + "g"):
        if g.get("class") != "edge":
            continue
        title = g.find(SVG + "title").text
        tail, head = title.split("->", 1)
        ends = {tail.split(":")[0], head.split(":")[0]}
        for path in g.iter(SVG + "path"):
            links += 1
            p = points(path.get("d"))
            hit = set()
            for i in range(0, len(p) - 3, 3):
                for x, y in bezier(*p[i:i + 4]):
                    for name, (x0, y0, x1, y1) in boxes.items():
                        if name not in ends and x0 < x < x1 and y0 < y < y1:
                            hit.add(name)
            if hit:
                found.append((title, sorted(hit)))
    return found, links, len(boxes)


def main():
    toc, out, models = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(out, exist_ok=True)
    failed = 0
    for model in models:
        name = os.path.splitext(os.path.basename(model))[0]
        svg = os.path.join(out, name + ".svg")
        run = subprocess.run([toc, "render", model, "-o", svg], capture_output=True, text=True)
        if run.returncode != 0:
            print(f"FAIL: toc render {model}: {run.stderr}")
            failed += 1
            continue
        found, links, boxes = crossings(svg)
        print(f"{name}: {links} link paths, {boxes} boxes, {len(found)} through a box")
        if links < 50 or boxes < 30:  # the SVG was read: every seed model has more
            print(f"FAIL: {name}: too few links or boxes read from {svg}")
            failed += 1
        for title, hit in found:
            print(f"FAIL: {name}: the link {title} is drawn through {', '.join(hit)}")
            failed += 1
    if failed:
        print(f"{failed} failure(s)")
        return 1
    print("links_clear_of_boxes: all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
