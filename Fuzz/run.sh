#!/usr/bin/env bash
# `make fuzz`: runs the libFuzzer target for FUZZ_SECONDS (default 600) in one job, then
# lists the distinct crashes found (error and top Confetti frames). See Fuzz/README.md.
#
#   FUZZ_SECONDS     total fuzzing time (default 600)
#   FUZZ_MAX_LEN     largest input in bytes (default 4096)
#   FUZZ_KEEP_GOING  1 (default): -fork=1 -ignore_crashes=1, so one known crash does not end
#                    the run and every distinct crash is collected; 0: stop at the first crash
#   FUZZ_CONFIG      debug (default) or release: which build of the target to run
#   FUZZ_SCRATCH     build folder (default .build-fuzz; the working corpus and the crash
#                    artifacts go to $FUZZ_SCRATCH/corpus and $FUZZ_SCRATCH/artifacts)
#   FUZZ_ARGS        more libFuzzer flags (e.g. -seed=1 -print_final_stats=1)
# Exit status: 0 when no crash was found, 1 when one was (inputs kept in the artifacts folder).
set -uo pipefail
cd "$(dirname "$0")/.."
SECONDS_TOTAL=${FUZZ_SECONDS:-600}
MAX_LEN=${FUZZ_MAX_LEN:-4096}
KEEP_GOING=${FUZZ_KEEP_GOING:-1}
SCRATCH=${FUZZ_SCRATCH:-.build-fuzz}
CONFIG=${FUZZ_CONFIG:-debug}
FUZZER=$(swift build --package-path Fuzz -c "$CONFIG" --scratch-path "$SCRATCH" --show-bin-path)/confetti-fuzz
[ -x "$FUZZER" ] || { echo "fuzz: $FUZZER is missing; run make fuzz-build" >&2; exit 2; }

# The committed seeds stay small: libFuzzer grows a working copy of them.
mkdir -p "$SCRATCH/corpus" "$SCRATCH/artifacts"
cp -n Fuzz/corpus/* "$SCRATCH/corpus/" 2>/dev/null || true
started=$(date +%s)
mode=()
[ "$KEEP_GOING" = 1 ] && mode=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
log="$SCRATCH/fuzz-$(date -u +%Y%m%d-%H%M%S).log"
echo "fuzz: $FUZZER ${mode[*]} -max_total_time=$SECONDS_TOTAL -max_len=$MAX_LEN (log: $log)" >&2
# The Swift runtime's own crash backtracer would race ASan for the stack; libFuzzer reports instead.
SWIFT_BACKTRACE=enable=no "$FUZZER" "${mode[@]}" -max_total_time="$SECONDS_TOTAL" -max_len="$MAX_LEN" \
  -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$SCRATCH/artifacts/" \
  ${FUZZ_ARGS:-} "$SCRATCH/corpus" 2>&1 | tee "$log" | grep --line-buffered -E '^#[0-9]+|^INFO: fuzzed|^stat::|deadly|Fatal error|invariant' >&2
echo "fuzz: ran $(($(date +%s) - started)) s; working corpus: $(ls "$SCRATCH/corpus" | wc -l) inputs" >&2
grep -E '^#[0-9]+' "$log" | tail -1 >&2

new=$(find "$SCRATCH/artifacts" -type f -newermt "@$started" \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | sort)
if [ -z "$new" ]; then
  echo "fuzz: no crash in this run" >&2
  exit 0
fi
echo "fuzz: $(echo "$new" | wc -l) crash input(s) in $SCRATCH/artifacts; distinct causes:" >&2
# shellcheck disable=SC2086
FUZZER=$FUZZER bash Fuzz/triage.sh $new | sed -E 's/^[^:]*: //' | sort | uniq -c | sort -rn >&2
echo "fuzz: minimise one with: SWIFT_BACKTRACE=enable=no $FUZZER -minimize_crash=1 -runs=20000 -exact_artifact_path=min.bin CRASH" >&2
exit 1
