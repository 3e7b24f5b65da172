// Worksheets: open the housing example from its handreiking, copy it, change an option, reload;
// start a werkvormen register, add a werkvorm, rate it, find it in an export. Tablet with touch.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gotoAndWait, expectNoA11yViolations, trackErrorsAndForeignRequests, waitForH1 } from './helpers.mjs';

test('open the housing example, copy it, change an option, reload: still there', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  await gotoAndWait(page, '/handreikingen/politieke-keuzevraagstukken', 'Stel politieke keuzevraagstukken centraal');
  await page.getByRole('complementary', { name: 'Werkblad: politieke keuzevraagstukken' })
    .getByRole('link', { name: 'Open het hulpmiddel' }).tap();
  await waitForH1(page, 'Werkbladen');
  await expect(page.getByRole('heading', { name: 'Maatwerkcanvas' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Voorbeeld: woningbouwproject' }).tap();
  await waitForH1(page, /Werkblad\s*Voorbeeld: keuzevragen bij een woningbouwproject/);
  await expect(page.getByRole('heading', { name: /^Hoogbouw of laagbouw/ })).toBeVisible();
  // Which words are the seed's and which the app's: each question is labelled as the
  // handreiking's, the options and the reasoning under it as the app's own example.
  const rows = page.locator('.sheet-row');
  await expect(rows).toHaveCount(3);
  for (let i = 0; i < 3; i += 1) {
    await expect(rows.nth(i).locator('.source-label')).toHaveText('Keuzevraag uit de handreiking');
    await expect(rows.nth(i).locator('.app-text .app-text-label')).toHaveText('Uitgewerkt door deze app, als voorbeeld:');
    await expect(rows.nth(i).locator('.app-text li')).toHaveCount(2);
  }
  await expect(rows.first().locator('.app-text')).toContainText('Hoogbouw');
  await expect(rows.first().locator('h2')).not.toContainText('Hoogbouw —');
  await expect(page.locator('.lead')).toContainText('De drie keuzevragen komen letterlijk uit de handreiking Politieke keuzevraagstukken. De opties, hun voordelen en wie besluit zijn niet uit de handreiking');
  await expectNoA11yViolations(page);

  await page.getByRole('button', { name: 'Kopiëren en bewerken' }).tap();
  await expect(page).toHaveURL(/\/werkbladen\/[0-9a-f-]{36}$/);
  await waitForH1(page, /Woningbouwproject \(kopie\)/);
  const first = page.locator('.sheet-row').first();
  await expect(first.getByLabel('Keuzevraag')).toHaveValue(/^Hoogbouw of laagbouw/);
  const option = first.getByLabel('Optie', { exact: true }).first();
  await expect(option).toHaveValue('Hoogbouw');
  await option.fill('Middelhoogbouw');
  await first.getByRole('group', { name: 'Wie besluit?' }).getByLabel('Het college').tap();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.reload();
  await waitForH1(page, /Woningbouwproject \(kopie\)/);
  const again = page.locator('.sheet-row').first();
  await expect(again.getByLabel('Optie', { exact: true }).first()).toHaveValue('Middelhoogbouw');
  await expect(again.getByRole('group', { name: 'Wie besluit?' }).getByLabel('Het college')).toBeChecked();

  await page.goto('/werkbladen');
  await waitForH1(page, 'Werkbladen');
  await expect(page.locator('.record').filter({ hasText: 'Woningbouwproject (kopie)' })).toContainText('Politieke keuzevraagstukken');
  tracker.assertClean();
});

test('add a werkvorm to the register, rate it, find it in an export', async ({ page }) => {
  await gotoAndWait(page, '/werkbladen', 'Werkbladen');
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Nieuw werkblad: Werkvormenregister' }).tap();
  await expect(page).toHaveURL(/\/werkbladen\/[0-9a-f-]{36}$/);
  await waitForH1(page, /Werkblad · Werkvormenregister/);
  // Seeded with the common werkvormen, all editable.
  await expect(page.getByRole('heading', { name: 'Wereldcafé' })).toBeVisible();
  await expect(page.locator('.sheet-row')).toHaveCount(12);

  await page.getByRole('button', { name: 'Werkvorm toevoegen' }).tap();
  const row = page.locator('.sheet-row').last();
  await row.getByLabel('Naam').fill('Wijkwandeling');
  await expect(row.getByRole('heading', { name: 'Wijkwandeling' })).toBeVisible();
  await row.getByLabel('Voor wie werkt het?').fill('Ook voor wie liever laat zien dan praat');
  await row.getByRole('group', { name: 'Niveau van participatie' }).getByLabel('Raadplegen').tap();
  await row.getByRole('group', { name: /^Oordeel/ }).getByLabel('4').tap();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await expectNoA11yViolations(page);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren' }).tap();
  const download = await downloadPromise;
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file.format).toBe('samenwerkingswijzer');
  expect(file.worksheets).toHaveLength(1);
  expect(file.worksheets[0].kind).toBe('werkvormen');
  const added = file.worksheets[0].werkvormen.find((w) => w.name === 'Wijkwandeling');
  expect(added).toMatchObject({ rating: 4, level: 'raadplegen', forWhom: 'Ook voor wie liever laat zien dan praat' });
  expect(file.worksheets[0].werkvormen.map((w) => w.name)).toContain('Enquête');
});
