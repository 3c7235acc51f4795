#!/usr/bin/env bash
# The test suite under AddressSanitizer + UndefinedBehaviorSanitizer, in build-asan
# (the `asan` preset). Slow tests are left out by name so that a run stays within a
# few minutes on two cores; MERROW_ASAN_EXCLUDE='' runs everything.
#   scripts/test-sanitized.sh [extra ctest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
jobs=${MERROW_JOBS:-$(nproc 2>/dev/null || echo 2)}
# Corpus sweeps (thousands of diagrams) and the hostile cases named "(slow)" are
# already covered by the plain suite; under ASan they cost minutes, not coverage.
exclude=${MERROW_ASAN_EXCLUDE-corpus|conformance|\(slow\)}
start=$(date +%s)
cmake --preset asan >/dev/null
cmake --build build-asan -j "$jobs"
# Leaks count as failures; UBSan findings abort the test instead of scrolling by.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/fuzz/lsan.supp}  # process-lifetime font caches
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir build-asan --output-on-failure -j "$jobs" ${exclude:+-E "$exclude"} "$@"
echo "merrow: sanitized suite passed in $(( $(date +%s) - start )) s" >&2
