#!/usr/bin/env bash
# The whole test suite: install what is missing, build, run every test under ctest
# (Release, build/), then the sanitized suite (ASan + UBSan, build-asan/, every
# area but the corpus and conformance sweeps: scripts/test-sanitized.sh), then a
# short libFuzzer run of every fuzz target from the committed seeds, a fixed
# number of executions each (scripts/fuzz.sh --ci, clang, build-fuzz/). Both
# suites include the replay of the fuzzers' saved inputs (tests/hostile). Fails
# when any part fails. MERROW_SKIP_SANITIZED=1 / MERROW_SKIP_FUZZ=1 leave a part
# out (quick local checks; CI sets neither).
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
if [ "${MERROW_SKIP_FUZZ:-0}" != 1 ]; then
  ./scripts/fuzz.sh --ci
fi
echo "merrow: all suites passed in $(( $(date +%s) - start )) s" >&2
