#!/usr/bin/env node
// The app's routes for the scripts and the tests, from their one declaration each:
//  - the app's own pages and its entry points from routes.json (JSON, so no parser here;
//    build.rs checks it and generates the Rust routes from it: README, "Adding a tool");
//  - the content pages (their path, kind, title, short name and first sentence) from the
//    Rust build itself, `cargo run --example pages`: page metadata has one parser, build.rs's
//    (front matter is never read here).
//
// Usage: node scripts/routes.mjs entries   one line per entry point besides the main app:
//                                          `<name> <feature>`, the feature only when the
//                                          entry is built without the default features
//        node scripts/routes.mjs files     the fixed routes written as files: the content
//                                          pages' and the app's (scripts/postbuild.sh)
//        node scripts/routes.mjs app       the app's fixed routes only (no cargo needed)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** routes.json as it is written. */
export const REGISTRY = JSON.parse(readFileSync(path.join(REPO, 'routes.json'), 'utf8'));

/** The bundle built from index.html (build/routes.rs's MAIN_BUNDLE). */
export const MAIN_BUNDLE = 'main';

const isFixed = (route) => !route.path.includes('/:');

/** The app's fixed routes that are not content pages (`/zelftest`, `/groep`, …), in order. */
export function appRoutes() {
  return REGISTRY.routes.filter((r) => isFixed(r) && !r.content).map((r) => r.path);
}

/** The fixed routes of the app's own with sub-routes (`/zelftest` of `/zelftest/:id`). */
export function idRoutes() {
  return REGISTRY.routes
    .filter((r) => !isFixed(r) && !r.content)
    .map((r) => r.path.slice(0, r.path.lastIndexOf('/')));
}

/**
 * The entry points besides the main app, each with its Cargo feature when it is built
 * without the default features (`null` when it is built with them, like the main app) and
 * the fixed routes it serves (its sub-routes with an id are under those).
 */
export function entries() {
  const main = REGISTRY.bundles.find((b) => b.name === MAIN_BUNDLE);
  if (!main) throw new Error(`routes.json: no bundle ${MAIN_BUNDLE}`);
  return REGISTRY.bundles
    .filter((b) => b !== main)
    .map((b) => ({
      name: b.name,
      feature: b.feature === main.feature ? null : b.feature,
      routes: REGISTRY.routes.filter((r) => r.bundle === b.name && isFixed(r)).map((r) => r.path),
    }));
}

let pages;
/**
 * The content pages, in the guide's order: {path, kind ('start' | 'sectie' | 'handreiking'),
 * slug, title, short, sentence (the first sentence of its body, as its card shows it)}.
 * Runs `cargo run --example pages` once per process (CARGO_TARGET_DIR as the build's).
 */
export function contentPages() {
  if (!pages) {
    const out = execFileSync('cargo', ['run', '--quiet', '--example', 'pages'], {
      cwd: REPO,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    pages = JSON.parse(out);
  }
  return pages;
}

/** The content pages' paths. */
export function contentRoutes() {
  return contentPages().map((p) => p.path);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [what] = process.argv.slice(2);
  if (what === 'entries') {
    for (const e of entries()) console.log(e.feature ? `${e.name} ${e.feature}` : e.name);
  } else if (what === 'files') {
    for (const route of [...contentRoutes(), ...appRoutes()]) console.log(route);
  } else if (what === 'app') {
    for (const route of appRoutes()) console.log(route);
  } else {
    console.error('usage: node scripts/routes.mjs entries|files|app');
    process.exit(2);
  }
}
