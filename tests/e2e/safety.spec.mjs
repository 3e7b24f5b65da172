// Holes closed in issue 12 (tablet with touch): a file with a time in the far future does not
// undo a later edit when it is imported again; "Bewaren op dit apparaat" in /groep keeps the
// backup every import keeps; opening a werkvormen register writes nothing; Space in the group
// presentation presses the focused button instead of changing the slide.
import { test, expect } from '@playwright/test';
import { answerAllDontKnow, gotoAndWait, storedNow, trackErrorsAndForeignRequests, waitForH1 } from './helpers.mjs';

// Read with every pending save written first (helpers.mjs).
const stored = (page) => storedNow(page);
const fileInput = (page) => page.getByLabel('Importeren: kies een of meer bestanden (.json)');
const jsonFile = (name, value) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value)),
});

/** Makes an evaluation through "Nieuwe evaluatie"; returns its id. */
async function newEvaluation(page, title) {
  await gotoAndWait(page, '/evaluaties', 'Evaluaties');
  await page.getByRole('button', { name: 'Nieuwe evaluatie', exact: true }).tap();
  await page.getByLabel('Titel van de casus').fill(title);
  await page.getByRole('button', { name: 'Evaluatie aanmaken' }).tap();
  await waitForH1(page, title);
  return page.url().split('/').pop();
}

/** Imports `file` on /gegevens with "Samenvoegen" and returns the report text. */
async function importMerging(page, name, file) {
  await gotoAndWait(page, '/gegevens', 'Gegevens');
  await fileInput(page).setInputFiles(jsonFile(name, file));
  const dialog = page.getByRole('dialog', { name: 'Voorbeeld van de import' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('ligt in de toekomst');
  await dialog.getByRole('button', { name: 'Samenvoegen' }).tap();
  await expect(dialog).toBeHidden();
  const report = page.locator('.report');
  await expect(report).toContainText('Samengevoegd');
  return report.textContent();
}

test('a far-future time in a file, imported twice around a local edit, keeps the edit', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  const id = await newEvaluation(page, 'Dorpshuis');
  const url = page.url();
  // A colleague's file: an export of this evaluation with its time set far in the future.
  const file = JSON.parse(await stored(page));
  file.exportedAt = new Date().toISOString();
  file.evaluations[0].updatedAt = '9999-12-31T23:59:59Z';
  file.evaluations[0].motives = 'Uit het bestand';

  const first = await importMerging(page, 'collega.json', file);
  expect(first).toContain('Eén tijdstip lag in de toekomst');
  let evaluation = JSON.parse(await stored(page)).evaluations.find((e) => e.id === id);
  expect(evaluation.motives).toBe('Uit het bestand');
  expect(evaluation.updatedAt < '9999').toBe(true);

  // Edited here afterwards.
  await gotoAndWait(page, url, 'Dorpshuis');
  await page.getByLabel('Plaats (kern)').fill('Espel');
  await expect.poll(async () => JSON.parse(await stored(page)).evaluations[0].place).toBe('Espel');

  // The same file again: the later edit here stays.
  const second = await importMerging(page, 'collega-opnieuw.json', file);
  expect(second).toContain('1 gehouden omdat het hier nieuwer is');
  await gotoAndWait(page, url, 'Dorpshuis');
  await expect(page.getByLabel('Plaats (kern)')).toHaveValue('Espel');
  evaluation = JSON.parse(await stored(page)).evaluations.find((e) => e.id === id);
  expect(evaluation.place).toBe('Espel');
  tracker.assertClean();
});

/** A finished self-assessment (all "Weet ik niet") and its share link. */
async function shareLink(page) {
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await page.getByRole('group', { name: 'Jouw rol' }).getByLabel('College', { exact: true }).tap();
  await page.getByRole('button', { name: 'Zelftest starten' }).tap();
  await waitForH1(page, /Zelftest/);
  await answerAllDontKnow(page);
  await expect(page.getByRole('region', { name: 'Uitkomst' })).toBeVisible();
  await page.getByRole('button', { name: 'Delen', exact: true }).tap();
  return page
    .getByRole('region', { name: 'Delen met de begeleider' })
    .getByRole('textbox', { name: 'Link' })
    .inputValue();
}

test('"Bewaren op dit apparaat" keeps a backup of the data from before, like every import', async ({ page, browser, baseURL }) => {
  // The participant's device makes the link; the facilitator's device (this page) holds
  // something else when the link is opened.
  const participant = await browser.newContext({
    baseURL, viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true, locale: 'nl-NL',
  });
  const link = await shareLink(await participant.newPage());
  await participant.close();
  await newEvaluation(page, 'Eigen evaluatie');
  const before = JSON.parse(await stored(page));
  expect(await page.evaluate(() => localStorage.getItem('samenwerkingswijzer.reservekopie'))).toBeNull();

  await page.goto(link);
  await waitForH1(page, 'Groepsoverzicht');
  const dialog = page.getByRole('dialog', { name: 'Gedeeld resultaat ontvangen' });
  await dialog.getByRole('button', { name: 'Bewaren op dit apparaat' }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Bewaard op dit apparaat' })).toBeVisible();
  const backup = JSON.parse(await page.evaluate(() => localStorage.getItem('samenwerkingswijzer.reservekopie')));
  expect(backup.evaluations).toEqual(before.evaluations);
  expect(backup.assessments).toEqual([]);
  const after = JSON.parse(await stored(page));
  expect(after.assessments).toHaveLength(1);
  expect(after.evaluations).toEqual(before.evaluations);
});

test('opening a werkvormen register writes nothing; the first change stores the rows shown', async ({ page }) => {
  await gotoAndWait(page, '/werkbladen', 'Werkbladen');
  await page.getByRole('button', { name: 'Nieuw werkblad: Werkvormenregister' }).tap();
  await waitForH1(page, /Werkvormenregister/);
  const register = page.url();
  await expect(page.locator('.sheet-row')).toHaveCount(12);

  // An evaluation names a werkvorm the register does not have.
  await newEvaluation(page, 'Wijkavond');
  await page.getByLabel('Andere werkvormen').fill('Wijkwandeling');
  await expect.poll(async () => JSON.parse(await stored(page)).evaluations[0].werkvormen).toEqual(['Wijkwandeling']);

  const before = await stored(page);
  await gotoAndWait(page, register, /Werkvormenregister/);
  const row = page.locator('.sheet-row').filter({ has: page.getByRole('heading', { name: 'Wijkwandeling' }) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('In 1 evaluatie gebruikt');
  await expect(page.locator('.sheet-row')).toHaveCount(13);
  await page.reload();
  await waitForH1(page, /Werkvormenregister/);
  await expect(page.locator('.sheet-row')).toHaveCount(13);
  // Nothing was written by opening it, twice: not the data, not its updatedAt (a save the
  // opening scheduled is written by the read, not left for after it), and nothing was saved.
  expect(await stored(page)).toBe(before);
  await expect(page.locator('header [role="status"]')).toHaveText('Alles staat op dit apparaat');

  // The first change stores the row (with its name) and the change.
  await row.getByLabel('Doel').fill('Samen de buurt bekijken');
  await expect
    .poll(async () => {
      const sheet = JSON.parse(await stored(page)).worksheets[0];
      return sheet.werkvormen.find((w) => w.name === 'Wijkwandeling')?.goal;
    })
    .toBe('Samen de buurt bekijken');
  await expect(row.getByLabel('Doel')).toBeFocused();
  await page.reload();
  await waitForH1(page, /Werkvormenregister/);
  await expect(page.locator('.sheet-row')).toHaveCount(13);
  await expect(
    page.locator('.sheet-row').filter({ has: page.getByRole('heading', { name: 'Wijkwandeling' }) }).getByLabel('Doel'),
  ).toHaveValue('Samen de buurt bekijken');
});

test('Space in the group presentation presses the focused button', async ({ page }) => {
  const link = await shareLink(page);
  await page.goto(link);
  await waitForH1(page, 'Groepsoverzicht');
  await page.getByRole('dialog').getByRole('button', { name: 'Toevoegen aan groepsoverzicht' }).tap();
  await expect(page.getByTestId('deelnemers')).toHaveText('1');

  await page.getByRole('button', { name: 'Presenteren' }).click();
  const show = page.getByRole('dialog', { name: 'Presentatie van het groepsoverzicht' });
  const position = show.getByRole('status');
  await expect(position).toHaveText(/^1 van \d+$/);
  // Long parts are split over several slides (issue 14): read how many there are.
  const total = Number(/van (\d+)/.exec(await position.textContent())[1]);
  expect(total).toBeGreaterThanOrEqual(5);
  const at = (n) => `${n} van ${total}`;
  // Focus starts on "Volgende" (Enter goes on); arrows move the slides.
  await expect(show.getByRole('button', { name: 'Volgende' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(at(3));
  // Space on "Vorige" goes back, as the button says.
  await show.getByRole('button', { name: 'Vorige' }).focus();
  await page.keyboard.press('Space');
  await expect(position).toHaveText(at(2));
  // Space on "Volgende" moves one slide, not two.
  await show.getByRole('button', { name: 'Volgende' }).focus();
  await page.keyboard.press('Space');
  await expect(position).toHaveText(at(3));
  // With no button focused, Space moves on.
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('Space');
  await expect(position).toHaveText(at(4));
  // Space on "Sluiten" closes.
  await show.getByRole('button', { name: 'Sluiten' }).focus();
  await page.keyboard.press('Space');
  await expect(show).toBeHidden();
});
