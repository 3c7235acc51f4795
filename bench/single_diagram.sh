#!/usr/bin/env bash
# One diagram, whole process: the seed page's flowchart and mindmap to SVG
# with the merrow binary given (default build/merrow). Prints, per diagram,
# the instructions of one run (valgrind --tool=callgrind: exact and
# repeatable on a loaded machine) and hyperfine's median wall time (only
# meaningful on a quiet machine: the load average is printed beside it).
#   bench/single_diagram.sh [MERROW]     env: MERROW_SHARED_DIR (default ../shared), RUNS (default 300)
# callgrind_annotate --inclusive=yes on $out/*.callgrind shows where a run goes.
set -euo pipefail
cd "$(dirname "$0")/.."
merrow=$(realpath "${1:-build/merrow}")
shared=${MERROW_SHARED_DIR:-../shared}
runs=${RUNS:-300}
out=$(mktemp -d)
python3 - "$shared/seed/os2-organisation.md" "$out" <<'PY'
import re, sys
blocks = re.findall(r"```mermaid\n(.*?)```", open(sys.argv[1], encoding="utf-8").read(), re.S)
open(sys.argv[2] + "/flowchart.mmd", "w", encoding="utf-8").write(blocks[0])
open(sys.argv[2] + "/mindmap.mmd", "w", encoding="utf-8").write(blocks[1])
PY
# Warm runs, as on any later run: the font cache and the text cache
# (shaping, metrics, outlines) hold this build's entries. Valgrind sets
# LD_LIBRARY_PATH and LD_PRELOAD, which are part of the text cache's stamp:
# it gets a warm-up run of its own.
for diagram in flowchart mindmap; do "$merrow" render "$out/$diagram.mmd" -o "$out/warm.svg"; done
printf '%-10s %14s %10s %12s %12s  %s\n' diagram instructions task_ms page_faults median_ms load
for diagram in flowchart mindmap; do
  instructions=-
  if command -v valgrind >/dev/null; then
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$merrow" render "$out/$diagram.mmd" -o "$out/warm.svg" 2>/dev/null
    instructions=$(valgrind --tool=callgrind --callgrind-out-file="$out/$diagram.callgrind" \
      "$merrow" render "$out/$diagram.mmd" -o "$out/$diagram.svg" 2>&1 | sed -n 's/.*I *refs: *//p' | tr -d ,)
  fi
  task=- faults=-
  if command -v perf >/dev/null && perf stat -x, -e task-clock true >/dev/null 2>&1; then
    stats=$(perf stat -r "$runs" -x, -e task-clock,page-faults "$merrow" render "$out/$diagram.mmd" -o "$out/$diagram.svg" 2>&1 >/dev/null)
    task=$(echo "$stats" | awk -F, '$3 == "task-clock" {printf "%.2f", $1}')
    faults=$(echo "$stats" | awk -F, '$3 == "page-faults" {print $1}')
  fi
  median=-
  if command -v hyperfine >/dev/null; then
    hyperfine -N --style none -w 20 -r "$runs" --export-json "$out/$diagram.json" \
      "$merrow render $out/$diagram.mmd -o $out/$diagram.svg" >/dev/null 2>&1
    median=$(python3 -c "import json,sys; print('%.2f' % (json.load(open(sys.argv[1]))['results'][0]['median']*1000))" \
      "$out/$diagram.json")
  fi
  printf '%-10s %14s %10s %12s %12s  %s\n' "$diagram" "$instructions" "$task" "$faults" "$median" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "(callgrind profiles in $out)"
