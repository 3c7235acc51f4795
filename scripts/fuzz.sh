#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang, ASan + UBSan) in build-fuzz, replays
# the saved crash inputs of fuzz/regressions/<target>/, then fuzzes each target
# for a fixed budget and prints executions per target.
#   scripts/fuzz.sh [seconds per target, default 60] [target...]
# A crash leaves its input in build-fuzz/artifacts/<target>/; once the owner has
# fixed it, copy the input into fuzz/regressions/<target>/ so it stays fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
jobs=${MERROW_JOBS:-2}
cmake -S fuzz -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build build-fuzz -j "$jobs" >/dev/null
[ -d fuzz/corpus-diagrams ] || ./fuzz/make-corpus.sh

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for binary in build-fuzz/fuzz_*; do targets+=("${binary#build-fuzz/fuzz_}"); done
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/fuzz/lsan.supp}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
# Every input gets 10 s and 2 GB: a hang or a blow-up is a finding, not a stall.
limits=(-timeout=10 -rss_limit_mb=2048 -max_len=65536)
failed=0
printf '%-10s %12s %10s %8s  %s\n' target executions exec/s corpus result
for target in "${targets[@]}"; do
  binary=build-fuzz/fuzz_$target
  seeds=fuzz/corpus-diagrams
  [ "$target" = markdown ] && seeds=fuzz/corpus-markdown
  work=fuzz/corpus-$target  # libFuzzer writes new finds into the first directory
  artifacts=build-fuzz/artifacts/$target
  log=build-fuzz/fuzz-$target.log
  mkdir -p "$work" "$artifacts"
  result=ok
  regressions=(fuzz/regressions/"$target"/*)
  if [ -e "${regressions[0]}" ] && ! "$binary" "${limits[@]}" "${regressions[@]}" >"$log.regressions" 2>&1; then
    result="REGRESSION (see $log.regressions)"
  fi
  if ! "$binary" "${limits[@]}" -dict=fuzz/mermaid.dict -max_total_time="$seconds" \
      -print_final_stats=1 -artifact_prefix="$artifacts/" "$work" "$seeds" >"$log" 2>&1; then
    result="CRASH: $(ls -t "$artifacts" | head -1 | sed "s|^|$artifacts/|") (see $log)"
  fi
  [ "$result" = ok ] || failed=1
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  per_second=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  printf '%-10s %12s %10s %8s  %s\n' "$target" "${executions:-?}" "${per_second:-?}" \
    "$(ls "$work" | wc -l)" "$result"
done
exit $failed
