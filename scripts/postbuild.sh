#!/usr/bin/env bash
# Trunk post-build hook: every fixed route becomes a file (a copy of the app shell), and
# 404.html covers the routes with ids, so deep links work on a plain static host. Then
# scripts/pwa.mjs adds the Content-Security-Policy and writes the service worker's precache
# list (scripts/prerender.mjs runs it again after pre-rendering the pages).
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk}"
root="${TRUNK_SOURCE_DIR:-.}"

# Content routes from the pages' front matter, plus the app's own fixed routes.
routes=$(grep -h '^path = "' "$root"/content/pages/*.md | sed -E 's/^path = "(.*)"/\1/')
routes="$routes
$(grep -v '^#' "$root/scripts/app-routes.txt")"

for route in $routes; do
  [ "$route" = "/" ] && continue
  mkdir -p "$dir$route"
  cp "$dir/index.html" "$dir$route/index.html"
done
cp "$dir/index.html" "$dir/404.html"

node "$root/scripts/pwa.mjs" "$dir"
