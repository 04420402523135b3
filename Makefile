# Confetti — the two commands a new machine needs:
#   make run    build and start the assistant
#   make test   run every test (unit, end-to-end, pseudo-terminal, real browser) and the format lint
# Both install the system packages they need (libedit-dev, pkg-config) when missing; make test also
# chromium, chromium-driver and a venv with selenium and icalendar (scripts/install-test-deps.sh).

SWIFT ?= swift
CONFIG ?= debug
BUILD_FLAGS ?=
RELEASE_FLAGS ?= -c release --static-swift-stdlib

.PHONY: run test test-deps build release release-server deps generate check-generated lint format clean install bench fuzz readme-figures

deps:
	@sh scripts/install-deps.sh

build: deps
	$(SWIFT) build $(BUILD_FLAGS)

release: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product confetti

# The server program that `confetti serve` runs (SwiftNIO), kept out of the plain command line.
release-server: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product confetti-server

run: release
	@$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/confetti $(ARGS)

# Beyond the build, the tests need chromium, chromium-driver and a venv (.venv-test) with selenium and
# icalendar: the browser test and the independent calendar checks (scripts/install-test-deps.sh).
test-deps:
	@sh scripts/install-test-deps.sh

test: deps test-deps
	$(SWIFT) build $(BUILD_FLAGS) --build-tests
	$(SWIFT) test $(BUILD_FLAGS) --skip-build
	$(MAKE) --no-print-directory lint

# Rebuild the generated catalogue, lexicon and intent model from Catalogue/ and Intents/.
generate: deps
	$(SWIFT) build $(BUILD_FLAGS) --product confetti-generate
	$$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)/confetti-generate

check-generated: deps
	$(SWIFT) build $(BUILD_FLAGS) --product confetti-generate
	$$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)/confetti-generate --check

# The README's measured figures, written from `confetti eval --json` on each test and dev set.
readme-figures: build
	python3 scripts/readme-figures.py --confetti "$$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)/confetti"

lint:
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests

format:
	$(SWIFT) format format --in-place --recursive --parallel Package.swift Sources Tests

install: release release-server
	install -m 0755 "$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/confetti" /usr/local/bin/confetti
	install -m 0755 "$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/confetti-server" /usr/local/bin/confetti-server

clean:
	rm -rf .build

-include Benchmarks/bench.mk
-include Fuzz/fuzz.mk
