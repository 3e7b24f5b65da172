#!/usr/bin/env node
// Screenshots of the screens issue 15 polished, with example data, at phone (390x844), tablet
// (820x1180 and 1180x820) and desktop (1366x900) sizes, into docs/screens/; the print
// layouts at A4 width. For reviewing
// layout by eye; the e2e tests check what a test can say.
//
// Usage: node scripts/screens.mjs [--url http://127.0.0.1:4173] [--out docs/screens] [name ...]
// Start a server first, e.g.: node scripts/serve.mjs dist 4173

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../playwright.config.mjs';
import { pathOf } from './routes.mjs';

const SIZES = {
  phone: { width: 390, height: 844, isMobile: true, hasTouch: true },
  tablet: { width: 820, height: 1180, isMobile: true, hasTouch: true },
  landscape: { width: 1180, height: 820, isMobile: true, hasTouch: true },
  desktop: { width: 1366, height: 900, isMobile: false, hasTouch: false },
};

const NOW = '2026-12-01T10:00:00.000Z';
const helps = Array.from({ length: 11 }, (_, i) => `helpen-${String(i + 1).padStart(2, '0')}`);
const avoid = Array.from({ length: 8 }, (_, i) => `liever-niet-${String(i + 1).padStart(2, '0')}`);
const answers = {};
helps.forEach((id, i) => { answers[id] = i === 3 ? 'dontKnow' : { scale: 1 + (i % 5) }; });
avoid.forEach((id, i) => { answers[id] = { scale: 1 + ((i + 2) % 5) }; });
const DATA = {
  format: 'samenwerkingswijzer', version: 1, exportedAt: NOW, app: '0.1.0',
  evaluations: [{
    id: '00000000-0000-4000-8000-000000000001', createdAt: NOW, updatedAt: NOW, status: 'concept', title: 'Dorpshuis Espel',
    lessons: [{ id: 'l-1', text: 'Spreek vooraf af wie wat besluit.', matter: 'zaak-rolverdeling' }],
  }],
  assessments: [{
    id: '00000000-0000-4000-8000-000000000002', createdAt: NOW, updatedAt: NOW, role: 'raad', label: 'Fractie West',
    answers, actions: 'Mandaat van het college vooraf bespreken.\nEvaluatie plannen in het voorjaar.', completedAt: NOW,
  }],
  checklists: [{
    id: '00000000-0000-4000-8000-000000000003', createdAt: NOW, updatedAt: NOW, list: 'valkuilen', title: 'Overleg Emmelhage',
    date: '2026-11-30',
    items: {
      'valkuil-01': { state: 'done' },
      'valkuil-04': { state: 'notDone', note: 'De klankbordgroep verwachtte dat we er samen uit zouden komen.\nDat is niet gelukt.\nVolgende keer vooraf zeggen wat de raad besluit.' },
      'valkuil-10': { state: 'notApplicable' },
    },
  }],
  worksheets: [],
};

const SCREENS = {
  start: { route: pathOf('Start') },
  valkuilen: { route: pathOf('Handreiking', 'valkuilen') },
  'evaluatie-2017': { route: pathOf('Evaluation2017') },
  zoeken: { route: `${pathOf('Search')}?q=%C3%A9%C3%A9n` },
  'zoeken-zelftest': { route: `${pathOf('Search')}?q=zelftest` },
  zelftest: { route: pathOf('Assessment', '00000000-0000-4000-8000-000000000002') },
  'zelftest-uitkomst': { route: pathOf('Assessment', '00000000-0000-4000-8000-000000000002'), scrollTo: '#uitkomst' },
  checklist: { route: pathOf('Checklist', '00000000-0000-4000-8000-000000000003') },
  'checklist-delen': { route: pathOf('Checklist', '00000000-0000-4000-8000-000000000003'), tap: 'Delen' },
  'checklist-afdruk': { route: pathOf('Checklist', '00000000-0000-4000-8000-000000000003'), print: true },
  'zelftest-afdruk': { route: pathOf('Assessment', '00000000-0000-4000-8000-000000000002'), print: true },
  evaluatie: { route: pathOf('Evaluation', '00000000-0000-4000-8000-000000000001') },
  ontwikkelagenda: { route: pathOf('Agenda') },
  gegevens: { route: pathOf('Data') },
};

const args = process.argv.slice(2);
let baseUrl = 'http://127.0.0.1:4173/';
let outDir = 'docs/screens';
const names = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--url') baseUrl = args[++i];
  else if (args[i] === '--out') outDir = args[++i];
  else names.push(args[i]);
}
if (!baseUrl.endsWith('/')) baseUrl += '/';
const chosen = names.length ? names : Object.keys(SCREENS);

const browser = await chromium.launch(chromiumLaunchOptions);
let failures = 0;
mkdirSync(outDir, { recursive: true });
try {
  for (const name of chosen) {
    const screen = SCREENS[name];
    if (!screen) throw new Error(`unknown screen ${name}`);
    for (const [size, { width, height, isMobile, hasTouch }] of Object.entries(SIZES)) {
      if (screen.print && size !== 'tablet') continue;
      const context = await browser.newContext({ viewport: { width, height }, isMobile, hasTouch, deviceScaleFactor: 1, locale: 'nl-NL', reducedMotion: 'reduce' });
      await context.addInitScript((data) => {
        if (!localStorage.getItem('samenwerkingswijzer')) localStorage.setItem('samenwerkingswijzer', data);
      }, JSON.stringify(DATA));
      const page = await context.newPage();
      const file = path.join(outDir, screen.print ? `${name}-a4.png` : `${name}-${size}.png`);
      try {
        await page.goto(new URL(screen.route.replace(/^\/+/, ''), baseUrl).href);
        await page.locator('html[data-app="ready"], html[data-static]').first().waitFor({ state: 'attached', timeout: 30_000 }).catch(() => {});
        await page.locator('h1').first().waitFor({ state: 'visible', timeout: 30_000 });
        if (screen.scrollTo) await page.locator(screen.scrollTo).evaluate((el) => el.scrollIntoView());
        if (screen.tap) {
          await page.getByRole('button', { name: screen.tap, exact: true }).click();
          await page.locator('.share-panel').waitFor({ state: 'visible' });
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        }
        if (screen.print) {
          // The print layout at the width of an A4 page (96 dpi), as one long image.
          await page.setViewportSize({ width: 794, height: 1123 });
          await page.emulateMedia({ media: 'print' });
          await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
        } else {
          await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
        }
        console.log(`${file}`);
      } catch (err) {
        failures++;
        console.error(`screens: ${name} at ${size} failed: ${err.message.split('\n')[0]}`);
      } finally {
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
}
process.exit(failures ? 1 : 0);
