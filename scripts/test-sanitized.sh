#!/usr/bin/env bash
# The test suite under AddressSanitizer + UndefinedBehaviorSanitizer, in build-asan
# (the `asan` preset). scripts/test.sh runs it after the Release suite, so every
# submission is checked. To stay within a few minutes on two cores it builds only
# the merrow binary and the test executables of tests/<area>/ that are not
# corpus sweeps or conformance runs (thousands of diagrams: minutes under ASan,
# and the Release suite already runs them) nor doc-tool integrations (Sphinx,
# pandoc, MkDocs, Jekyll builds: the tools' time, not merrow's memory), and runs
# what it built.
#   scripts/test-sanitized.sh [extra ctest args...]
#   env: MERROW_ASAN_EXCLUDE  areas (and ctest names) left out, an ERE;
#                             '' builds and runs every area
#        MERROW_JOBS          parallel jobs (default: nproc)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
jobs=${MERROW_JOBS:-$(nproc 2>/dev/null || echo 2)}
exclude=${MERROW_ASAN_EXCLUDE-corpus|conformance|integration}
start=$(date +%s)

areas=()
for dir in tests/*/; do
  area=$(basename "$dir")
  compgen -G "$dir*.cpp" >/dev/null || continue
  [ -n "$exclude" ] && [[ $area =~ $exclude ]] && continue
  areas+=("$area")
done
targets=(merrow "${areas[@]/#/test_}")

cmake --preset asan >/dev/null
cmake --build build-asan -j "$jobs" --target "${targets[@]}"
built=$(date +%s)
# Leaks count as failures; UBSan findings abort the test instead of scrolling by.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0}  # process-lifetime font caches; quiet, so tests of stderr stay exact
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
echo "merrow: ASan+UBSan suite (build-asan): ${areas[*]}${exclude:+ (left out: $exclude)}" >&2
# The left-out areas' tests appear to ctest as <area>_NOT_BUILT; the same
# pattern drops them.
ctest --test-dir build-asan --output-on-failure -j "$jobs" ${exclude:+-E "$exclude"} "$@"
echo "merrow: ASan+UBSan suite passed: build $(( built - start )) s, tests $(( $(date +%s) - built )) s" >&2
