#!/usr/bin/env node
// Pre-renders the guidance pages of a built app, so their text shows before the wasm has
// loaded: serves <dir>, opens every content route (content/pages front matter) in headless
// Chromium, and writes the body the app rendered (and its title) into that route's HTML file.
// The app's mount() clears <body> and renders the same route in one go, so it takes over
// without the content moving. Tool routes (scripts/app-routes.txt) keep the plain shell:
// typing into a pre-rendered field before the app runs would be lost. Finally runs
// scripts/pwa.mjs again (CSP and the service worker's precache list and version).
//
// Usage: node scripts/prerender.mjs <dir> [--base /prefix/]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finish } from './pwa.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dir = args[0];
const baseIndex = args.indexOf('--base');
const base = baseIndex >= 0 ? args[baseIndex + 1] : '/';
if (!dir || (baseIndex >= 0 && !base)) {
  console.error('usage: node scripts/prerender.mjs <dir> [--base /prefix/]');
  process.exit(2);
}

/** The content routes, from the pages' front matter. */
export function contentRoutes() {
  const pagesDir = path.join(REPO, 'content', 'pages');
  return readdirSync(pagesDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => /^path = "(.*)"$/m.exec(readFileSync(path.join(pagesDir, f), 'utf8'))?.[1])
    .filter(Boolean);
}

/** Starts scripts/serve.mjs on a free port; resolves to {origin, stop}. */
function serve(root, prefix) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO, 'scripts', 'serve.mjs'), root, '0', '--base', prefix], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`serve.mjs stopped (${code})`)));
    child.stdout.on('data', (chunk) => {
      const m = /at (http:\/\/[^/]+)/.exec(String(chunk));
      if (m) resolve({ origin: m[1], stop: () => child.kill('SIGTERM') });
    });
  });
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const root = path.resolve(dir);
const prefix = '/' + base.split('/').filter(Boolean).join('/') + (base === '/' ? '' : '/');
const server = await serve(root, prefix);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
let failed = false;
try {
  // No service worker and no stored data: every page as a first visitor sees it.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 820, height: 1180 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    failed = true;
    console.error(`prerender: page error: ${e.message}`);
  });
  for (const route of contentRoutes()) {
    await page.goto(server.origin + prefix + route.replace(/^\//, ''));
    await page.waitForSelector('html[data-app="ready"] main h1');
    const { body, title } = await page.evaluate(() => ({ body: document.body.innerHTML, title: document.title }));
    if (/<script\b/i.test(body)) throw new Error(`${route}: the rendered body holds a <script>`);
    const file = path.join(root, ...route.split('/').filter(Boolean), 'index.html');
    const html = readFileSync(file, 'utf8');
    const next = html
      .replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(title)}</title>`)
      .replace(/<body([^>]*)>[\s\S]*<\/body>/, (_, attrs) => `<body${attrs}>${body}</body>`);
    if (next === html) throw new Error(`${route}: could not write the rendered page into ${file}`);
    writeFileSync(file, next);
    console.log(`prerender: ${prefix}${route.replace(/^\//, '')} → ${path.relative(root, file)} (${title})`);
  }
  await context.close();
} finally {
  await browser.close();
  server.stop();
}
if (failed) process.exit(1);
const { version, files } = finish(root);
console.log(`prerender: ${dir}: sw.js version ${version} precaches ${files.length} files`);
