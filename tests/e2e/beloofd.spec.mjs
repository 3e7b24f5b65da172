// Journeys the README promises that no other test walked (issue 23), at 820x1180 with touch:
// the succesfactoren worksheet and the Maatwerkcanvas filled in and reloaded, a guidance page
// as it prints, and "Verder waar je was" as the app itself renders the start page (the static
// start page's own rendering is tested in pwa.spec.mjs; README: "keep them in step").
import { test, expect } from '@playwright/test';
import { gotoAndWait, waitForH1, expectNoA11yViolations, trackErrorsAndForeignRequests, STORAGE_KEY, RECENT_SEED } from './helpers.mjs';

const saved = (page) => expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();

/** Starts a new worksheet of the kind labelled `kind` on /werkbladen; waits for its editor. */
async function newSheet(page, kind) {
  await gotoAndWait(page, '/werkbladen', 'Werkbladen');
  await page.getByRole('button', { name: `Nieuw werkblad: ${kind}` }).tap();
  await expect(page).toHaveURL(/\/werkbladen\/[0-9a-f-]{36}$/);
  await waitForH1(page, new RegExp(`^Werkblad · ${kind}`));
}

test('the succesfactoren worksheet: title, two factors with a note, one removed, reload: as left', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  await newSheet(page, 'Succesfactoren voor maatschappelijke initiatieven');
  await page.getByLabel('Titel', { exact: true }).fill('Buurtinitiatieven 2026');
  const rows = page.locator('.sheet-row');
  await expect(rows).toHaveCount(0);
  await page.getByRole('button', { name: 'Succesfactor toevoegen' }).tap();
  // A new row takes the focus, so the next words go into it.
  await expect(rows.nth(0).getByLabel('Succesfactor', { exact: true })).toBeFocused();
  await page.keyboard.type('Eén vast aanspreekpunt bij de gemeente');
  await rows.nth(0).getByLabel('Toelichting (optioneel)').fill('Uit de evaluatie van het dorpshuis');
  await page.getByRole('button', { name: 'Succesfactor toevoegen' }).tap();
  await rows.nth(1).getByLabel('Succesfactor', { exact: true }).fill('Ruimte in de regels');
  await page.getByRole('button', { name: 'Succesfactor toevoegen' }).tap();
  await rows.nth(2).getByLabel('Succesfactor', { exact: true }).fill('Snel geld voor kleine dingen');
  await rows.nth(1).getByRole('button', { name: 'Succesfactor verwijderen' }).tap();
  await expect(rows).toHaveCount(2);
  await saved(page);
  await expectNoA11yViolations(page);

  await page.reload();
  await waitForH1(page, /Buurtinitiatieven 2026/);
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('Buurtinitiatieven 2026');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByLabel('Succesfactor', { exact: true })).toHaveValue('Eén vast aanspreekpunt bij de gemeente');
  await expect(rows.nth(0).getByLabel('Toelichting (optioneel)')).toHaveValue('Uit de evaluatie van het dorpshuis');
  await expect(rows.nth(1).getByLabel('Succesfactor', { exact: true })).toHaveValue('Snel geld voor kleine dingen');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('samenwerkingswijzer')).worksheets);
  expect(stored).toHaveLength(1);
  expect(stored[0].factors.map((f) => f.text)).toEqual(['Eén vast aanspreekpunt bij de gemeente', 'Snel geld voor kleine dingen']);
  tracker.assertClean();
});

test('the Maatwerkcanvas: all seven zaken with both questions, filled in and reloaded', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  await newSheet(page, 'Maatwerkcanvas');
  await page.getByLabel('Titel', { exact: true }).fill('Canvas zonnepark');
  const rows = page.locator('.sheet-row');
  await expect(rows).toHaveCount(7);
  const titles = await rows.locator('.row-title').allTextContents();
  expect(new Set(titles).size, 'seven different zaken').toBe(7);
  for (let i = 0; i < 7; i++) {
    await rows.nth(i).getByLabel('Wat speelt hier?').fill(`Hier ${i + 1}`);
    await rows.nth(i).getByLabel('Wat vraagt dat van ons?').fill(`Van ons ${i + 1}`);
  }
  await saved(page);
  await expectNoA11yViolations(page);

  await page.reload();
  await waitForH1(page, /Canvas zonnepark/);
  await expect(rows).toHaveCount(7);
  expect(await rows.locator('.row-title').allTextContents()).toEqual(titles);
  for (let i = 0; i < 7; i++) {
    await expect(rows.nth(i).getByLabel('Wat speelt hier?')).toHaveValue(`Hier ${i + 1}`);
    await expect(rows.nth(i).getByLabel('Wat vraagt dat van ons?')).toHaveValue(`Van ons ${i + 1}`);
  }
  tracker.assertClean();
});

test('a guidance page prints its text without the site around it', async ({ page }) => {
  await gotoAndWait(page, '/handreikingen/valkuilen', 'Alert zijn op valkuilen');
  const prose = page.locator('main .prose');
  const text = await prose.allInnerTexts();
  expect(text.join('').length, 'the handreiking has text').toBeGreaterThan(500);
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.site-footer', '.breadcrumb', '.prev-next', '.skip-link']) {
    const shown = await page.locator(chrome).evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);
    expect(shown, `${chrome} is not printed`).toBe(0);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Alert zijn op valkuilen' })).toBeVisible();
  // Every word of the handreiking is still there.
  expect(await prose.allInnerTexts()).toEqual(text);
  // And it really prints: A4 pages from the browser's own print path.
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(6);
});

test('"Verder waar je was" as the app renders the start page says what the static page says', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await gotoAndWait(page, '/zoeken', 'Zoeken');
  await page.evaluate(([key, data]) => localStorage.setItem(key, JSON.stringify(data)), [STORAGE_KEY, RECENT_SEED]);
  await page.reload();
  await waitForH1(page, 'Zoeken');
  // The header's home link is a route of this bundle: the app renders the start page itself.
  await page.evaluate(() => (window.samePage = true));
  await page.locator('.site-header a.brand').tap();
  await expect(page).toHaveURL(/\/$/);
  const verder = page.getByRole('region', { name: 'Verder waar je was' });
  await expect(verder.getByRole('link', { name: '<b>Overleg</b>' })).toHaveAttribute('href', '/checklists/c1');
  await expect(verder).toContainText('Checklist · bijgewerkt 2 november 2026');
  expect(await page.evaluate(() => window.samePage), 'rendered by the app, not loaded as the static page').toBe(true);
  tracker.assertClean();
});
