#!/usr/bin/env bash
# Docs-tree throughput: the corpus's valid diagrams (../shared/corpus: mermaid-corpus.jsonl with
# expect_error false, and realworld.jsonl) written as a tree of .mmd files and Markdown pages (several
# diagrams a page) in a temp dir, rendered to SVG by one `merrow render DIR --out-dir D` (all cores),
# then again unchanged (every image cached). Prints diagrams/s and the re-run's speed-up.
#   bench/docs_tree_bench.sh [MERROW_BINARY]    env: MERROW_SHARED_DIR, MERROW_BENCH_COPIES (default 1),
#     MERROW_BENCH_SET=realworld (only realworld.jsonl's 76 real-docs diagrams, e.g. with 14 copies)
# Measured 2026-12-07 23:02 UTC on the shared 2-core machine (load average 10-15 from other builds, so wall
# times swing; CPU is steadier). Three runs of the whole corpus (1,943 diagrams in 1,215 files):
#   first run 1.37 / 3.53 / 2.29 s wall (0.67 / 1.05 / 1.09 s cpu) = 1,418 / 550 / 848 diagrams/s wall;
#   cached re-run 0.04-0.05 s wall, 0.01 s cpu: 34x / 71x / 46x wall.
#   realworld x14 (1,064 diagrams in 686 files): 2.34 s wall, 1.28 s cpu = 454 diagrams/s wall; re-run 78x.
set -euo pipefail
cd "$(dirname "$0")/.."
merrow=${1:-build/merrow}
shared=${MERROW_SHARED_DIR:-../shared}
work=$(mktemp -d)
trap '[ -n "${MERROW_BENCH_KEEP:-}" ] || rm -rf "$work"' EXIT
python3 - "$shared/corpus" "$work/docs" "${MERROW_BENCH_COPIES:-1}" "${MERROW_BENCH_SET:-all}" <<'PY'
import json, os, sys
corpus, out, copies, subset = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
texts = []
for name in ("mermaid-corpus.jsonl", "realworld.jsonl")[1 if subset == "realworld" else 0:]:
    for line in open(os.path.join(corpus, name), encoding="utf-8"):
        d = json.loads(line)
        if not d.get("expect_error") and d.get("kind") in ("flowchart", "mindmap") and "```" not in d["text"]:
            texts.append(d["text"])
n = 0
for copy in range(copies):
    for i in range(0, len(texts), 4):
        group = texts[i:i + 4]
        sub = os.path.join(out, f"c{copy}", f"d{i // 100:03d}")
        os.makedirs(sub, exist_ok=True)
        # a copy differs by a comment, so no two copies share an image
        tag = f"%% copy {copy}\n" if copy else ""
        if (i // 4) % 2:
            with open(os.path.join(sub, f"p{i}.md"), "w", encoding="utf-8") as f:
                for t in group:
                    f.write(f"# Diagram\n\nSome prose.\n\n```mermaid\n{tag}{t}\n```\n\n")
        else:
            for k, t in enumerate(group):
                with open(os.path.join(sub, f"g{i + k}.mmd"), "w", encoding="utf-8") as f:
                    f.write(tag + t + "\n")
        n += len(group)
print(f"bench: {n} diagrams written", file=sys.stderr)
PY
run() {  # "wall cpu" seconds of one run; the summary line in $work/summary
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$merrow" render "$work/docs" --out-dir "$work/out" --rewrite \
    2>"$work/summary" || true
  tail -n 1 "$work/time" | awk '{printf "%s %.2f\n", $1, $2 + $3}'
}
read -r first first_cpu < <(run)
summary=$(tail -n 1 "$work/summary")
read -r again again_cpu < <(run)
summary2=$(tail -n 1 "$work/summary")
diagrams=$(echo "$summary" | sed -E 's/.* ([0-9]+) diagrams.*/\1/')
echo "first run:  ${first} s wall, ${first_cpu} s cpu  ($summary)"
echo "second run: ${again} s wall, ${again_cpu} s cpu  ($summary2)"
echo "throughput: $(echo "scale=0; $diagrams / $first" | bc) diagrams/s (wall, $(nproc) cores, SVG)"
echo "cached re-run speed-up: $(echo "scale=1; $first / $again" | bc)x wall, $(echo "scale=1; $first_cpu / $again_cpu" | bc)x cpu"
