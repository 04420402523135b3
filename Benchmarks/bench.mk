# Benchmarks (included from the top-level Makefile; not part of `make test`).
#   make bench                              everything: start-up, throughput, memory, in-process
#   make bench BENCH_ONLY="startup memory"  a subset (see Benchmarks/run.sh for all variables)
#   make bench-check                        callgrind count on the 2,000-line corpus vs the committed
#                                           baseline (Benchmarks/callgrind-baseline.txt); fails above +10 %
.PHONY: bench bench-check
bench: deps
	RELEASE_FLAGS="$(RELEASE_FLAGS)" SWIFT="$(SWIFT)" bash Benchmarks/run.sh

bench-check: deps
	RELEASE_FLAGS="$(RELEASE_FLAGS)" SWIFT="$(SWIFT)" bash Benchmarks/bench-check.sh
