#!/usr/bin/env bash
# merrow-mmdc against the real mmdc (mermaid-ref render) on the seed page, side by side
# in one run: `-i page.md -o out.md` (both diagrams to SVG + the rewritten page).
# Goal (issue 12): merrow-mmdc >= 200x faster. Prints the medians and the ratio.
# (Paths must not hold spaces: hyperfine -N splits the command on them.)
# Usage: bench/mmdc_vs_mermaid.sh [MERROW_MMDC] [PAGE]
#   env: RUNS_MERROW (default 50), RUNS_REF (default 5), MERMAID_REF (the mermaid-ref script)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mmdc=$(readlink -f "${1:-$here/../build/merrow-mmdc}")
page=$(readlink -f "${2:-$here/../../shared/seed/os2-organisation.md}")
ref=${MERMAID_REF:-$here/../../shared/tools/mermaid-ref/mermaid-ref}
runs_merrow=${RUNS_MERROW:-50}
runs_ref=${RUNS_REF:-5}
[ -x "$mmdc" ] || { echo "bench: no merrow-mmdc at $mmdc (cmake --build build --target merrow-mmdc)" >&2; exit 2; }
[ -f "$page" ] || { echo "bench: no page $page" >&2; exit 2; }
[ -x "$ref" ] || { echo "bench: no mermaid-ref at $ref" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$page" "$work/page.md"
mkdir -p "$work/merrow" "$work/ref"
cd "$work"

median_s() {  # median wall seconds of "$@" over $runs runs
  local runs=$1; shift
  if command -v hyperfine >/dev/null; then
    hyperfine -N --style none --warmup 1 --runs "$runs" --export-json times.json -- "$*" >/dev/null 2>&1
    python3 -c 'import json,statistics;print(statistics.median(json.load(open("times.json"))["results"][0]["times"]))'
  else
    local times=()
    for _ in $(seq "$runs"); do
      local start end
      start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N)
      times+=("$(echo "$end - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | python3 -c 'import sys,statistics;print(statistics.median(float(l) for l in sys.stdin))'
  fi
}

m=$(median_s "$runs_merrow" "$mmdc" -q -i page.md -o merrow/out.md)
r=$(median_s "$runs_ref" "$ref" render page.md ref/out.md)
ls merrow/out-1.svg merrow/out-2.svg ref/out-1.svg ref/out-2.svg >/dev/null  # both drew both diagrams
python3 - "$m" "$r" "$runs_merrow" "$runs_ref" <<'PY'
import sys
m, r, nm, nr = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3], sys.argv[4]
print(f"seed page, -i page.md -o out.md (2 diagrams -> SVG + page):")
print(f"  merrow-mmdc        median {m * 1000:8.2f} ms  ({nm} runs)")
print(f"  mermaid-ref render median {r * 1000:8.1f} ms  ({nr} runs)")
print(f"  ratio {r / m:.0f}x (goal >= 200x): {'met' if r / m >= 200 else 'NOT met'}")
PY
