#!/usr/bin/env bash
# Compares merrow's flowchart layouts with mermaid's on the shared corpus:
# lays out every mermaid-valid corpus flowchart with `merrow layout`, measures
# both with mermaid-ref's layout-metrics (the same code for both sides), and
# prints totals against the bars: crossings <= 0.8x mermaid's, at most 5% of
# diagrams with more crossings than mermaid, no through-node or overlap
# regressions, median area ratio within 1.2x. Also arrowheads (tails) of
# different edges piled within 4 px at one node, against mermaid's counts
# (tests/layout_corpus/fixtures/corpus-mermaid-ends.jsonl), and the same for
# the generated flowcharts of tests/layout_corpus/fixtures (which carry
# mermaid's counts; no ../shared needed for them).
# Usage: scripts/compare-layout.sh [path/to/merrow]   (skips when ../shared is absent)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="$here/../shared"
merrow="${1:-$here/build/merrow}"
corpus="$shared/corpus/mermaid-corpus.jsonl"
reference="$shared/corpus/mermaid-layout-metrics.jsonl"
metrics="$shared/tools/mermaid-ref/layout-metrics.py"
if [[ ! -f "$corpus" || ! -f "$reference" || ! -f "$metrics" ]]; then
  echo "compare-layout: ../shared corpus or mermaid-ref absent, skipping"
  exit 0
fi
if [[ ! -x "$merrow" ]]; then
  echo "compare-layout: no merrow binary at $merrow (build it, or pass its path)" >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fixtures="$here/tests/layout_corpus/fixtures"
lay_out() {  # corpus.jsonl out.jsonl: merrow's layout of each (mermaid-valid) flowchart
python3 - "$1" "$merrow" "$2" <<'PY'
import json, subprocess, sys
corpus, merrow, out_path = sys.argv[1:4]
with open(out_path, "w") as out:
    for line in open(corpus, encoding="utf-8"):
        entry = json.loads(line)
        if entry.get("kind", "flowchart") != "flowchart" or not entry.get("mermaid", {}).get("valid", True):
            continue
        run = subprocess.run([merrow, "layout", "-"], input=entry["text"].encode(), capture_output=True)
        text = run.stdout.decode(errors="replace").strip().splitlines()
        if run.returncode != 0 or not text:
            out.write(json.dumps({"id": entry["id"], "error": run.stderr.decode(errors="replace").strip()[:200] or "failed"}) + "\n")
            continue
        layout = json.loads(text[0])
        layout["id"] = entry["id"]
        out.write(json.dumps(layout) + "\n")
PY
}
lay_out "$corpus" "$work/merrow-layout.jsonl"
lay_out "$fixtures/generated-flowcharts.jsonl" "$work/generated-layout.jsonl"
python3 "$metrics" --json "$work/merrow-layout.jsonl" > "$work/merrow-metrics.jsonl" || true
python3 "$metrics" --json "$work/generated-layout.jsonl" > "$work/generated-metrics.jsonl" || true

python3 - "$work/merrow-metrics.jsonl" "$reference" "$work/merrow-layout.jsonl" "$fixtures/corpus-mermaid-ends.jsonl" \
  "$work/generated-metrics.jsonl" "$work/generated-layout.jsonl" "$fixtures/generated-flowcharts.jsonl" <<'PY'
import json, math, statistics, sys
def load(path):
    rows = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line:
            row = json.loads(line)
            rows[row["id"]] = row
    return rows
ours, theirs = load(sys.argv[1]), load(sys.argv[2])
ids = [i for i in ours if i in theirs and "error" not in ours[i] and "error" not in theirs[i]]
errors = [i for i in ours if "error" in ours[i]]
def total(rows, key):
    return sum(rows[i].get(key) or 0 for i in ids)
c_ours, c_theirs = total(ours, "crossings"), total(theirs, "crossings")
worse = [i for i in ids if (ours[i].get("crossings") or 0) > (theirs[i].get("crossings") or 0)]
ratios = [ours[i]["area"] / theirs[i]["area"] for i in ids if theirs[i].get("area")]
median = statistics.median(ratios) if ratios else float("nan")
def verdict(ok):
    return "ok" if ok else "MISSED"
print(f"diagrams compared: {len(ids)}   merrow errors: {len(errors)}")
print(f"{'metric':<34}{'merrow':>10}{'mermaid':>10}  bar")
print(f"{'total crossings':<34}{c_ours:>10}{c_theirs:>10}  <= 0.8x mermaid: {verdict(c_ours <= 0.8 * c_theirs)}")
pct = 100.0 * len(worse) / max(1, len(ids))
print(f"{'% diagrams with more crossings':<34}{pct:>9.1f}%{'':>10}  <= 5%: {verdict(pct <= 5)}")
print(f"{'edges through nodes':<34}{total(ours, 'through_node'):>10}{total(theirs, 'through_node'):>10}")
print(f"{'node overlaps':<34}{total(ours, 'node_overlaps'):>10}{total(theirs, 'node_overlaps'):>10}")
print(f"{'median area ratio merrow/mermaid':<34}{median:>10.3f}{'':>10}  within 1.2x: {verdict(1 / 1.2 <= median <= 1.2)}")
if "-v" in sys.argv or True:
    worst = sorted(worse, key=lambda i: (theirs[i].get("crossings") or 0) - (ours[i].get("crossings") or 0))[:10]
    if worst:
        print("most extra crossings: " + ", ".join(f"{i} ({ours[i]['crossings']} vs {theirs[i]['crossings']})" for i in worst))
def piled(layout):
    """(heads, tails): pairs of edges whose path ends (starts) at one node are under 4 px apart."""
    counts = []
    for index, key in ((-1, "to"), (0, "from")):
        ends = {}
        for e in layout.get("edges", []):
            if len(e.get("points") or []) >= 2 and e["from"] != e["to"]:
                ends.setdefault(e[key], []).append(e["points"][index])
        counts.append(sum(1 for pts in ends.values() for i in range(len(pts)) for j in range(i + 1, len(pts))
                          if math.dist(pts[i], pts[j]) < 4))
    return counts
def piled_total(path, keep):
    heads = tails = 0
    for line in open(path, encoding="utf-8"):
        layout = json.loads(line)
        if "error" not in layout and layout["id"] in keep:
            h, t = piled(layout)
            heads, tails = heads + h, tails + t
    return heads, tails
mermaid_ends = load(sys.argv[4])
ours_h, ours_t = piled_total(sys.argv[3], set(ids))
print(f"{'arrowhead pairs within 4 px':<34}{ours_h:>10}{sum(mermaid_ends[i]['heads'] for i in mermaid_ends if i in ids):>10}")
print(f"{'tail pairs within 4 px':<34}{ours_t:>10}{sum(mermaid_ends[i]['tails'] for i in mermaid_ends if i in ids):>10}")

generated = {e["id"]: e["mermaid"] for e in map(json.loads, open(sys.argv[7], encoding="utf-8"))}
gen = load(sys.argv[5])
gen_ids = [i for i in gen if "error" not in gen[i] and i in generated]
g_worse = [i for i in gen_ids if gen[i]["crossings"] > generated[i]["crossings"]]
g_h, g_t = piled_total(sys.argv[6], set(gen_ids))
print(f"generated flowcharts compared: {len(gen_ids)} of {len(generated)}")
print(f"{'  total crossings':<34}{sum(gen[i]['crossings'] for i in gen_ids):>10}{sum(generated[i]['crossings'] for i in gen_ids):>10}")
print(f"{'  charts with more crossings':<34}{len(g_worse):>10}{'':>10}  {' '.join(g_worse[:12])}")
print(f"{'  edges through nodes':<34}{sum(gen[i]['through_node'] for i in gen_ids):>10}{sum(generated[i]['through_node'] for i in gen_ids):>10}")
print(f"{'  arrowhead pairs within 4 px':<34}{g_h:>10}{sum(generated[i]['heads'] for i in gen_ids):>10}")
print(f"{'  tail pairs within 4 px':<34}{g_t:>10}{sum(generated[i]['tails'] for i in gen_ids):>10}")
PY
