#!/usr/bin/env node
// Benchmark (not a test): how the app loads on a mid-range tablet on a poor connection,
// next to a plain static HTML page of the seed's start page with the app's stylesheet
// (bench/static-baseline/, committed and frozen so ratios stay comparable across changes),
// measured in the same run.
//
// Builds the release (scripts/build.sh; skip with --no-build), serves dist/ and the static
// baseline locally with gzip, and loads every tool route, the guidance pages `/` and
// `/handreikingen/valkuilen`, and the static baseline in headless Chromium with the CPU
// slowed 4× and the network throttled to 1.6 Mbit/s down, 750 kbit/s up and 150 ms latency
// (Chrome DevTools Protocol), interleaved, --runs cold loads each. For each: bytes on the
// wire, first contentful paint, and "usable": for a tool, its first control painted and a
// tap on it answered (an in-page probe taps the route's first control as soon as the app
// has taken over and records the frame that shows the answer); for a static or guidance
// page, DOMContentLoaded and painted. For the participant's pre-rendered answer forms (issue
// 26) also "answerable": the first answer control there and enabled, and a tap on it answered
// (the frame that shows it), with or without the app. Then the repeat visit: bytes from the network once the
// service worker is installed. Prints a Markdown table (medians) and checks the budgets of
// issue 11 (docs/size.md): /zelftest and /checklists usable ≤ 2.0 s (their bytes are held by
// scripts/bench-size.mjs), every other tool usable ≤ 3.0 s with ≤ 400 KB, guidance first
// paint ≤ 1.5× the static page's, repeat visit 0 bytes; issue 26: answerable ≤ 1.5× the
// static page's first paint. Exit 1 when --check is given and one fails.
//
// Usage: node scripts/bench.mjs [--no-build] [--runs 3] [--check] [--json out.json] [--only /zelftest,/checklists]
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { USABLE_PROBE, ANSWER_FIRST, STATIC_BASELINE, serve } from './bench-probe.mjs';
import { appRoutes } from './routes.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The static baseline's route (STATIC_BASELINE: the seed's start page as plain HTML).
const BASELINE = '/';
const GUIDANCE = ['/', '/handreikingen/valkuilen'];
// How each tool route is probed: the control a user taps first and how the page answers:
// `tap` is run in the page on that control; `answered` (optional) must hold in the next frame.
const PROBES = {
  '/zelftest': ANSWER_FIRST.zelftest,
  '/checklists': { route: '/checklists', participant: true, control: 'main a.card-action', tap: 'click', answered: 'main #checklist-titel' },
  '/evaluaties': { route: '/evaluaties', control: 'main #evaluaties-zoeken', tap: 'type' },
  '/groep': { route: '/groep', control: 'main #groep-link', tap: 'type' },
  '/gegevens': { route: '/gegevens', control: 'main button', tap: 'focus' },
  '/werkbladen': { route: '/werkbladen', control: 'main button, main a.button', tap: 'focus' },
  '/zoeken': { route: '/zoeken', control: 'main input[type="search"], main input', tap: 'type' },
  '/ontwikkelagenda': { route: '/ontwikkelagenda', control: 'main select', tap: 'focus' },
  '/voorbeelden': { route: '/voorbeelden', control: 'main button', tap: 'focus' },
};
// A tool without a probe of its own: its first control, focused.
const FIRST_CONTROL = (route) => ({ route, control: 'main button, main input, main select, main textarea, main a.button', tap: 'focus' });
// Every tool route of routes.json, a checklist opened from a handreiking, and /voorbeelden
// (guidance that shows this device's data).
const TOOLS = [
  ...appRoutes().map((route) => PROBES[route] ?? FIRST_CONTROL(route)),
  ANSWER_FIRST.checklistLink,
  PROBES['/voorbeelden'],
];
// The participant's bytes are held by scripts/bench-size.mjs since issue 26 (wasm + glue, and
// what comes before "answerable"), not as one figure for the route.
const BUDGET = { answerable: 1.5, fcp: 1.5, participantUsable: 2000, toolBytes: 400_000, toolUsable: 3000 };
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
const CPU_SLOWDOWN = 4;

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const build = !args.includes('--no-build');
const check = args.includes('--check');
const runs = Number(opt('--runs', 3));
const jsonOut = opt('--json', null);
const only = opt('--only', null)?.split(',');
const tools = only ? TOOLS.filter((t) => only.includes(t.route)) : TOOLS;
const guidance = only ? GUIDANCE.filter((r) => only.includes(r)) : GUIDANCE;

if (build) execFileSync(path.join(REPO, 'scripts', 'build.sh'), { stdio: 'inherit' });
const dist = path.join(REPO, 'dist');

const appServer = await serve(dist);
const staticServer = await serve(STATIC_BASELINE);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'],
});

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

async function timings(page, tool) {
  if (tool) await page.waitForFunction(() => window.__usable !== undefined, null, { timeout: 120_000 });
  else await page.waitForLoadState('load');
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 60_000 });
  return page.evaluate((isTool) => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
    const nav = performance.getEntriesByType('navigation')[0];
    // A static page responds once its links are parsed and painted.
    return {
      fcp,
      usable: isTool ? window.__usable : Math.max(fcp, nav.domContentLoadedEventEnd),
      // Nobody taps what is not painted yet.
      answerable: window.__answerable == null ? null : Math.max(fcp, window.__answerable),
    };
  }, !!tool);
}

async function newContext(tool) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true, serviceWorkers: 'allow' });
  await context.addInitScript(USABLE_PROBE, tool ?? null);
  return context;
}

async function coldLoad(url, tool) {
  const context = await newContext(tool);
  const t = await throttledPage(context);
  await t.page.goto(url, { waitUntil: 'commit' });
  const result = await timings(t.page, tool);
  // Let late requests finish before counting (the service worker's precache is not the page's).
  await t.page.waitForLoadState('networkidle');
  result.bytes = t.bytes();
  await context.close();
  return result;
}

async function repeatVisit(url, tool) {
  const context = await newContext(tool);
  const first = await context.newPage();
  await first.goto(url);
  await timings(first, tool);
  await first.evaluate(async () => {
    if ('serviceWorker' in navigator && document.querySelector('script')) await navigator.serviceWorker.ready;
  });
  await first.close();
  const t = await throttledPage(context);
  await t.page.goto(url, { waitUntil: 'commit' });
  const result = await timings(t.page, tool);
  await t.page.waitForLoadState('networkidle');
  result.bytes = t.bytes();
  await context.close();
  return result;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Every page, interleaved run by run, so a slow moment of the shared machine hits all alike.
const entries = [
  { name: 'static', label: 'plain static HTML of the seed', origin: staticServer.origin, route: BASELINE, tool: null, kind: 'baseline' },
  ...guidance.map((route) => ({ name: route, label: `\`${route}\` (pre-rendered guidance)`, origin: appServer.origin, route, tool: null, kind: 'guidance' })),
  ...tools.map((tool) => ({ name: tool.route, label: `\`${tool.route}\``, origin: appServer.origin, route: tool.route, tool, kind: tool.participant ? 'participant' : 'tool' })),
];
const samples = new Map(entries.map((e) => [e.name, []]));
const repeats = new Map();
try {
  for (let i = 0; i < runs; i++) {
    for (const e of entries) samples.get(e.name).push(await coldLoad(e.origin + e.route, e.tool));
  }
  for (const e of entries) repeats.set(e.name, await repeatVisit(e.origin + e.route, e.tool));
} finally {
  await browser.close();
  appServer.stop();
  staticServer.stop();
}

// --- report -------------------------------------------------------------------------------
const kb = (n) => `${Math.round(n / 1000)} KB`;
const ms = (n) => `${Math.round(n).toLocaleString('en-US')} ms`;
const rows = entries.map((e) => {
  const s = samples.get(e.name);
  return {
    ...e,
    tool: undefined,
    bytes: median(s.map((x) => x.bytes)),
    fcp: median(s.map((x) => x.fcp)),
    usable: median(s.map((x) => x.usable)),
    answerable: s.every((x) => x.answerable != null) ? median(s.map((x) => x.answerable)) : null,
    repeatBytes: repeats.get(e.name).bytes,
  };
});
const base = rows[0];
const failures = [];
const lines = [];
lines.push(`CPU ${CPU_SLOWDOWN}× slower, 1.6 Mbit/s down, 150 ms latency, 820×1180; cold cache; median of ${runs} interleaved loads; gzip on.`);
lines.push('');
lines.push('| page | on the wire | first paint | answerable | usable | budget | repeat visit |');
lines.push('|---|---:|---:|---:|---:|---|---:|');
for (const r of rows) {
  let budget = '';
  if (r.kind === 'participant') {
    budget = `${r.answerable == null ? '' : `answerable ≤ ${BUDGET.answerable}× static paint, `}usable ≤ ${BUDGET.participantUsable / 1000} s, paint ≤ ${BUDGET.fcp}× static`;
    if (r.usable > BUDGET.participantUsable) failures.push(`${r.route}: usable after ${ms(r.usable)} (budget ${ms(BUDGET.participantUsable)})`);
    if (r.fcp > BUDGET.fcp * base.fcp) failures.push(`${r.route}: first paint ${(r.fcp / base.fcp).toFixed(2)}× the static page's (budget ${BUDGET.fcp}×)`);
    if (r.answerable != null && r.answerable > BUDGET.answerable * base.fcp) failures.push(`${r.route}: answerable after ${(r.answerable / base.fcp).toFixed(2)}× the static page's first paint (budget ${BUDGET.answerable}×)`);
  } else if (r.kind === 'tool') {
    budget = `≤ ${kb(BUDGET.toolBytes)}, usable ≤ ${BUDGET.toolUsable / 1000} s`;
    if (r.bytes > BUDGET.toolBytes) failures.push(`${r.route}: ${kb(r.bytes)} on the wire (budget ${kb(BUDGET.toolBytes)})`);
    if (r.usable > BUDGET.toolUsable) failures.push(`${r.route}: usable after ${ms(r.usable)} (budget ${ms(BUDGET.toolUsable)})`);
  } else if (r.kind === 'guidance') {
    budget = `paint ≤ ${BUDGET.fcp}× static`;
    if (r.fcp > BUDGET.fcp * base.fcp) failures.push(`${r.route}: first paint ${(r.fcp / base.fcp).toFixed(2)}× the static page's (budget ${BUDGET.fcp}×)`);
  }
  if (r.kind !== 'baseline' && r.repeatBytes > 0) failures.push(`${r.route}: the repeat visit downloaded ${r.repeatBytes} bytes (budget 0)`);
  const paint = r.kind === 'baseline' ? ms(r.fcp) : `${ms(r.fcp)} (${(r.fcp / base.fcp).toFixed(2)}×)`;
  const answerable = r.answerable == null ? '' : `${ms(r.answerable)} (${(r.answerable / base.fcp).toFixed(2)}×)`;
  lines.push(`| ${r.label} | ${kb(r.bytes)} | ${paint} | ${answerable} | ${ms(r.usable)} | ${budget} | ${r.kind === 'baseline' ? '' : kb(r.repeatBytes)} |`);
}
console.log(lines.join('\n'));
console.log(failures.length ? `\nOver budget:\n${failures.map((f) => `  - ${f}`).join('\n')}` : '\nAll budgets met.');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ measuredAt: new Date().toISOString(), network: NETWORK, cpuSlowdown: CPU_SLOWDOWN, runs, rows, failures }, null, 2) + '\n');
process.exit(check && failures.length ? 1 : 0);
