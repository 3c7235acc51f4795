#!/usr/bin/env python3
"""Fills the `mermaid` column of cases.tsv with mermaid's own verdict:
  python3 verdicts.py | mermaid-ref parse - > /tmp/v.jsonl; python3 verdicts.py /tmp/v.jsonl
The first form prints one JSONL line per diagram (a Markdown case's blocks
are read as CommonMark does: a fence that never closes runs to the end of
the page); the second writes valid/invalid into cases.tsv (a case is invalid
when any of its diagrams is).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def blocks(text):
    lines = text.split("\n")
    i, out = 0, []
    while i < len(lines):
        m = re.match(r"^(\s*)(`{3,}|~{3,})\s*mermaid\s*$", lines[i])
        if not m:
            i += 1
            continue
        fence = m.group(2)
        j = i + 1
        while j < len(lines) and not re.match(r"^\s*" + re.escape(fence[0]) + "{%d,}\\s*$" % len(fence), lines[j]):
            j += 1
        out.append("\n".join(lines[i + 1:j]))
        i = j + 1
    return out

def rows():
    with open(os.path.join(HERE, "cases.tsv")) as f:
        return [l.rstrip("\n").split("\t") for l in f if not l.startswith("#")]

def diagrams(name):
    text = open(os.path.join(HERE, "cases", name)).read()
    return blocks(text) if name.endswith(".md") else [text]

if len(sys.argv) == 1:
    for r in rows():
        for k, d in enumerate(diagrams(r[0])):
            print(json.dumps({"id": f"{r[0]}#{k}", "text": d}))
else:
    verdict = {}
    for l in open(sys.argv[1]):
        v = json.loads(l)
        name = v["id"].rsplit("#", 1)[0]
        verdict[name] = verdict.get(name, True) and v["valid"] is True
    with open(os.path.join(HERE, "cases.tsv")) as f:
        head = f.readline()
    table = rows()
    with open(os.path.join(HERE, "cases.tsv"), "w") as f:
        f.write(head)
        for r in table:
            r[1] = "valid" if verdict[r[0]] else "invalid"
            f.write("\t".join(r) + "\n")
