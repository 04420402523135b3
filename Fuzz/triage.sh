#!/usr/bin/env bash
# Replays crash files through the fuzz target and prints, for each, the error
# and the first stack frames in Confetti's code (one line per crash):
#   bash Fuzz/triage.sh [FUZZER] crash-* Fuzz/regressions/*
set -uo pipefail
cd "$(dirname "$0")/.."
FUZZER=${FUZZER:-.build-fuzz/debug/confetti-fuzz}
if [ $# -gt 0 ] && [ -f "$1" ] && [ -x "$1" ]; then FUZZER=$1; shift; fi
[ -x "$FUZZER" ] || { echo "triage: no fuzzer at $FUZZER (build it with make fuzz-build)" >&2; exit 2; }
for f in "$@"; do
  out=$(SWIFT_BACKTRACE=enable=no "$FUZZER" -runs=1 "$f" 2>&1)
  if ! grep -q "ERROR: libFuzzer\|ERROR: AddressSanitizer" <<<"$out"; then
    echo "$f: no crash"
    continue
  fi
  why=$(grep -m1 -E "Fatal error|ERROR: AddressSanitizer|confetti-fuzz invariant" <<<"$out" | cut -c1-200)
  [ -n "$why" ] || why=$(grep -m1 -E "ERROR: libFuzzer: [a-z -]+" -o <<<"$out" | sed "s/ERROR: libFuzzer: //; s/deadly signal/trap (no message in -O builds)/")
  where=$(grep -E "^\s+#[0-9]+ " <<<"$out" | grep -E "/Sources/(ConfettiCore|ConfettiSession|ConfettiCLI)/" | head -2 |
    sed -E 's/^\s+#[0-9]+ 0x[0-9a-f]+ in //' | swift demangle --simplified | sed -E 's|/.*/Sources/|Sources/|' |
    paste -sd '<' | sed 's/</ <- /')
  echo "$f: $why @ $where"
done
