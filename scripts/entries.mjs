#!/usr/bin/env node
// Combines the Trunk builds of the entry points into one site (docs/size.md, "Entry points"):
//  - the main app (index.html) built into <dist> by Trunk and its post-build hook, which
//    wrote its shell into every fixed route;
//  - every other entry (ENTRIES, the bundles of routes.json: zelftest.html, …, which
//    scripts/build.sh writes from index.html), each built by its own Trunk run into
//    <dist>-<name>.
// Copies each entry's files into <dist>, makes its routes load its page, and turns 404.html
// (routes with an id, unknown paths) into a dispatcher that loads the bundle of the path's
// group. Finally scripts/pwa.mjs (CSP hashes, the service worker's precache list).
// Idempotent. No dependencies.
//
// Usage: node scripts/entries.mjs <dist>
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finish, listFiles } from './pwa.mjs';
import { appRoutes, entries } from './routes.mjs';

/**
 * The entry points besides the main app, with the routes (and their sub-routes with an id)
 * each serves: routes.json's bundles, whose route tables build.rs generates from the same file.
 */
export const ENTRIES = entries();

/** The entry that serves an app path ("/zelftest/abc"), or null for the main app. */
export function entryOf(appPath) {
  return ENTRIES.find((e) => e.routes.some((r) => appPath === r || appPath.startsWith(`${r}/`))) ?? null;
}

/** Trunk's loader: `<script type="module">import init, * as bindings from '…'; …</script>`. */
const LOADER = /<script type="module">\s*import init, \* as bindings from '([^']+)';([\s\S]*?)<\/script>/;
const PRELOADS = /\s*<link rel="(?:modulepreload|preload)"[^>]*>/g;
/** The tools' stylesheet (public/tools.css), which the participant's entries leave out. */
const TOOLS_CSS = /\s*<link rel="stylesheet" href="[^"]*\/tools-[0-9a-f]+\.css"[^>]*>/;

/**
 * The loader script's body as a block that imports the bundle dynamically, after adding the
 * tools' stylesheet when the entry's page links it (the 404 page's head does not: a reload
 * of /zelftest/{id} needs none of it).
 */
function loaderBlock(html, which) {
  const m = LOADER.exec(html);
  if (!m) throw new Error(`entries: no Trunk loader script in the ${which} page`);
  const tools = TOOLS_CSS.exec(html)?.[0].trim();
  if (tools && tools.includes("'")) throw new Error(`entries: the ${which} page's stylesheet link has a quote`);
  const style = tools ? `document.head.insertAdjacentHTML('beforeend', '${tools}');\n` : '';
  return `${style}const bindings = await import('${m[1]}');\nconst init = bindings.default;${m[2].trimEnd()}`;
}

/**
 * 404.html: the main app's shell whose loader picks the bundle by path, so that a reload of
 * /zelftest/{id} loads the zelftest's app, /evaluaties/{id} the evaluations app, and every
 * other path the main app. The preloads go: they would fetch the main app for every path.
 */
export function dispatcher(mainHtml, entryHtml) {
  const branches = ENTRIES.map((e) => {
    const pattern = e.routes.map((r) => r.replace(/^\//, '')).join('|');
    return `if (/^(?:${pattern})(?:\\/|$)/.test(rel)) {\n${loaderBlock(entryHtml[e.name], e.name)}\n} else `;
  }).join('');
  const script = `<script type="module">
// Which entry point serves this path (written by scripts/entries.mjs).
const rel = location.pathname.slice(new URL(document.baseURI).pathname.length);
${branches}{
${loaderBlock(mainHtml, 'main')}
}
</script>`;
  return mainHtml.replace(PRELOADS, '').replace(TOOLS_CSS, '').replace(LOADER, () => script);
}

export function combine(dist) {
  const root = path.resolve(dist);
  const entryHtml = {};
  for (const entry of ENTRIES) {
    const from = `${root}-${entry.name}`;
    const html = readFileSync(path.join(from, 'index.html'), 'utf8');
    entryHtml[entry.name] = html;
    for (const file of listFiles(from)) {
      if (file === 'index.html' || file === 'sw.js') continue;
      const target = path.join(root, file);
      if (existsSync(target)) continue; // stylesheet, icon: the same hashed file in every build
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(from, file), target);
    }
    for (const route of entry.routes) {
      const dir = path.join(root, ...route.split('/').filter(Boolean));
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'index.html'), html);
    }
  }
  // The main app's shell, as the post-build hook wrote it into every fixed route (here: the
  // first of the main app's own tool routes).
  const mainRoute = appRoutes().find((r) => !entryOf(r));
  if (!mainRoute) throw new Error('entries: routes.json has no fixed route of the main app');
  const mainHtml = readFileSync(path.join(root, ...mainRoute.split('/').filter(Boolean), 'index.html'), 'utf8');
  writeFileSync(path.join(root, '404.html'), dispatcher(mainHtml, entryHtml));
  return finish(root);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dist] = process.argv.slice(2);
  if (!dist) {
    console.error('usage: node scripts/entries.mjs <dist>');
    process.exit(2);
  }
  const { files } = combine(dist);
  const what = ENTRIES.map((e) => `${e.name} on ${e.routes.join(', ')}`).join('; ');
  console.log(`entries: ${dist}: ${what}; 404.html dispatches; ${files.length} files precached`);
}
