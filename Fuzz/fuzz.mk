# Fuzzing (included from the top-level Makefile; not part of `make test`).
#   make fuzz                      build, then fuzz for FUZZ_SECONDS (default 600) in one job
#   make fuzz FUZZ_SECONDS=60      a shorter run
#   make fuzz FUZZ_CONFIG=release  -O build (same sanitizers), more executions per second
#   make fuzz-regressions          replay Fuzz/regressions/ (each must now pass)
# See Fuzz/README.md; Fuzz/run.sh lists the other variables.
FUZZ_SECONDS ?= 600
FUZZ_SCRATCH ?= .build-fuzz
# debug (default): every check, slowest; release: the same sanitizers and overflow/bounds
# checks with -O, several times more executions per second.
FUZZ_CONFIG ?= debug
FUZZ_BUILD_FLAGS ?= -c $(FUZZ_CONFIG) -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

.PHONY: fuzz fuzz-build fuzz-regressions

fuzz-build: deps
	$(SWIFT) build --package-path Fuzz $(FUZZ_BUILD_FLAGS) --scratch-path $(FUZZ_SCRATCH)

fuzz: fuzz-build
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_SCRATCH=$(FUZZ_SCRATCH) FUZZ_CONFIG=$(FUZZ_CONFIG) bash Fuzz/run.sh

fuzz-regressions: fuzz-build
	FUZZER=$$($(SWIFT) build --package-path Fuzz -c $(FUZZ_CONFIG) --scratch-path $(FUZZ_SCRATCH) --show-bin-path)/confetti-fuzz \
	  bash Fuzz/triage.sh Fuzz/regressions/* | tee /dev/stderr | (! grep -v ': no crash$$')
