#!/usr/bin/env bash
# Confetti's benchmarks: `make bench` (or `bash Benchmarks/run.sh`). Not part of `make test`.
#
#   1. start-up    one piped question to `confetti --json`: median wall time (hyperfine) and
#                  median peak RSS (/usr/bin/time), against a Swift print("hello") built with
#                  the same toolchain and flags. Targets: <= 2x wall, <= 1.5x RSS.
#   2. throughput  a 100,000-line generated corpus piped to `confetti --json` on one core
#                  (taskset -c 0): questions/s, against `cat` and a Swift line echo
#                  (hello-lines: read a line, write a JSON object) on the same input. Target >= 50,000/s.
#   3. memory      peak RSS after 10k, 100k and 1M piped lines; ratio 1M/10k (target ~1).
#   4. server      `confetti serve` on loopback under a bounded load client (line-load, in
#                  Hello/): one question at a time on an idle server (p50/p99 latency, target
#                  p99 < 1 ms), then 64 pipelined connections (answers/s, target >= 25,000; p50/p99),
#                  against pipe mode on the same corpus in the same run (questions/s on one core).
#   5. in-process  `swift package --package-path Benchmarks benchmark` (ordo-one/benchmark):
#                  p50/p99 per question and mallocs per question for IntentMatcher.match,
#                  Conversation.respond, JSONRenderer.render and Session.answer, against a
#                  lower-case+split baseline.
#
# Environment (all optional):
#   RELEASE_FLAGS   swift build flags for confetti AND the baselines (default: the Makefile's
#                   "-c release --static-swift-stdlib")
#   BENCH_SCRATCH   build and results folder (default .build-bench; git-ignored)
#   BENCH_RUNS      hyperfine/time runs for start-up (default 30)
#   BENCH_LINES     throughput corpus size (default 100000)
#   BENCH_MEMORY    line counts for the memory test (default "10000 100000 1000000")
#   BENCH_ONLY      a subset of "startup throughput memory inprocess server" (default: all)
#   BENCH_SERVER    "CONNECTIONS WINDOW COUNT SECONDS" for the load (default "64 8 200000 30")
# Figures go to stdout and $BENCH_SCRATCH/results/summary.txt. Exit status 0 even when a
# target is missed (they are reported as MISSED); non-zero when a build fails or confetti crashes.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SWIFT=${SWIFT:-swift}
RELEASE_FLAGS=${RELEASE_FLAGS:--c release --static-swift-stdlib}
SCRATCH=${BENCH_SCRATCH:-$ROOT/.build-bench}
RUNS=${BENCH_RUNS:-30}
LINES=${BENCH_LINES:-100000}
MEMORY=${BENCH_MEMORY:-10000 100000 1000000}
ONLY=${BENCH_ONLY:-startup throughput memory inprocess server}
SERVER_LOAD=${BENCH_SERVER:-64 8 200000 30}
OUT=$SCRATCH/results
REPORT="python3 $ROOT/Benchmarks/report.py"
export CONFETTI_TODAY=2026-11-23 NO_COLOR=1 LC_ALL=C
mkdir -p "$OUT"
: >"$OUT/summary.txt"
status=0

say() { printf '%s\n' "$*" | tee -a "$OUT/summary.txt"; }
want() { case " $ONLY " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
verdict() { awk -v v="$1" -v lim="$2" -v dir="$3" 'BEGIN {
  ok = (dir == "le") ? (v <= lim) : (v >= lim); print ok ? "met" : "MISSED" }'; }

# Tools, from Debian when missing (hyperfine for wall time, GNU time for peak RSS).
missing=""
command -v hyperfine >/dev/null 2>&1 || missing="$missing hyperfine"
[ -x /usr/bin/time ] || missing="$missing time"
command -v taskset >/dev/null 2>&1 || missing="$missing util-linux"
if [ -n "$missing" ]; then
  echo "bench: installing$missing" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  # shellcheck disable=SC2086
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2
fi

# Builds: confetti and the baselines, same toolchain, same flags.
sh scripts/install-deps.sh
echo "bench: building confetti and baselines with: $RELEASE_FLAGS" >&2
# shellcheck disable=SC2086
$SWIFT build $RELEASE_FLAGS --product confetti --scratch-path "$SCRATCH/confetti" >&2
# shellcheck disable=SC2086
$SWIFT build $RELEASE_FLAGS --product confetti-server --scratch-path "$SCRATCH/confetti" >&2
# shellcheck disable=SC2086
$SWIFT build --package-path Benchmarks/Hello $RELEASE_FLAGS --scratch-path "$SCRATCH/hello" >&2
# shellcheck disable=SC2086
CONFETTI="$($SWIFT build $RELEASE_FLAGS --scratch-path "$SCRATCH/confetti" --show-bin-path)/confetti"
# shellcheck disable=SC2086
HELLO_BIN="$($SWIFT build --package-path Benchmarks/Hello $RELEASE_FLAGS --scratch-path "$SCRATCH/hello" --show-bin-path)"
HELLO=$HELLO_BIN/hello
HELLO_LINES=$HELLO_BIN/hello-lines
LINE_LOAD=$HELLO_BIN/line-load

say "Confetti benchmarks — $(date -u '+%Y-%m-%d %H:%M UTC')"
say "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
say "toolchain: $($SWIFT --version 2>&1 | head -1)"
say "flags (confetti and baselines): $RELEASE_FLAGS"
say "binaries: confetti $(stat -c %s "$CONFETTI") bytes, hello $(stat -c %s "$HELLO") bytes"
# Run everything below in a scratch folder: an answer to a line the matcher reads as
# "export the plan" writes a Markdown file into the working directory.
mkdir -p "$OUT/cwd"
cd "$OUT/cwd"
say ""

# Peak RSS in KiB of one run of "$@" with stdin from $INPUT: median of $2 runs.
rss_median() {
  local input=$1 n=$2
  shift 2
  local values=()
  for _ in $(seq "$n"); do
    values+=("$(/usr/bin/time -f %M "$@" <"$input" 2>&1 >/dev/null | tail -1)")
  done
  $REPORT median "${values[@]}"
}

# Answers and crashes: confetti must print exactly one line per input line.
check_answers() {
  local corpus=$1 expected answered rc
  expected=$(wc -l <"$corpus")
  set +e
  answered=$("$CONFETTI" --json <"$corpus" 2>"$OUT/stderr.txt" | wc -l)
  rc=${PIPESTATUS[0]}
  set -e
  if [ "$rc" -ne 0 ] || [ "$answered" -ne "$expected" ]; then
    say "FAIL: confetti --json exited $rc after $answered of $expected lines of $(basename "$corpus");"
    say "      the next line was: $(sed -n "$((answered + 1))p" "$corpus")"
    return 1
  fi
}

# Peak RSS (KiB) of one whole run on a corpus, checking its answers on the way.
measured_rss() {
  local corpus=$1 expected answered rc
  expected=$(wc -l <"$corpus")
  set +e
  answered=$(/usr/bin/time -f %M -o "$OUT/rss.txt" "$CONFETTI" --json <"$corpus" 2>"$OUT/stderr.txt" | wc -l)
  rc=${PIPESTATUS[0]}
  set -e
  if [ "$rc" -ne 0 ] || [ "$answered" -ne "$expected" ]; then
    say "FAIL: confetti --json exited $rc after $answered of $expected lines of $(basename "$corpus");" >&2
    say "      the next line was: $(sed -n "$((answered + 1))p" "$corpus")" >&2
    return 1
  fi
  tail -1 "$OUT/rss.txt"
}

# Corpora (deterministic): the full mix, and when that crashes confetti the same mix
# without 7+-digit numbers, so the speed is still measured (the crash is reported above it).
corpus() {
  local n=$1 extra=${2:-}
  local f="$OUT/corpus-$n${extra:+-tame}.txt"
  [ -s "$f" ] || python3 "$ROOT/Benchmarks/gen_corpus.py" "$n" $extra >"$f"
  echo "$f"
}

if want startup; then
  Q=$OUT/question.txt
  printf 'ideas for 12 people under $300\n' >"$Q"
  # Alternating rounds, so a change in the machine's load hits both commands alike.
  rounds=3
  per=$(((RUNS + rounds - 1) / rounds))
  rm -f "$OUT"/startup-*.json
  for r in $(seq $rounds); do
    hyperfine --style none --warmup 3 --runs "$per" --export-json "$OUT/startup-confetti-$r.json" \
      "$CONFETTI --json < $Q" >/dev/null 2>&1
    hyperfine --style none --warmup 3 --runs "$per" --export-json "$OUT/startup-hello-$r.json" \
      "$HELLO < $Q" >/dev/null 2>&1
  done
  read -r c_med c_cpu _ c_n < <($REPORT hyperfine "$OUT"/startup-confetti-*.json)
  read -r h_med h_cpu _ _ < <($REPORT hyperfine "$OUT"/startup-hello-*.json)
  c_rss=$(rss_median "$Q" "$RUNS" "$CONFETTI" --json)
  h_rss=$(rss_median "$Q" "$RUNS" "$HELLO")
  wall_ratio=$($REPORT ratio "$c_med" "$h_med")
  cpu_ratio=$($REPORT ratio "$c_cpu" "$h_cpu")
  rss_ratio=$($REPORT ratio "$c_rss" "$h_rss")
  say "== start-up: echo 'ideas for 12 people under \$300' | confetti --json   ($c_n runs each, median)"
  say "$(awk -v c="$c_med" -v h="$h_med" -v r="$wall_ratio" -v v="$(verdict "$wall_ratio" 2 le)" \
    'BEGIN { printf "  wall: confetti %.2f ms, hello %.2f ms, ratio %sx (target <= 2x: %s)", c * 1000, h * 1000, r, v }')"
  say "$(awk -v c="$c_cpu" -v h="$h_cpu" -v r="$cpu_ratio" \
    'BEGIN { printf "  CPU (user+sys): confetti %.2f ms, hello %.2f ms, ratio %sx", c * 1000, h * 1000, r }')"
  say "$(awk -v c="$c_rss" -v h="$h_rss" -v r="$rss_ratio" -v v="$(verdict "$rss_ratio" 1.5 le)" \
    'BEGIN { printf "  peak RSS: confetti %.1f MiB, hello %.1f MiB, ratio %sx (target <= 1.5x: %s)", c / 1024, h / 1024, r, v }')"
  say ""
fi

if want throughput; then
  C=$(corpus "$LINES")
  label="$LINES lines"
  if ! check_answers "$C"; then
    status=1
    C=$(corpus "$LINES" --no-huge)
    label="$LINES lines, --no-huge corpus (the full one crashes)"
    check_answers "$C" || true
  fi
  runs=3
  hyperfine --style none --warmup 0 --runs $runs --export-json "$OUT/tp-confetti.json" \
    "taskset -c 0 $CONFETTI --json < $C > /dev/null" >/dev/null
  hyperfine --style none --warmup 1 --runs $runs --export-json "$OUT/tp-hello-lines.json" \
    "taskset -c 0 $HELLO_LINES < $C > /dev/null" >/dev/null
  hyperfine --style none --warmup 1 --runs 10 --export-json "$OUT/tp-cat.json" \
    "taskset -c 0 cat < $C > /dev/null" >/dev/null
  read -r t_c t_c_cpu _ _ < <($REPORT hyperfine "$OUT/tp-confetti.json")
  read -r t_h _ _ _ < <($REPORT hyperfine "$OUT/tp-hello-lines.json")
  read -r t_cat _ _ _ < <($REPORT hyperfine "$OUT/tp-cat.json")
  qps() { awk -v n="$LINES" -v t="$1" 'BEGIN { printf "%.0f", n / t }'; }
  q_c=$(qps "$t_c")
  say "== throughput: corpus piped to taskset -c 0 confetti --json ($label, median of $runs)"
  say "  confetti: $(printf '%.3f' "$t_c") s = $q_c questions/s (target >= 50,000/s: $(verdict "$q_c" 50000 ge))"
  say "  hello-lines (read line, write JSON object): $(printf '%.3f' "$t_h") s = $(qps "$t_h") lines/s; confetti is $($REPORT ratio "$t_c" "$t_h")x its time"
  say "  cat: $(printf '%.4f' "$t_cat") s = $(qps "$t_cat") lines/s; confetti is $($REPORT ratio "$t_c" "$t_cat")x its time"
  say ""
fi

if want memory; then
  say "== memory: peak RSS of confetti --json after N piped lines"
  first=""
  last=""
  for n in $MEMORY; do
    C=$(corpus "$n")
    note=""
    if ! kib=$(measured_rss "$C"); then
      status=1
      C=$(corpus "$n" --no-huge)
      note=" (--no-huge corpus: the full one crashes)"
      kib=$(measured_rss "$C") || true
    fi
    say "$(awk -v n="$n" -v k="$kib" -v note="$note" 'BEGIN { printf "  %8d lines: %.1f MiB%s", n, k / 1024, note }')"
    [ -n "$first" ] || first=$kib
    last=$kib
  done
  ratio=$($REPORT ratio "$last" "$first")
  say "  ratio last/first: ${ratio}x (target ~1: $(verdict "$ratio" 1.1 le))"
  say ""
fi

if want server; then
  C=$(corpus "$LINES" --no-huge)
  # Baseline in the same run: pipe mode on the same corpus, one core.
  hyperfine --style none --warmup 0 --runs 3 --export-json "$OUT/sv-pipe.json" \
    "taskset -c 0 $CONFETTI --json < $C > /dev/null" >/dev/null
  read -r t_p _ _ _ < <($REPORT hyperfine "$OUT/sv-pipe.json")
  q_p=$(awk -v n="$LINES" -v t="$t_p" 'BEGIN { printf "%.0f", n / t }')
  "$CONFETTI" serve --port 0 2>"$OUT/serve.log" &
  server=$!
  port=""
  for _ in $(seq 100); do
    port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$OUT/serve.log")
    [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || { say "FAIL: confetti serve did not start: $(head -3 "$OUT/serve.log")"; exit 1; }
  # shellcheck disable=SC2086
  set -- $SERVER_LOAD
  "$LINE_LOAD" "$port" "$C" 1 1 200 10 >/dev/null # warm-up
  read -r _ n1 _ _ _ _ _ p50_1 _ p99_1 _ _ _ _ < <("$LINE_LOAD" "$port" "$C" 1 1 5000 20)
  read -r _ nl _ sl _ qs _ p50_l _ p99_l _ _ _ early < <("$LINE_LOAD" "$port" "$C" "$1" "$2" "$3" "$4")
  kill -TERM "$server"
  set +e
  wait "$server"
  rc=$?
  set -e
  say "== server: confetti serve on loopback, line-load client ($(nproc) cores shared by server and client)"
  say "$(awk -v n="$n1" -v a="$p50_1" -v b="$p99_1" -v v="$(verdict "$p99_1" 1 le)" \
    'BEGIN { printf "  idle, one question at a time: %d answers, p50 %.3f ms, p99 %.3f ms (target p99 < 1 ms: %s)", n, a, b, v }')"
  say "$(awk -v c="$1" -v w="$2" -v n="$nl" -v s="$sl" -v q="$qs" -v a="$p50_l" -v b="$p99_l" -v v="$(verdict "$qs" 25000 ge)" \
    'BEGIN { printf "  %d connections x %d in flight: %d answers in %.2f s = %.0f answers/s (target >= 25,000/s: %s), p50 %.2f ms, p99 %.2f ms", c, w, n, s, q, v, a, b }')"
  say "  pipe mode, same corpus, one core: $q_p questions/s; server/pipe ratio $($REPORT ratio "$qs" "$q_p")x"
  say "  connections ended early: $early; server exit status after SIGTERM: $rc"
  say ""
fi

if want inprocess; then
  say "== in-process (ordo-one/benchmark): swift package --package-path Benchmarks benchmark"
  # The plugin builds Benchmarks/ in release into Benchmarks/.build (git-ignored).
  $SWIFT package --package-path "$ROOT/Benchmarks" benchmark --no-progress 2>&1 | tee "$OUT/inprocess.txt" >&2
  $REPORT ordo "$OUT/inprocess.txt" "Baseline lowercase+split" | sed 's/^/  /' | tee -a "$OUT/summary.txt"
  say ""
fi

echo "bench: figures in $OUT/summary.txt" >&2
exit $status
