#!/usr/bin/env bash
# The whole test suite: install what is missing, build, run every test under ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh -DMERROW_BUILD_TESTS=ON
jobs=$(nproc 2>/dev/null || echo 2)
ctest --test-dir build --output-on-failure -j "$jobs"
