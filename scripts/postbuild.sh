#!/usr/bin/env bash
# Trunk post-build hook: every fixed route becomes a file (a copy of the app shell), and
# 404.html covers the routes with ids, so deep links work on a plain static host. Then
# scripts/pwa.mjs adds the Content-Security-Policy and writes the service worker's precache
# list (scripts/entries.mjs, scripts/minify.mjs and scripts/prerender.mjs run it again after
# changing files).
# The other entries (zelftest.html, …) are only staged here: scripts/entries.mjs puts it
# into the site. A debug build (./scripts/dev.sh) gets no CSP, so Trunk's live-reload script
# runs, and a service worker that caches nothing.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk}"
root="${TRUNK_SOURCE_DIR:-.}"
[ "$(basename "${TRUNK_HTML_FILE:-index.html}")" != "index.html" ] && exit 0

# The content pages' routes (as the Rust build reads them) and the app's own fixed routes
# (routes.json): scripts/routes.mjs. The dev server falls back to index.html for any path, so
# a debug build only writes the app's (and needs no native build of the content).
if [ "${TRUNK_PROFILE:-release}" = "release" ]; then
  routes=$(node "$root/scripts/routes.mjs" files)
else
  routes=$(node "$root/scripts/routes.mjs" app)
fi

for route in $routes; do
  [ "$route" = "/" ] && continue
  mkdir -p "$dir$route"
  cp "$dir/index.html" "$dir$route/index.html"
done
cp "$dir/index.html" "$dir/404.html"

if [ "${TRUNK_PROFILE:-release}" = "release" ]; then
  node "$root/scripts/pwa.mjs" "$dir"
else
  node "$root/scripts/pwa.mjs" "$dir" --dev
fi
