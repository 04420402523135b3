#!/usr/bin/env bash
# `make bench-check`: the instructions the release binary spends on the 2,000-line corpus
# (valgrind --tool=callgrind, repeatable whatever else the machine does), against the count
# committed in Benchmarks/callgrind-baseline.txt. Fails (exit 1) above +10 %. Not part of
# `make test`: it needs a release build (minutes) and valgrind (installed when missing).
#   bash Benchmarks/bench-check.sh            build, count, compare
#   CONFETTI=path/to/confetti bash Benchmarks/bench-check.sh   count a binary built elsewhere
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
RELEASE_FLAGS=${RELEASE_FLAGS:--c release --static-swift-stdlib}
SCRATCH=${BENCH_SCRATCH:-$PWD/.build-bench}
BASELINE=Benchmarks/callgrind-baseline.txt
LIMIT_PERCENT=10
export CONFETTI_TODAY=2026-11-23 NO_COLOR=1
command -v valgrind >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >&2
if [ -z "${CONFETTI:-}" ]; then
  # shellcheck disable=SC2086
  $SWIFT build $RELEASE_FLAGS --product confetti --scratch-path "$SCRATCH/confetti" >&2
  # shellcheck disable=SC2086
  CONFETTI="$($SWIFT build $RELEASE_FLAGS --scratch-path "$SCRATCH/confetti" --show-bin-path)/confetti"
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 Benchmarks/gen_corpus.py 2000 --no-huge >"$out/corpus.txt"
valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out" "$CONFETTI" --json \
  <"$out/corpus.txt" >"$out/answers.jsonl" 2>"$out/valgrind.log"
answers=$(wc -l <"$out/answers.jsonl")
[ "$answers" = 2000 ] || { echo "bench-check: $answers answers to 2000 lines" >&2; exit 1; }
count=$(grep -E 'Collected' "$out/valgrind.log" | awk '{print $NF}')
echo "bench-check: $count instructions on the 2,000-line corpus"
[ -f "$BASELINE" ] || { echo "bench-check: no $BASELINE to compare with" >&2; exit 2; }
base=$(awk '/^instructions:/ {print $2}' "$BASELINE")
python3 - "$count" "$base" "$LIMIT_PERCENT" <<'PY'
import sys
count, base, limit = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
ratio = count / base
print(f"bench-check: {count:,} instructions on the 2,000-line corpus; baseline {base:,}; "
      f"ratio {ratio:.3f} (limit {1 + limit / 100:.2f})")
if ratio > 1 + limit / 100:
    print(f"bench-check: FAILED: {100 * (ratio - 1):.1f} % over the baseline", file=sys.stderr)
    sys.exit(1)
PY
