#!/usr/bin/env bash
# One diagram, whole process: the seed page's flowchart and mindmap to SVG
# with the merrow binary given (default build/merrow). Prints, per diagram,
# the instructions of one run (valgrind --tool=callgrind: exact and
# repeatable on a loaded machine) and hyperfine's median wall time (only
# meaningful on a quiet machine: the load average is printed beside it).
#   bench/single_diagram.sh [MERROW]     env: MERROW_SHARED_DIR (default ../shared), RUNS (default 300)
# callgrind_annotate --inclusive=yes on $out/*.callgrind shows where a run goes.
#
# Measured 2026-12-08 01:47 UTC (branch h2/speed against main 5dbbc9b), this 2-core machine shared
# with other builds (load average 9: wall medians mean nothing, instructions are exact, task-clock is
# steadier), warm caches:
#                  instructions          task-clock (runs)              page faults   hyperfine median
#   flowchart  6.46 M -> 3.06 M (-53%)   3.07, 3.36 -> 1.95, 2.10 ms    372 -> 264    3.11 ms quiet (00:41) before
#   mindmap    6.40 M -> 2.83 M (-56%)   3.53, 3.65 -> 1.91, 1.85 ms    380 -> 270    3.03 ms quiet (00:41) before
# On the quiet machine wall time was ~1.05 ms + 0.32 ms per M instructions (merrow --version: 1.72 M,
# 1.6 ms; the seed diagrams: 6.4 M, 3.1 ms), which puts the warm runs now at ~2.0 ms each (not
# measured quiet: the machine never was): the mindmap within issue 15's 2.5 ms, the flowchart at its
# 2 ms, not clearly under it. A build's first run (empty text cache): 4.9 M / 4.1 M; MERROW_NO_CACHE=1
# (no font cache either, so fontconfig starts): 36 M.
# What went: HarfBuzz's dlopen and relocation (0.9 M) and its shaping (0.8 M), now read from the text
# cache (render/text/disk_cache.hpp); FreeType faces and outline decomposition for SVG (0.7 M), from
# the same cache; CLI11 setting up all seven subcommands (1.0 M; render IN -o OUT skips CLI11, other
# command lines register only the named subcommand); number formatting (0.2 M).
# Where a warm mindmap run (2.83 M) goes now: ld.so and libc start-up 0.45 M (the PIE's
# 12,329 relative relocations copy its 183 KB .data.rel.ro on write, ~40 page faults: -no-pie saves
# 0.16 M and 38 faults but gives up ASLR, not done; DT_RELR saves 0.03 M), static init 0.15 M
# (libstdc++ locale + iostream 0.09 M, CLI11's validators in each cli/ file 0.06 M), write_svg 0.94 M
# (0.39 M of it the 1,900 numbers of the tapered branches), the mindmap scene 0.49 M, layout 0.33 M
# (0.27 M of it measuring labels, shaping read from the cache), theme_variables 0.29 M
# (parse_css_color of every theme colour), malloc/free ~0.6 M spread over all of it.
# The flowchart: layout 0.88 M, write_svg 0.66 M, theme 0.29 M, parse 0.28 M.
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
