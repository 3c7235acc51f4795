#!/usr/bin/env bash
# Seeds the fuzz corpora: every diagram of samples/ and ../shared/corpus as one
# file each in fuzz/corpus-diagrams/ (parse, lint, layout, render), and the
# Markdown pages in fuzz/corpus-markdown/. The corpora are not committed
# (.gitignore: /fuzz/corpus-*/); libFuzzer adds what it finds to them.
#   fuzz/make-corpus.sh
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${MERROW_SHARED_DIR:-../shared}
mkdir -p fuzz/corpus-diagrams fuzz/corpus-markdown
cp samples/*.md fuzz/corpus-markdown/
[ -d "$shared/seed" ] && cp "$shared"/seed/*.md fuzz/corpus-markdown/
python3 - "$shared" <<'PY'
import glob, hashlib, json, os, re, sys

shared = sys.argv[1]
out = "fuzz/corpus-diagrams"
texts = []
fence = re.compile(r"^(```|~~~)\s*mermaid\s*\n(.*?)^\1", re.M | re.S)
for page in sorted(glob.glob("samples/*.md") + glob.glob(f"{shared}/seed/*.md")):
    texts += [m.group(2) for m in fence.finditer(open(page, encoding="utf-8").read())]
for jsonl in sorted(glob.glob(f"{shared}/corpus/*.jsonl")):
    for line in open(jsonl, encoding="utf-8"):
        text = json.loads(line).get("text")
        if text:
            texts.append(text)
# Content-addressed names, as libFuzzer names its own finds: reruns add nothing twice.
for text in texts:
    data = text.encode("utf-8")
    with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)
print(f"fuzz corpus: {len(set(texts))} diagrams in {out}", file=sys.stderr)
PY
