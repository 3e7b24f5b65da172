#!/usr/bin/env node
// Takes screenshots of routes of a running build at phone, tablet and desktop sizes with
// Debian's Chromium, for the docs and for reviewing layout changes.
//
// Usage: node scripts/screenshot.mjs [--url http://127.0.0.1:4173] [--out docs/screenshots]
//                                    [--full-page] [route ...]
//        node scripts/screenshot.mjs --readme [--url ...]   (only docs/screenshot-tablet.png of "/")
// Start a server first, e.g.: node scripts/serve.mjs dist 4173
// Routes default to "/", "/handreikingen/valkuilen", "/zoeken?q=raad".

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../playwright.config.mjs';

const SIZES = {
  phone: { width: 390, height: 844, isMobile: true, hasTouch: true },
  tablet: { width: 820, height: 1180, isMobile: true, hasTouch: true },
  landscape: { width: 1180, height: 820, isMobile: true, hasTouch: true },
  desktop: { width: 1366, height: 900, isMobile: false, hasTouch: false },
};
const DEFAULT_ROUTES = ['/', '/handreikingen/valkuilen', '/zoeken?q=raad'];

function usage(message) {
  if (message) console.error(`screenshot: ${message}`);
  console.error(
    'usage: node scripts/screenshot.mjs [--url URL] [--out DIR] [--full-page] [--readme] [route ...]',
  );
  process.exit(2);
}

const args = process.argv.slice(2);
let baseUrl = 'http://127.0.0.1:4173/';
let outDir = 'docs/screenshots';
let readme = false;
let fullPage = false;
const routes = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const value = () => {
    if (i + 1 >= args.length) usage(`${a} needs a value`);
    return args[++i];
  };
  if (a === '--url') baseUrl = value();
  else if (a.startsWith('--url=')) baseUrl = a.slice(6);
  else if (a === '--out') outDir = value();
  else if (a.startsWith('--out=')) outDir = a.slice(6);
  else if (a === '--readme') readme = true;
  else if (a === '--full-page') fullPage = true;
  else if (a === '-h' || a === '--help') usage();
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else routes.push(a);
}
if (!baseUrl.endsWith('/')) baseUrl += '/';

/** "/" → "start", "/handreikingen/valkuilen" → "handreikingen-valkuilen", "/zoeken?q=raad" → "zoeken-q-raad". */
function nameFor(route) {
  const name = route
    .replace(/^\/+|\/+$/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return name || 'start';
}

/** Resolves a route against the base URL, keeping a sub-path base such as /samenwerkingswijzer/. */
function urlFor(route) {
  return new URL(route.replace(/^\/+/, ''), baseUrl).href;
}

const jobs = readme
  ? [{ route: '/', size: 'tablet', file: 'docs/screenshot-tablet.png' }]
  : (routes.length ? routes : DEFAULT_ROUTES).flatMap((route) =>
      Object.keys(SIZES).map((size) => ({
        route,
        size,
        file: path.join(outDir, `${nameFor(route)}-${size}.png`),
      })),
    );

try {
  const res = await fetch(baseUrl);
  await res.arrayBuffer();
} catch {
  console.error(`screenshot: nothing answers at ${baseUrl}; start a server first, e.g.`);
  console.error('  node scripts/serve.mjs dist 4173');
  process.exit(1);
}

const browser = await chromium.launch(chromiumLaunchOptions);
let failures = 0;
try {
  for (const job of jobs) {
    const { width, height, isMobile, hasTouch } = SIZES[job.size];
    const context = await browser.newContext({
      viewport: { width, height },
      isMobile,
      hasTouch,
      deviceScaleFactor: 1,
      locale: 'nl-NL',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    try {
      await page.goto(urlFor(job.route));
      // The wasm app renders after load: wait for its heading, then for the network to settle.
      await page.locator('h1').first().waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts?.ready);
      mkdirSync(path.dirname(job.file), { recursive: true });
      await page.screenshot({ path: job.file, fullPage, animations: 'disabled', caret: 'hide' });
      console.log(`${job.file}  (${job.route} at ${width}x${height})`);
      for (const p of problems) console.warn(`  warning: ${p}`);
    } catch (err) {
      failures++;
      console.error(`screenshot: ${job.route} at ${job.size} failed: ${err.message.split('\n')[0]}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
}
process.exit(failures ? 1 : 0);
