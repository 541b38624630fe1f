#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing, saying what it does.
# Safe to run again: each step checks first. Used by `make serve` and `make test`.
#   - the wasm32 target (rust-toolchain.toml names it; rustup adds it)
#   - Trunk 0.21.14 and wasm-bindgen-cli at the exact version in Cargo.lock (cargo install)
#   - Node packages from end2end/package-lock.json (playwright-core, puppeteer-core,
#     selenium-webdriver, binaryen's wasm-opt, world-atlas)
#   - Debian's chromium and fonts-noto-cjk, for the browser tests only (`setup.sh --browser`),
#     and firefox-esr, webkit2gtk-driver (WebKitWebDriver, MiniBrowser) and xvfb for the
#     cross-engine suite (end2end/cross/)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
# Debian packages need root: use sudo when not root and it is there.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

if ! command -v cargo >/dev/null; then
  say "cargo is missing: install Rust with rustup (https://rustup.rs) and run this again."
  exit 1
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing Trunk $TRUNK_VERSION (cargo install; about 8 minutes on 2 cores)"
  cargo install "trunk@$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION to match Cargo.lock (about 3 minutes)"
  cargo install "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

if ! command -v npm >/dev/null; then
  say "installing Node.js and npm from Debian"
  apt_install nodejs npm
fi

if [ ! -x end2end/node_modules/.bin/wasm-opt ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
  say "installing Node packages from end2end/package-lock.json (npm ci)"
  npm ci --prefix end2end --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--browser" ]; then
  if [ ! -x /usr/bin/chromium ]; then
    say "installing Debian's chromium for the browser tests"
    apt_install chromium
  fi
  # The cross-engine suite (end2end/cross/): Firefox ESR over WebDriver BiDi, and WebKitGTK's
  # MiniBrowser through WebKitWebDriver, which needs an X display (Xvfb; it has no headless mode).
  missing=()
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v Xvfb >/dev/null || missing+=(xvfb)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} for the Firefox and WebKit browser tests"
    apt_install "${missing[@]}"
  fi
  # Japanese text in the screenshots (visitors' own systems have their fonts).
  # (grep without -q reads all of fc-list: with -q it stops early, fc-list gets SIGPIPE and,
  # under pipefail, the check failed every time and reinstalled.)
  if ! fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null; then
    say "installing fonts-noto-cjk so screenshots show Japanese"
    apt_install fonts-noto-cjk
  fi
fi
