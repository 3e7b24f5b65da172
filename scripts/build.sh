#!/usr/bin/env bash
# Release build: dist/ for hosting at the root, dist-sub/ for hosting under a sub-path.
# Each entry point is compiled once, for dist/; dist-sub/ is derived from the finished dist/
# by scripts/subpath.mjs (the public URL only enters the HTML files: docs/size.md).
# Five entry points over the one library crate (docs/size.md): the main app (index.html),
# the participant's two tools, each alone (zelftest.html, checklists.html), the evaluations
# (evaluations.html) and the facilitator's data tools (facilitator.html: groep, gegevens),
# the last four written from index.html below; which they are, and the Cargo feature each is
# built with, is routes.json's (its bundles, read through scripts/routes.mjs). Each is a Trunk
# build; scripts/entries.mjs combines them, and scripts/minify.mjs minifies Trunk's JS glue
# and stylesheet (and rewrites their integrity hashes). The guidance pages and the static
# part of the tool pages are pre-rendered into their HTML files (scripts/prerender.mjs).
# Usage: scripts/build.sh [public-url-of-the-sub-path-site]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
sub_path="${1:-/samenwerkingswijzer/}"
# The entries besides the main app (routes.json's bundles), one `name [feature]` a line.
entry_lines="$(node scripts/routes.mjs entries)"
entries="$(printf '%s\n' "$entry_lines" | cut -d' ' -f1)"

# The participant's two entries are built without the default feature `all-kinds`, each with
# only the kind it edits typed (routes.json's `feature` of its bundle, Cargo.toml): they keep
# the other kinds as JSON and carry none of their code (src/model/raw.rs).
typed_kind() {
  printf '%s\n' "$entry_lines" | awk -v name="$1" '$1 == name { print $2 }'
}

# The other entries' HTML is index.html with its own bin and without the copied static
# files (the main build copies those once); generated here, so the five <head>s cannot drift
# apart. They are build output, ignored by git.
for entry in $entries; do
  features=""
  kind="$(typed_kind "$entry")"
  # The participant's entries also leave out the tools' stylesheet (public/tools.css).
  only_participant=""
  [ -z "$kind" ] || { features=" data-cargo-no-default-features data-cargo-features=\"$kind\""; only_participant='/public\/tools.css/d'; }
  sed -e "s/data-bin=\"samenwerkingswijzer\"/data-bin=\"$entry\"$features/" \
    -e '/data-trunk rel="copy-/d' -e '/The QR scanner of/d' ${only_participant:+-e "$only_participant"} index.html >"$entry.html"
  grep -q "data-bin=\"$entry\"$features" "$entry.html" || { echo "build: $entry.html has no bin $entry" >&2; exit 1; }
done

# jsQR, the QR decoder of /groep's scanner, is copied by Trunk from the npm package that
# package-lock.json pins (npm ci checks its integrity); only the version and bytes the app
# was tested with go into a build.
node -e '
const { readFileSync } = require("node:fs");
const { createHash } = require("node:crypto");
const version = JSON.parse(readFileSync("node_modules/jsqr/package.json", "utf8")).version;
const sha = createHash("sha256").update(readFileSync("node_modules/jsqr/dist/jsQR.js")).digest("hex");
if (version !== "1.4.0" || sha !== "bc40c8a15196236b2314db0856f72ca0b49980cd5413b8c852a7349f5fee0859") {
  console.error(`build: node_modules/jsqr is ${version} (sha256 ${sha}); expected 1.4.0 as tested`);
  process.exit(1);
}'

trunk build --release --offline --dist dist --public-url / index.html
for entry in $entries; do
  trunk build --release --offline --dist "dist-$entry" --public-url / "$entry.html"
done
node scripts/entries.mjs dist
node scripts/minify.mjs dist
for entry in $entries; do rm -rf "dist-$entry"; done
node scripts/prerender.mjs dist

# The sub-path site: dist/ with the base written into its HTML files (and their CSP hashes
# and sw.js's version written again); fails if a root-absolute path is left.
node scripts/subpath.mjs dist dist-sub "$sub_path"
