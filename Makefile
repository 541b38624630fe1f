# The two commands a newcomer needs: `make serve` and `make test`.
# Both install what is missing first (scripts/setup.sh says what it does).

SHELL := /bin/bash
# Trunk finds wasm-opt (npm binaryen) and wasm-bindgen here; it may not download tools.
export PATH := $(CURDIR)/end2end/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test build build-hostile single-file test-native test-e2e bench size setup setup-browser geodata clean

## Build and serve the app at http://127.0.0.1:8080/ (release build, rebuilt on change).
serve: setup
	trunk serve --release

## Every test: native core tests, a release build, then the browser tests in Chromium, Firefox ESR and WebKitGTK.
test: setup-browser test-native build build-hostile test-e2e

setup:
	@scripts/setup.sh

setup-browser:
	@scripts/setup.sh --browser

test-native:
	cargo test --workspace --exclude kurils-map

## The release build: Trunk builds the wasm and the assets, and its post_build hook runs the
## prerender (src/bin/prerender.rs), which writes the page into dist/index.html.
build: setup
	trunk build --release
	node scripts/single-file.mjs dist

## The app with hostile text compiled in (end2end/fixtures/hostile-history), for the test
## that every text from data stays inert. Same loader, same validation, another dist.
build-hostile: setup
	KURILS_HISTORY_DIR=end2end/fixtures/hostile-history trunk build --release --dist target/dist-hostile

## The whole app as one HTML file for use without internet (also made by make build).
single-file: build

## The browser tests: Chromium (end2end/tests/), then Firefox ESR and WebKitGTK (end2end/cross/).
test-e2e:
	npm --prefix end2end test
	npm --prefix end2end run test:cross

## Measure first paint, interactive, load, slider-step cost, drag, memory and transfer against
## a bare page and a static copy (not part of make test: it measures, it does not judge), and
## the price of each part (make size). Writes end2end/artifacts/bench.json and size.json.
bench: setup-browser build size
	node end2end/bench/bench.js

## What each live part costs in the wasm (built without it) and each static part in the HTML.
size: setup build
	node scripts/size.mjs

## Re-extract geo/*.geojson from Natural Earth (see geo/README.md).
geodata: setup
	cargo run -p geodata --release -- end2end/node_modules/world-atlas/land-10m.json geo

clean:
	cargo clean
	rm -rf dist end2end/artifacts
