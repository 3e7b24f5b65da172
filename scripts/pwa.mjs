#!/usr/bin/env node
// Finishes a built app directory for offline use and a strict Content-Security-Policy:
//  - writes the CSP <meta> into every HTML file, with the sha256 hash of each inline script
//    (Trunk's module loader) so nothing else inline can run;
//  - writes sw.js from the template public/sw.js: the list of every built file to precache
//    and a version (a hash of all of them), so a new deploy is a new worker.
// Idempotent: run by the Trunk post-build hook, and again after pre-rendering changed HTML.
// With --dev (the debug build of ./scripts/dev.sh): no CSP, so Trunk's inline live-reload
// script runs, and a service worker that caches nothing, so a reload shows the new build.
// No dependencies.
//
// Usage: node scripts/pwa.mjs <dir> [--dev]

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Files under dir, relative with forward slashes, sorted. */
export function listFiles(dir, rel = '') {
  const out = [];
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, p));
    else if (entry.isFile()) out.push(p);
  }
  return out.sort();
}

/** The policy: only this origin, plus what wasm needs and the given inline-script hashes. */
export function policy(scriptHashes) {
  const scripts = ["'self'", "'wasm-unsafe-eval'", ...scriptHashes.map((h) => `'${h}'`)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

/** Puts the CSP for the inline scripts of `html` into its <head>; returns the new HTML. */
export function withCsp(html) {
  const hashes = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/.test(m[1])) continue;
    hashes.push(`sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}`);
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`;
  if (CSP_META.test(html)) return html.replace(CSP_META, meta);
  // Right after <meta charset>, before any script, so the policy covers everything.
  return html.replace(/(<meta charset="utf-8">)/i, `$1\n  ${meta}`);
}

/** The development worker: registers like the real one, serves nothing from a cache. */
const DEV_WORKER = `// Development build (./scripts/dev.sh): no precache, every request goes to the dev server.
'use strict';
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(caches.keys().then((keys) => Promise.all(keys.map((k) => caches.delete(k))))));
`;

export function finishDev(dir) {
  writeFileSync(path.join(path.resolve(dir), 'sw.js'), DEV_WORKER);
}

export function finish(dir) {
  const root = path.resolve(dir);
  for (const file of listFiles(root).filter((f) => f.endsWith('.html'))) {
    const p = path.join(root, file);
    const html = readFileSync(p, 'utf8');
    const next = withCsp(html);
    if (next !== html) writeFileSync(p, next);
  }
  const files = listFiles(root).filter((f) => f !== 'sw.js');
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update('\0').update(readFileSync(path.join(root, f))).update('\0');
  const version = hash.digest('hex').slice(0, 16);
  const template = readFileSync(path.join(REPO, 'public', 'sw.js'), 'utf8');
  const sw = template
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace('__PRECACHE__', JSON.stringify(files, null, 2));
  writeFileSync(path.join(root, 'sw.js'), sw);
  return { version, files };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/pwa.mjs <dir> [--dev]');
    process.exit(2);
  }
  if (process.argv.includes('--dev')) {
    finishDev(dir);
    console.log(`pwa: ${dir}: development build: no CSP, a service worker that caches nothing`);
    process.exit(0);
  }
  const { version, files } = finish(dir);
  console.log(`pwa: ${dir}: CSP in every HTML file; sw.js version ${version} precaches ${files.length} files`);
}
