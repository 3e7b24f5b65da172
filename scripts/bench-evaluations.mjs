#!/usr/bin/env node
// Benchmark (figures, not a timed test): with 500 stored evaluations, how long it takes to
// open the list, to open one evaluation, and per keystroke in an editor field.
//
// Usage: node scripts/bench-evaluations.mjs [--url http://127.0.0.1:4173] [--count 500]
// Start a server first, e.g.: node scripts/serve.mjs dist 4173
// Uses Debian's Chromium (like the e2e tests) at tablet size.

import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../playwright.config.mjs';

const args = process.argv.slice(2);
let base = 'http://127.0.0.1:4173';
let count = 500;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--url') base = args[++i];
  else if (args[i] === '--count') count = Number(args[++i]);
  else {
    console.error('usage: node scripts/bench-evaluations.mjs [--url URL] [--count N]');
    process.exit(2);
  }
}
base = base.replace(/\/$/, '');

const MATTERS = ['belangen', 'belanghebbenden', 'doelen', 'rolverdeling', 'spelregels', 'verwachtingenmanagement', 'communicatie'];
const text = (n, words) => Array.from({ length: words }, (_, i) => `woord${(n * 7 + i) % 97}`).join(' ');
const uuid = (n) => {
  const hex = n.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
};

/** One evaluation with every section filled, so the data is realistic in size. */
function evaluation(n) {
  const day = String((n % 28) + 1).padStart(2, '0');
  const month = String((n % 12) + 1).padStart(2, '0');
  const year = 2015 + (n % 12);
  const stamp = `${year}-${month}-${day}T10:00:00.000Z`;
  return {
    id: uuid(n + 1),
    createdAt: stamp,
    updatedAt: stamp,
    status: n % 3 === 0 ? 'afgerond' : 'concept',
    title: `Casus ${n + 1}: ${text(n, 4)}`,
    example: `voorbeeld-${String((n % 12) + 1).padStart(2, '0')}`,
    complexity: n % 2 ? 'complex' : 'eenvoudig',
    place: ['Emmeloord', 'Tollebeek', 'Espel', 'Rutten', 'Marknesse'][n % 5],
    periodStart: `${year}-${month}-${day}`,
    parties: [
      { name: `Partij ${n}a`, role: text(n, 3) },
      { name: `Partij ${n}b`, role: text(n + 1, 3) },
    ],
    municipalityRole: 'faciliteren',
    participationLevel: 'coproduceren',
    werkvormen: ['Inloopavond', 'Klankbordgroep'],
    motives: text(n, 30),
    matters: Object.fromEntries(
      MATTERS.map((m, i) => [`zaak-${m}`, { score: ((n + i) % 5) + 1, wentWell: text(n + i, 25), couldBeBetter: text(n + i + 1, 25) }]),
    ),
    conditions: { openheid: { score: 3, wentWell: text(n, 10) }, duidelijkheid: { score: 'nvt' } },
    helped: ['helpen-01', 'helpen-04', 'helpen-07'],
    avoided: ['liever-niet-02'],
    pitfalls: { 'valkuil-01': text(n, 12), 'valkuil-05': text(n + 2, 12) },
    raadInvolved: true,
    regie: ['regie-01', 'regie-03'],
    regieNote: text(n, 15),
    lessons: [0, 1, 2].map((i) => ({ id: uuid(100000 + n * 3 + i), text: text(n + i, 12), matter: `zaak-${MATTERS[(n + i) % 7]}`, action: text(n, 4), owner: 'Griffie' })),
  };
}

const data = {
  format: 'samenwerkingswijzer',
  version: 1,
  exportedAt: '2026-11-29T10:00:00.000Z',
  app: 'bench',
  evaluations: Array.from({ length: count }, (_, n) => evaluation(n)),
  assessments: [],
  checklists: [],
  worksheets: [],
};
const json = JSON.stringify(data);

const browser = await chromium.launch(chromiumLaunchOptions);
const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });
const page = await context.newPage();
await page.goto(`${base}/`);
await page.locator('h1').waitFor();
await page.evaluate((text) => localStorage.setItem('samenwerkingswijzer', text), json);

const ms = (x) => `${x.toFixed(1)} ms`;
const results = [];

// 1. Open the list: from navigation start until every row is in the DOM.
for (let run = 0; run < 3; run++) {
  const start = Date.now();
  await page.goto(`${base}/evaluaties`);
  await page.locator('li.evaluation-item').nth(count - 1).waitFor({ state: 'attached' });
  const total = Date.now() - start;
  const sinceNav = await page.evaluate(() => performance.now());
  results.push(['open the list (navigation → all rows rendered)', total, sinceNav]);
}

// 2. Open one evaluation from the list (client-side navigation) until the editor is there.
const openTimes = [];
for (let run = 0; run < 3; run++) {
  await page.goto(`${base}/evaluaties`);
  await page.locator('li.evaluation-item').nth(count - 1).waitFor({ state: 'attached' });
  const t = await page.evaluate(async () => {
    const link = document.querySelector('li.evaluation-item h2 a');
    const t0 = performance.now();
    link.click();
    while (!document.querySelector('.evaluation-editor')) await new Promise((r) => setTimeout(r, 0));
    return performance.now() - t0;
  });
  openTimes.push(t);
}

// 3. Per keystroke in an editor field: input event → handlers done → next frame.
await page.locator('#onderdeel-zaken > summary').click();
const keystrokes = await page.evaluate(async () => {
  const field = document.getElementById('goed-zaak-doelen');
  field.focus();
  const times = [];
  for (let i = 0; i < 60; i++) {
    const t0 = performance.now();
    field.value += 'a';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    const sync = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => r()));
    times.push([sync, performance.now() - t0]);
  }
  return times;
});
// 4. The debounced save after typing stops (serialises the whole dataset once).
const saveTime = await page.evaluate(async () => {
  const status = document.querySelector('header [role="status"]');
  const t0 = performance.now();
  while (status.textContent !== 'Opgeslagen') await new Promise((r) => setTimeout(r, 5));
  return performance.now() - t0;
});

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const p95 = (xs) => sorted(xs)[Math.floor(xs.length * 0.95)];
const sync = keystrokes.map((k) => k[0]);
const frame = keystrokes.map((k) => k[1]);

console.log(`Benchmark with ${count} stored evaluations (${(json.length / 1e6).toFixed(2)} MB in localStorage)`);
for (const [what, total] of results) console.log(`  ${what}: ${ms(total)}`);
console.log(`  open one evaluation from the list (click → editor rendered): ${openTimes.map(ms).join(', ')}`);
console.log(`  keystroke in "Wat ging goed": handler median ${ms(median(sync))}, p95 ${ms(p95(sync))}; to next frame median ${ms(median(frame))}, p95 ${ms(p95(frame))}`);
console.log(`  after typing stops until "Opgeslagen" (debounce 250 + 400 ms, then one save): ${ms(saveTime)}`);
await browser.close();
