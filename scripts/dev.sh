#!/usr/bin/env bash
# Sets up every tool (scripts/setup.sh) and serves the app at http://127.0.0.1:8080 with
# live reload.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
exec trunk serve --offline --address 127.0.0.1 --port 8080
