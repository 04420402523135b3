#!/usr/bin/env bash
# Where the instructions go (valgrind --tool=callgrind on the release binary; instruction
# counts are repeatable whatever else the machine is doing):
#   bash Benchmarks/profile.sh            one piped question (start-up) and 2,000 corpus lines
#   PROFILE_LINES=500 bash Benchmarks/profile.sh
# Run `make bench` (or Benchmarks/run.sh) first: it builds the binary profiled here.
# Prints the top inclusive costs in Confetti's own code; full outputs stay in
# $BENCH_SCRATCH/results/callgrind.* for callgrind_annotate.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
RELEASE_FLAGS=${RELEASE_FLAGS:--c release --static-swift-stdlib}
SCRATCH=${BENCH_SCRATCH:-$PWD/.build-bench}
LINES=${PROFILE_LINES:-2000}
OUT=$SCRATCH/results
export CONFETTI_TODAY=2026-11-23 NO_COLOR=1
command -v valgrind >/dev/null 2>&1 || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >&2; }
# shellcheck disable=SC2086
CONFETTI="$($SWIFT build $RELEASE_FLAGS --scratch-path "$SCRATCH/confetti" --show-bin-path)/confetti"
[ -x "$CONFETTI" ] || { echo "profile: build confetti first (make bench)" >&2; exit 2; }
mkdir -p "$OUT"
printf 'ideas for 12 people under $300\n' >"$OUT/question.txt"
python3 Benchmarks/gen_corpus.py "$LINES" --no-huge >"$OUT/profile-corpus.txt"

top() {
  # Inclusive cost per function, Confetti's modules only, demangled, paths shortened.
  callgrind_annotate --inclusive=yes "$1" 2>/dev/null | sed -n '/PROGRAM TOTALS/,/^-- /p' |
    grep -E 'Sources/(ConfettiCore|ConfettiSession|ConfettiCLI)|PROGRAM TOTALS|ArgumentParser|swift_conformsToProtocol' |
    grep -v '<compiler-generated>' | sed -E 's/ \[[^]]*\]$//; s|[^ ]*/Sources/|Sources/|' |
    swift demangle --simplified | cut -c1-180 | head -"${2:-30}" || true
}

for what in question corpus; do
  input=$OUT/question.txt
  [ $what = corpus ] && input=$OUT/profile-corpus.txt
  valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.$what" "$CONFETTI" --json <"$input" >/dev/null 2>"$OUT/callgrind.$what.log"
  total=$(grep -E 'Collected|refs' "$OUT/callgrind.$what.log" | tail -1 | awk '{print $NF}')
  echo "== callgrind, $what ($(wc -l <"$input") line(s)): $total instructions"
  top "$OUT/callgrind.$what" 30
  echo
done
