# Benchmarks (included from the top-level Makefile; not part of `make test`).
#   make bench                              everything: start-up, throughput, memory, in-process
#   make bench BENCH_ONLY="startup memory"  a subset (see Benchmarks/run.sh for all variables)
.PHONY: bench
bench: deps
	RELEASE_FLAGS="$(RELEASE_FLAGS)" SWIFT="$(SWIFT)" bash Benchmarks/run.sh
