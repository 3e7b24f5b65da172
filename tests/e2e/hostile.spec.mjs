// Issue 22, item 1 (tablet 820x1180 with touch): a hostile share link opened on /groep and a
// hostile file imported on /gegevens each get a Dutch message at once, without freezing the
// page. Both hold one evaluation with a long list of empty strings and one number at its end:
// finding that number used to re-read the record once per element (quadratic), which froze
// the tablet for minutes on a link of under 1,000 digits.
import { deflateRawSync } from 'node:zlib';
import { test, expect } from '@playwright/test';
import { gotoAndWait, reportMeasurement, trackErrorsAndForeignRequests } from './helpers.mjs';

/** An envelope with one evaluation whose `werkvormen` are `n` empty strings and a number. */
function hostile(n) {
  const werkvormen = new Array(n).fill('');
  werkvormen.push(7);
  return JSON.stringify({
    format: 'samenwerkingswijzer',
    version: 1,
    evaluations: [{
      id: '00000000-0000-4000-8000-000000000001',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      title: 'Vijandig',
      werkvormen,
    }],
  });
}

/**
 * The digits of a share link carrying `text` (model/share.rs): a leading 1, then raw DEFLATE
 * written as digits, 7 bytes to 17 digits (a last group of k bytes to the fewest digits that
 * hold 256^k). Compressed without the preset dictionary, which a stream need not use.
 */
function linkDigits(text) {
  const GROUP_DIGITS = [0, 3, 5, 8, 10, 13, 15, 17];
  const bytes = deflateRawSync(Buffer.from(text), { level: 9 });
  let out = '1';
  for (let i = 0; i < bytes.length; i += 7) {
    const chunk = bytes.subarray(i, i + 7);
    let value = 0n;
    for (const b of chunk) value = (value << 8n) | BigInt(b);
    out += value.toString().padStart(GROUP_DIGITS[chunk.length], '0');
  }
  return out;
}

/** Records the longest task the page runs from now on. */
async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

const ENGLISH = /expected|invalid|missing|unknown|at line|recursion|EOF/;

test('a hostile share link on /groep gets a Dutch message at once', async ({ page, baseURL }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  const digits = linkDigits(hostile(85_000));
  console.log(`hostile link: ${digits.length} digits`);
  expect(digits.length).toBeLessThan(2_000);
  await gotoAndWait(page, '/', null);
  const started = Date.now();
  await page.goto(`${baseURL}/groep#d${digits}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Dit veld klopt niet');
  await expect(alert).toContainText('$.evaluations[0].werkvormen[85000]');
  const took = Date.now() - started;
  expect(await alert.innerText()).not.toMatch(ENGLISH);
  // The page still answers.
  await watchLongTasks(page);
  await page.getByLabel('Gedeelde link').fill('nog steeds bruikbaar');
  await expect(page.getByLabel('Gedeelde link')).toHaveValue('nog steeds bruikbaar');
  // Reported, not checked (helpers.mjs).
  reportMeasurement(`hostile link refused after ${took} ms`);
  tracker.assertClean();
});

test('a hostile file on /gegevens gets a Dutch message without freezing the page', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await gotoAndWait(page, '/gegevens', 'Gegevens');
  await watchLongTasks(page);
  // 1,000,000 empty strings: a 3 MB file, well under the 10 MB the app reads.
  const text = hostile(1_000_000);
  const started = Date.now();
  await page.getByLabel('Importeren: kies een of meer bestanden (.json)').setInputFiles({
    name: 'vijandig.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const alert = page.locator('.error-box[role="alert"]');
  await expect(alert).toContainText('Er is niets veranderd.', { timeout: 20_000 });
  await expect(alert).toContainText('Dit veld klopt niet');
  await expect(alert).toContainText('$.evaluations[0].werkvormen[1000000]');
  expect(await alert.innerText()).not.toMatch(ENGLISH);
  const took = Date.now() - started;
  const longest = await page.evaluate(() => window.__longest);
  // Reported, not checked (helpers.mjs).
  reportMeasurement(`hostile 3 MB file refused after ${took} ms; longest task ${Math.round(longest)} ms`);
  tracker.assertClean();
});
