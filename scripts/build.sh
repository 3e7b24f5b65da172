#!/usr/bin/env bash
# Release build: dist/ for hosting at the root, dist-sub/ for hosting under a sub-path.
# The guidance pages are pre-rendered into their HTML files (scripts/prerender.mjs).
# Usage: scripts/build.sh [public-url-of-the-sub-path-build]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
sub_path="${1:-/samenwerkingswijzer/}"
trunk build --release --offline --dist dist
node scripts/prerender.mjs dist
trunk build --release --offline --dist dist-sub --public-url "$sub_path"
node scripts/prerender.mjs dist-sub --base "$sub_path"
