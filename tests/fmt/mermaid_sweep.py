#!/usr/bin/env python3
"""mermaid's own verdict on what `merrow fmt` writes (a measurement, not a
test: it needs mermaid-ref, which the suite must not).

For every diagram of ../shared/corpus/{mermaid-corpus,realworld}.jsonl that
`merrow fmt -` changes: `mermaid-ref parse` on the formatted text must give the
verdict mermaid gave the original (recorded in the corpus). With --svg, every
changed diagram whose statements were reordered (classDef/class/style/linkStyle
grouped) is also rendered by `mermaid-ref layout`, original and formatted, and
the two SVGs must be byte-identical; --svg-all does so for every changed diagram.

usage: mermaid_sweep.py MERROW SHARED_DIR MERMAID_REF WORK_DIR [--svg | --svg-all]
"""
import json
import re
import subprocess
import sys
from pathlib import Path


def statements(text):
    """The statements of a flowchart text, whitespace and `;` aside, in order."""
    out = []
    for line in text.splitlines():
        for part in line.split(";"):
            part = re.sub(r"\s+", "", part)
            if part:
                out.append(part)
    return out


def oracle(ref, command, rows, path, extra=()):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = subprocess.run([ref, command, str(path), *extra], capture_output=True, text=True, check=True)
    return {o["id"]: o for o in map(json.loads, result.stdout.splitlines())}


def main():
    merrow, shared, ref, work = sys.argv[1:5]
    svg = "--svg" in sys.argv or "--svg-all" in sys.argv
    work = Path(work)
    work.mkdir(parents=True, exist_ok=True)
    for name in ("mermaid-corpus", "realworld"):
        entries = [json.loads(line) for line in open(Path(shared) / "corpus" / f"{name}.jsonl")]
        changed, moved = [], []
        for e in entries:
            run = subprocess.run([merrow, "fmt", "-"], input=e["text"], capture_output=True, text=True)
            if run.stdout == e["text"]:
                continue
            changed.append((e, run.stdout))
            before, after = statements(e["text"]), statements(run.stdout)
            if before != after and sorted(before) == sorted(after):
                moved.append((e, run.stdout))
        verdicts = oracle(ref, "parse", [{"id": e["id"], "text": t} for e, t in changed], work / f"{name}-fmt.jsonl")
        flips = [e["id"] for e, _ in changed if verdicts[e["id"]]["valid"] != e["mermaid"]["valid"]]
        print(f"{name}: {len(changed)} of {len(entries)} changed by fmt, {len(moved)} with statements moved; "
              f"mermaid verdict changed on {len(flips)}: {flips}")
        if "--svg-all" in sys.argv:
            moved = changed
        if svg and moved:
            # The original twice: some shapes are drawn with random strokes
            # (rough.js), so their SVGs differ from run to run; for those the
            # path data is left out of the comparison.
            rows = [{"id": e["id"] + "@orig", "text": e["text"]} for e, _ in moved]
            rows += [{"id": e["id"] + "@again", "text": e["text"]} for e, _ in moved]
            rows += [{"id": e["id"] + "@fmt", "text": t} for e, t in moved]
            drawn = oracle(ref, "layout", rows, work / f"{name}-moved.jsonl")
            differ, unstable, unverifiable = [], [], []
            strip = lambda x: re.sub(r' d="[^"]*"', "", x)
            for e, _ in moved:
                orig, again, fmt = (drawn[e["id"] + k].get("svg") or "" for k in ("@orig", "@again", "@fmt"))
                if orig != again:
                    if strip(orig) != strip(again):  # hand-drawn look: random sizes too
                        unverifiable.append(e["id"])
                        continue
                    unstable.append(e["id"])
                    orig, fmt = strip(orig), strip(fmt)
                if orig != fmt:
                    differ.append(e["id"])
            print(f"{name}: {'changed' if moved is changed else 'moved'} diagrams whose mermaid SVG differs: "
                  f"{len(differ)} of {len(moved)} {differ}; {len(unstable)} drawn with random strokes (compared "
                  f"without path data), {len(unverifiable)} not comparable (random sizes: {unverifiable})")


if __name__ == "__main__":
    main()
