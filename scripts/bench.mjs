#!/usr/bin/env node
// Benchmark (not a test): how the app loads on a mid-range tablet on a poor connection,
// next to plain static HTML pages with the same text and stylesheet (scripts/static-pages.mjs,
// generated from content/), measured in the same run.
//
// Builds the release (scripts/build.sh; skip with --no-build), serves dist/ and the static
// pages locally with gzip, and loads `/` and `/handreikingen/valkuilen` in headless Chromium
// with the CPU slowed 4× and the network throttled to 1.6 Mbit/s down, 750 kbit/s up and
// 150 ms latency (Chrome DevTools Protocol). For each: bytes transferred, first contentful
// paint, and the time until the page responds to input (app: it has mounted and attached
// its handlers; static page: DOMContentLoaded and painted), each the median of --runs cold loads. Then
// the repeat visit: bytes from the network once the service worker is installed.
// Prints a table with the ratios app ÷ static and checks them against the budgets
// (FCP ≤ 1.5×, ready ≤ 3×, repeat visit 0 bytes); exit 1 when --check is given and one fails.
//
// Usage: node scripts/bench.mjs [--no-build] [--runs 3] [--check] [--json out.json]
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeStaticSite } from './static-pages.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROUTES = ['/', '/handreikingen/valkuilen'];
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
const CPU_SLOWDOWN = 4;
const BUDGET = { fcp: 1.5, ready: 3 };

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const build = !args.includes('--no-build');
const check = args.includes('--check');
const runs = Number(opt('--runs', 3));
const jsonOut = opt('--json', null);

if (build) execFileSync(path.join(REPO, 'scripts', 'build.sh'), { stdio: 'inherit' });
const dist = path.join(REPO, 'dist');
const css = readdirSync(dist).find((f) => /^styles-.*\.css$/.test(f));
if (!css) throw new Error('bench: no styles-*.css in dist/ (build first)');
const staticDir = mkdtempSync(path.join(os.tmpdir(), 'sww-static-'));
writeStaticSite(staticDir, path.join(dist, css), ROUTES);

function serve(dir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO, 'scripts', 'serve.mjs'), dir, '0', '--gzip'], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.on('error', reject);
    child.stdout.on('data', (chunk) => {
      const m = /at (http:\/\/[^/]+)/.exec(String(chunk));
      if (m) resolve({ origin: m[1], stop: () => child.kill('SIGTERM') });
    });
  });
}

const appServer = await serve(dist);
const staticServer = await serve(staticDir);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'],
});

// Records when the app has taken over (html[data-app="ready"]).
const READY_PROBE = () => {
  // Init scripts run before <html> exists: watch the whole document.
  new MutationObserver((_, observer) => {
    if (document.documentElement?.dataset.app === 'ready') {
      window.__appReady = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app'] });
};

/** Opens a throttled page; returns {page, cdp, bytes()} where bytes counts network bytes. */
async function throttledPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const fromWorker = new Set();
  let total = 0;
  const files = [];
  cdp.on('Network.responseReceived', (e) => {
    if (e.response.fromServiceWorker) fromWorker.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (fromWorker.has(e.requestId)) return;
    total += e.encodedDataLength;
    files.push(e.encodedDataLength);
  });
  return { page, bytes: () => total, reset: () => ((total = 0), (files.length = 0)) };
}

async function timings(page, isApp) {
  if (isApp) await page.waitForFunction(() => window.__appReady !== undefined, null, { timeout: 120_000 });
  else await page.waitForLoadState('load');
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 60_000 });
  return page.evaluate((isApp) => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
    const nav = performance.getEntriesByType('navigation')[0];
    // A static page responds once its links are parsed and painted.
    return { fcp, ready: isApp ? window.__appReady : Math.max(fcp, nav.domContentLoadedEventEnd) };
  }, isApp);
}

async function coldLoad(url, isApp) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true, serviceWorkers: 'allow' });
  await context.addInitScript(READY_PROBE);
  const t = await throttledPage(context);
  await t.page.goto(url, { waitUntil: 'commit' });
  const result = await timings(t.page, isApp);
  // Let late requests (the wasm after the paint) finish before counting.
  await t.page.waitForLoadState('networkidle');
  result.bytes = t.bytes();
  await context.close();
  return result;
}

async function repeatVisit(url, isApp) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true });
  await context.addInitScript(READY_PROBE);
  const first = await context.newPage();
  await first.goto(url);
  if (isApp) {
    await first.waitForFunction(() => window.__appReady !== undefined);
    await first.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  } else {
    await first.waitForLoadState('networkidle');
  }
  await first.close();
  const t = await throttledPage(context);
  await t.page.goto(url, { waitUntil: 'commit' });
  const result = await timings(t.page, isApp);
  await t.page.waitForLoadState('networkidle');
  result.bytes = t.bytes();
  await context.close();
  return result;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const rows = [];
try {
  for (const route of ROUTES) {
    const measured = {};
    for (const [variant, origin, isApp] of [
      ['app', appServer.origin, true],
      ['static', staticServer.origin, false],
    ]) {
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await coldLoad(origin + route, isApp));
      const repeat = await repeatVisit(origin + route, isApp);
      measured[variant] = {
        bytes: median(samples.map((s) => s.bytes)),
        fcp: median(samples.map((s) => s.fcp)),
        ready: median(samples.map((s) => s.ready)),
        repeatBytes: repeat.bytes,
        repeatFcp: repeat.fcp,
      };
    }
    rows.push({ route, ...measured });
  }
} finally {
  await browser.close();
  appServer.stop();
  staticServer.stop();
  rmSync(staticDir, { recursive: true, force: true });
}

// --- report -------------------------------------------------------------------------------
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;
const ratio = (a, b) => (b > 0 ? a / b : Infinity);
const lines = [];
lines.push(`Benchmark: CPU ${CPU_SLOWDOWN}× slower, network 1.6 Mbit/s down, 150 ms latency; median of ${runs} cold loads; gzip on.`);
lines.push('');
lines.push('| page | variant | bytes transferred | first contentful paint | ready for input | repeat visit: network bytes | repeat visit: FCP |');
lines.push('|---|---|---:|---:|---:|---:|---:|');
const failures = [];
for (const r of rows) {
  for (const v of ['app', 'static']) {
    const m = r[v];
    lines.push(`| \`${r.route}\` | ${v} | ${kb(m.bytes)} | ${ms(m.fcp)} | ${ms(m.ready)} | ${kb(m.repeatBytes)} | ${ms(m.repeatFcp)} |`);
  }
  const f = ratio(r.app.fcp, r.static.fcp);
  const rd = ratio(r.app.ready, r.static.ready);
  lines.push(
    `| \`${r.route}\` | **app ÷ static** | ${ratio(r.app.bytes, r.static.bytes).toFixed(1)}× | **${f.toFixed(2)}×** (budget ≤ ${BUDGET.fcp}×) | **${rd.toFixed(2)}×** (budget ≤ ${BUDGET.ready}×) | ${r.app.repeatBytes} B (budget 0) | |`,
  );
  if (f > BUDGET.fcp) failures.push(`${r.route}: first contentful paint ${f.toFixed(2)}× the static page's (budget ${BUDGET.fcp}×)`);
  if (rd > BUDGET.ready) failures.push(`${r.route}: ready for input ${rd.toFixed(2)}× the static page's (budget ${BUDGET.ready}×)`);
  if (r.app.repeatBytes > 0) failures.push(`${r.route}: the repeat visit downloaded ${r.app.repeatBytes} bytes (budget 0)`);
}
console.log(lines.join('\n'));
console.log(failures.length ? `\nOver budget:\n${failures.map((f) => `  - ${f}`).join('\n')}` : '\nAll budgets met.');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ measuredAt: new Date().toISOString(), network: NETWORK, cpuSlowdown: CPU_SLOWDOWN, runs, rows, failures }, null, 2) + '\n');
process.exit(check && failures.length ? 1 : 0);
