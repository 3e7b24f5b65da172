#!/usr/bin/env bash
# Sets up every tool (scripts/setup.sh), then runs every check and test: formatting, clippy
# for both targets, native tests, browser unit tests (Chromium and Firefox), the release build
# with its size budget, the end-to-end tests in Chromium, and the core journeys in WebKit and
# Firefox (tests/webdriver/). Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

# Each step says when it starts, in seconds since the command began (setup included), so a
# slow step shows in any run's log.
step() { printf '\n\033[1m== %s\033[0m (at %d s)\n' "$*" "$SECONDS"; }

step "cargo fmt --check"
cargo fmt --check
step "clippy, native (with the ssr feature: the app's views as the build renders them, examples/prerender.rs)"
cargo clippy --all-targets --locked --features ssr -- -D warnings
step "clippy, wasm32"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
step "clippy, the participant's two builds (only the kind each edits typed; Cargo.toml features)"
for kind in assessments checklists; do
  cargo clippy --locked --no-default-features --features "$kind" --lib --test participant_kinds -- -D warnings
  cargo clippy --locked --no-default-features --features "$kind" --target wasm32-unknown-unknown --lib --bins -- -D warnings
done
step "native tests (domain logic, content, property tests)"
cargo test --locked
step "native tests of the participant's two builds (kinds kept as JSON come back unchanged)"
for kind in assessments checklists; do
  cargo test --locked --no-default-features --features "$kind" --test participant_kinds
done
# The browser unit tests are the test files with a #[wasm_bindgen_test] (and the library's
# own, if it ever has one): compiling and linking every other test file to wasm found nothing
# to run (34 binaries), and clippy for wasm32 already checks that they compile.
browser_tests=""
for file in $(grep -l 'wasm_bindgen_test' tests/*.rs); do browser_tests="$browser_tests --test $(basename "$file" .rs)"; done
if grep -rq 'wasm_bindgen_test' src; then browser_tests="$browser_tests --lib"; fi
[ -n "$browser_tests" ] || { echo "test.sh: no browser unit tests found" >&2; exit 1; }
step "browser unit tests (wasm-bindgen-test in headless Chromium:$browser_tests)"
# shellcheck disable=SC2086
cargo test --locked --target wasm32-unknown-unknown $browser_tests
step "browser unit tests in Firefox (wasm-bindgen-test, geckodriver:$browser_tests)"
# shellcheck disable=SC2086
env -u CHROMEDRIVER GECKODRIVER="$(command -v geckodriver)" cargo test --locked --target wasm32-unknown-unknown $browser_tests
step "release build"
scripts/build.sh
step "size budgets (gzip -9): first visit 150 KB; /zelftest, /checklists: wasm + glue 235 KB, before answerable 25 KB; other tool routes 400 KB"
node scripts/bench-size.mjs dist --budget-kb 150 --routes
step "end-to-end tests (Playwright, Debian's Chromium, tablet 820x1180 with touch)"
npx playwright test
step "core journeys in WebKit and Firefox (WebDriver: WebKitWebDriver, geckodriver; 820x1180)"
node tests/webdriver/run.mjs
printf '\n\033[1m== every check and test passed\033[0m in %d s (%d min)\n' "$SECONDS" "$((SECONDS / 60))"
