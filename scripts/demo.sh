#!/usr/bin/env bash
# The main job on the sample page: build if needed, lint it, then render each
# of its diagrams to SVG, PNG and PDF in out/ (out/os2-organisation-1.svg, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
MERROW_BUILD_TARGET=merrow ./scripts/build.sh >/dev/null
page=samples/os2-organisation.md
./build/merrow lint "$page"
mkdir -p out
for format in svg png pdf; do
  ./build/merrow render "$page" -o "out/os2-organisation.$format"
done
ls -l out/
