#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang, ASan + UBSan) in build-fuzz, replays
# the saved crash inputs of fuzz/regressions/<target>/, then fuzzes each target.
#   scripts/fuzz.sh [seconds per target, default 60] [target...]
#       long runs from the big local corpora (fuzz/make-corpus.sh); new finds
#       are added to fuzz/corpus-<target>/ (not committed)
#   scripts/fuzz.sh --ci [target...]
#       the test command's short run: from the committed seeds (fuzz/seeds/),
#       a fixed number of executions per target with a fixed random seed, so
#       a run finds the same things on every machine (only a per-input time
#       limit depends on the machine); nothing is written into the source tree
# A crash leaves its input in build-fuzz/artifacts/<target>/; once the owner has
# fixed it, copy the input into fuzz/regressions/<target>/ so it stays fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
ci=0
if [ "${1:-}" = --ci ]; then
  ci=1
  shift
  seconds=0
else
  seconds=${1:-60}
  shift || true
fi
jobs=${MERROW_JOBS:-$(nproc 2>/dev/null || echo 2)}
start=$(date +%s)
cmake -S fuzz --preset fuzz >/dev/null
cmake --build build-fuzz -j "$jobs" >/dev/null
built=$(date +%s)
[ $ci = 1 ] || [ -d fuzz/corpus-diagrams ] || ./fuzz/make-corpus.sh

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for binary in build-fuzz/fuzz_*; do targets+=("${binary#build-fuzz/fuzz_}"); done
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/fuzz/lsan.supp}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
# A hang or a blow-up is a finding, not a stall: 10 s and 2 GB per input
# (25 s in CI, whose machine may be slower than the one the seeds were chosen on).
limits=(-rss_limit_mb=2048 -max_len=65536)
if [ $ci = 1 ]; then limits+=(-timeout=25); else limits+=(-timeout=10); fi
# Executions per target in CI: 10-60 s each on two idle cores (render: ~50/s
# under ASan, its 1,277 seeds alone take half of its 3,000).
declare -A ci_runs=([parse]=60000 [markdown]=400000 [lint]=16000 [layout]=8000 [render]=3000)
failed=0
printf '%-10s %12s %10s %8s  %s\n' target executions exec/s corpus result
for target in "${targets[@]}"; do
  binary=build-fuzz/fuzz_$target
  seeds=fuzz/corpus-diagrams
  [ $ci = 1 ] && seeds=fuzz/seeds/diagrams
  [ "$target" = markdown ] && seeds=${seeds%diagrams}markdown
  work=fuzz/corpus-$target  # libFuzzer writes new finds into the first directory
  [ $ci = 1 ] && work=build-fuzz/ci-corpus-$target && rm -rf "$work"
  artifacts=build-fuzz/artifacts/$target
  log=build-fuzz/fuzz-$target.log
  mkdir -p "$work" "$artifacts"
  result=ok
  regressions=(fuzz/regressions/"$target"/*)
  if [ -e "${regressions[0]}" ] && ! "$binary" "${limits[@]}" "${regressions[@]}" >"$log.regressions" 2>&1; then
    result="REGRESSION (see $log.regressions)"
  fi
  if [ $ci = 1 ]; then
    budget=(-runs="${ci_runs[$target]:-2000}" -seed=1)
  else
    budget=(-max_total_time="$seconds")
  fi
  if ! "$binary" "${limits[@]}" -dict=fuzz/mermaid.dict "${budget[@]}" \
      -print_final_stats=1 -artifact_prefix="$artifacts/" "$work" "$seeds" >"$log" 2>&1; then
    result="CRASH: $(ls -t "$artifacts" | head -1 | sed "s|^|$artifacts/|") (see $log)"
    [ $ci = 1 ] && tail -40 "$log" >&2
  fi
  [ "$result" = ok ] || failed=1
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  per_second=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  printf '%-10s %12s %10s %8s  %s\n' "$target" "${executions:-?}" "${per_second:-?}" \
    "$(ls "$work" | wc -l)" "$result"
done
verdict=passed
[ $failed = 0 ] || verdict=FAILED
echo "merrow: fuzzing $verdict (${targets[*]}): build $(( built - start )) s, fuzzing $(( $(date +%s) - built )) s" >&2
exit $failed
