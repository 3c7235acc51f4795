#!/usr/bin/env bash
# The whole test suite: install what is missing, build, run every test under ctest
# (Release, build/), then the sanitized suite (ASan + UBSan, build-asan/, every
# area but the corpus and conformance sweeps: scripts/test-sanitized.sh). Both
# include the replay of the fuzzers' saved inputs (tests/hostile). Fails when
# either fails. MERROW_SKIP_SANITIZED=1 runs the Release suite alone (a quick
# local check; CI never sets it).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
./scripts/build.sh -DMERROW_BUILD_TESTS=ON
jobs=$(nproc 2>/dev/null || echo 2)
echo "merrow: Release suite (build)" >&2
ctest --test-dir build --output-on-failure -j "$jobs"
release=$(date +%s)
echo "merrow: Release suite passed in $(( release - start )) s (build included)" >&2
if [ "${MERROW_SKIP_SANITIZED:-0}" != 1 ]; then
  ./scripts/test-sanitized.sh
fi
echo "merrow: all suites passed in $(( $(date +%s) - start )) s" >&2
