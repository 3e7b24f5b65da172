#!/usr/bin/env bash
# Sets up every tool (scripts/setup.sh) and serves a debug build of the full app at
# http://127.0.0.1:8080 (or the port given as the first argument) with live reload. It builds
# into dist-dev/, never into dist/ (the release build that the end-to-end tests and hosts use),
# and without the Content-Security-Policy, which would block Trunk's live-reload script.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
exec trunk serve --offline --dist dist-dev --address 127.0.0.1 --port "${1:-8080}"
