#!/usr/bin/env bash
# The main job on the sample page: build if needed, then lint and render
# samples/os2-organisation.md into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh >/dev/null
./build/merrow lint samples/os2-organisation.md
