#!/usr/bin/env bash
# Installs every tool this project needs, pinned and idempotent: skips what is already there.
# Used by scripts/dev.sh and scripts/test.sh; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
GECKODRIVER_VERSION=0.37.1
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s (at %d s)\n' "$*" "$SECONDS"; }
fail() { printf 'setup: could not get %s\n' "$*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

# The three tools Cargo compiles, when missing, each in a temporary directory of its own: a
# CARGO_TARGET_DIR the caller set would make them wait for each other's lock (this script
# runs as its own process, so the caller keeps its own). Trunk, the
# longest, starts first and compiles in the background (its log: target/setup-trunk.log)
# while Debian's packages download and the other two compile, so both cores have work; and
# without its release profile's fat LTO and single codegen unit, whose last step alone kept
# one core busy for minutes (Trunk starts the builds and serves files: its own speed does not
# show in the test command's time).
unset CARGO_TARGET_DIR
trunk_pid=""
trunk_log="target/setup-trunk.log"
trap '[ -z "$trunk_pid" ] || kill "$trunk_pid" 2>/dev/null || true' EXIT
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION in the background (log: $trunk_log)"
  mkdir -p target
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version "$TRUNK_VERSION" --locked >"$trunk_log" 2>&1 &
  trunk_pid=$!
fi

# Debian packages: Chromium and its driver for browser and end-to-end tests.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver (Debian)"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q || fail "the Debian package lists"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver || fail "chromium / chromium-driver"
fi

# Debian packages for the other engines (docs/engines.md): WebKit (Safari's engine) through
# WebKitGTK's WebKitWebDriver and MiniBrowser under a virtual X server, and Firefox ESR.
missing=""
command -v WebKitWebDriver >/dev/null || missing="$missing webkit2gtk-driver"
command -v xvfb-run >/dev/null || missing="$missing xvfb"
command -v xauth >/dev/null || missing="$missing xauth" # xvfb-run needs it; only recommended by xvfb
command -v firefox-esr >/dev/null || missing="$missing firefox-esr"
if [ -n "$missing" ]; then
  say "installing$missing (Debian)"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q || fail "the Debian package lists"
  # shellcheck disable=SC2086
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing || fail "$missing"
fi
[ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ] || fail "WebKitGTK's MiniBrowser (package libwebkit2gtk-4.1-0, amd64)"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown || fail "the wasm32 target"
fi
for comp in rustfmt clippy; do
  rustup component list --installed | grep -q "^$comp" || rustup component add "$comp" || fail "$comp"
done

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # no --locked: its lock file pins a yanked crate
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force || fail "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
fi

# geckodriver drives Firefox for the WebDriver journeys and wasm-bindgen-test.
if ! geckodriver --version 2>/dev/null | grep -q "^geckodriver $GECKODRIVER_VERSION"; then
  say "installing geckodriver $GECKODRIVER_VERSION"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked || fail "geckodriver $GECKODRIVER_VERSION"
fi
if [ -n "$trunk_pid" ]; then
  say "waiting for trunk $TRUNK_VERSION"
  if ! wait "$trunk_pid"; then
    tail -n 40 "$trunk_log" >&2
    fail "trunk $TRUNK_VERSION (the whole log: $trunk_log)"
  fi
  trunk_pid=""
  trunk --version | grep -q "$TRUNK_VERSION" || fail "trunk $TRUNK_VERSION"
fi

# npm: wasm-opt (binaryen 132), Playwright (driving Debian's Chromium), axe-core,
# selenium-webdriver (the WebDriver client for WebKit and Firefox), esbuild (scripts/minify.mjs;
# its binary is the optional package @esbuild/linux-x64, and it runs without its install script).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/selenium-webdriver ] || [ ! -x node_modules/.bin/esbuild ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (binaryen, playwright-core, axe-core, selenium-webdriver, esbuild)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund || fail "the npm packages"
fi

cargo fetch -q || fail "the Rust crates"
say "all tools present"
