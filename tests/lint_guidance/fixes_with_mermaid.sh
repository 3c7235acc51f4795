#!/usr/bin/env bash
# Asks mermaid itself whether the fixed cases parse: copies cases/, runs
# `merrow lint --fix --unsafe-fixes` three times (as the Catch2 test does),
# and sends every changed diagram to `mermaid-ref parse`.
# Usage: tests/lint_guidance/fixes_with_mermaid.sh [MERROW] [MERMAID_REF]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
merrow=${1:-$here/../../build/merrow}
ref=${2:-$here/../../../shared/tools/mermaid-ref/mermaid-ref}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here"/cases/* "$work"/
for _ in 1 2 3; do "$merrow" lint --fix --unsafe-fixes "$work" > /dev/null 2>&1 || true; done
python3 - "$here" "$work" > "$work/fixed.jsonl" <<'PY'
import json, os, sys
here, work = sys.argv[1], sys.argv[2]
exec(open(os.path.join(here, "verdicts.py")).read().split("if len(sys.argv) == 1:")[0])
for name in sorted(os.listdir(os.path.join(here, "cases"))):
    text = open(os.path.join(work, name)).read()
    if text == open(os.path.join(here, "cases", name)).read():
        continue
    for k, d in enumerate(blocks(text) if name.endswith(".md") else [text]):
        print(json.dumps({"id": f"{name}#{k}", "text": d}))
PY
"$ref" parse "$work/fixed.jsonl" 2>/dev/null | python3 -c '
import json, sys
v = [json.loads(l) for l in sys.stdin]
bad = [x for x in v if x["valid"] is not True]
print(len(v), "fixed diagrams;", len(bad), "rejected by mermaid")
for b in bad: print(" ", b["id"], (b["error"] or "")[:160].replace("\n", " "))
sys.exit(1 if bad else 0)'
