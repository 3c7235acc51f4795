#!/usr/bin/env bash
# Lint speed: a generated tree of 10,000 Markdown files holding 20,000
# diagrams (two per page, drawn from ../shared/corpus's valid diagrams, or a
# synthetic flowchart when the corpus is absent), linted with all cores.
# Target: <= 1 s wall time on 2 cores.
# Usage: bench/lint_bench.sh [MERROW_BINARY] [WORK_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
merrow=${1:-$here/../build-lint/merrow}
work=${2:-${TMPDIR:-/tmp}/merrow-lint-bench}
corpus=$here/../../shared/corpus/mermaid-corpus.jsonl

if [ ! -f "$work/.complete" ]; then
  rm -rf "$work"
  mkdir -p "$work"
  python3 - "$work" "$corpus" <<'PY'
import json, os, sys
work, corpus = sys.argv[1], sys.argv[2]
diagrams = []
if os.path.exists(corpus):
    for line in open(corpus, encoding="utf-8"):
        entry = json.loads(line)
        if entry["mermaid"]["valid"] and "```" not in entry["text"]:
            diagrams.append(entry["text"])
if not diagrams:
    diagrams = ["flowchart TD\n" + "".join(f"    N{i}[Step {i}] --> N{i+1}\n" for i in range(12))]
for f in range(10000):
    directory = os.path.join(work, f"section{f // 500:02d}", f"part{(f // 50) % 10}")
    os.makedirs(directory, exist_ok=True)
    first, second = diagrams[(2 * f) % len(diagrams)], diagrams[(2 * f + 1) % len(diagrams)]
    with open(os.path.join(directory, f"page{f:05d}.md"), "w", encoding="utf-8") as out:
        out.write(f"# Page {f}\n\nSome prose before the first diagram.\n\n```mermaid\n{first}\n```\n\n"
                  f"More prose, a list:\n\n- one\n- two\n\n```mermaid\n{second}\n```\n")
PY
  touch "$work/.complete"
fi

files=$(find "$work" -name '*.md' | wc -l)
echo "linting $files Markdown files (20,000 diagrams) with $(nproc) cores"
start=$(date +%s.%N)
set +e
"$merrow" lint --format concise "$work" > "$work.out" 2>&1
status=$?
set -e
end=$(date +%s.%N)
elapsed=$(echo "$end - $start" | bc)
echo "exit $status, $(wc -l < "$work.out") diagnostic lines, ${elapsed}s wall"
awk -v t="$elapsed" 'BEGIN { exit (t <= 1.0 ? 0 : 1) }' && echo "PASS (<= 1 s)" || echo "SLOW (> 1 s)"
