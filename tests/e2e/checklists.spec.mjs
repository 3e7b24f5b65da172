// Checklists: start one from a handreiking page, tick items by touch, notes, reload, list,
// delete and undo, print view, export. Tablet size with touch (the default project).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gotoAndWait, expectNoA11yViolations, trackErrorsAndForeignRequests, waitForH1, expectTouchTargets } from './helpers.mjs';

async function startValkuilenChecklist(page, title) {
  await gotoAndWait(page, '/handreikingen/valkuilen', 'Alert zijn op valkuilen');
  await page.getByRole('link', { name: /^Gebruik als checklist/ }).tap();
  // The app first: a title typed into the pre-rendered form makes the checklist as soon as
  // the app arrives (answerfirst.spec walks that way), and "Checklist starten" is gone.
  await waitForH1(page, 'Checklists');
  await expect(page.getByRole('heading', { name: 'Nieuwe checklist: Valkuilen' })).toBeVisible();
  await page.getByLabel('Titel (de casus of het overleg)').fill(title);
  await page.getByRole('button', { name: 'Checklist starten' }).tap();
  await expect(page).toHaveURL(/\/checklists\/[0-9a-f-]{36}$/);
  await waitForH1(page, new RegExp(`Checklist\\s*${title}`));
}

test('start a checklist from a handreiking, tick items, reload: all still there', async ({ page }) => {
  // Reloading an id route is served by the 404.html fallback (status 404), as on common
  // static hosts; that one document status is expected, nothing else.
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  await startValkuilenChecklist(page, 'Overleg Emmelhage');

  const item4 = page.getByRole('group', { name: /4\. Van een klankbordgroep consensus verwachten/ });
  await item4.getByLabel('Vermeden', { exact: true }).tap();
  const item1 = page.getByRole('group', { name: /1\. Participatie om de participatie/ });
  await item1.getByLabel('N.v.t.').tap();
  await item4.getByLabel('Notitie bij punt 4').fill('Besproken met de klankbordgroep <b>vet</b>');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await expect(page.getByText('2 van 10 ingevuld · Vermeden: 1 · Trad op: 0 · N.v.t.: 1')).toBeVisible();

  await page.reload();
  await waitForH1(page, /Overleg Emmelhage/);
  await expect(item4.getByLabel('Vermeden', { exact: true })).toBeChecked();
  await expect(item1.getByLabel('N.v.t.')).toBeChecked();
  await expect(item4.getByLabel('Notitie bij punt 4')).toHaveValue('Besproken met de klankbordgroep <b>vet</b>');
  await expectNoA11yViolations(page);
  await expectTouchTargets(page);

  await page.getByRole('link', { name: 'Checklists', exact: true }).first().tap();
  await waitForH1(page, 'Checklists');
  const row = page.locator('.record').filter({ hasText: 'Overleg Emmelhage' });
  await expect(row).toContainText('2 van 10 punten ingevuld');
  await expectNoA11yViolations(page);
  tracker.assertClean();
});

test('delete a checklist and undo it', async ({ page }) => {
  await startValkuilenChecklist(page, 'Te verwijderen');
  await page.goto('/checklists');
  await waitForH1(page, 'Checklists');
  await page.getByRole('button', { name: 'Verwijderen: Te verwijderen' }).tap();
  await expect(page.locator('.record')).toHaveCount(0);
  await page.getByRole('button', { name: 'Ongedaan maken' }).tap();
  await expect(page.locator('.record').filter({ hasText: 'Te verwijderen' })).toHaveCount(1);
  await page.reload();
  await waitForH1(page, 'Checklists');
  await expect(page.locator('.record').filter({ hasText: 'Te verwijderen' })).toHaveCount(1);
});

test('print view shows title, date, states and notes, and no navigation', async ({ page }) => {
  await startValkuilenChecklist(page, 'Printtest');
  const item2 = page.getByRole('group', { name: /^2\. / });
  await item2.getByLabel('Trad op').tap();
  await item2.getByLabel('Notitie bij punt 2').fill('Nog oppakken');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(page.locator('h1')).toContainText('Printtest');
  await expect(page.locator('.print-state').nth(1)).toHaveText('Trad op');
  await expect(page.locator('.print-state').nth(0)).toHaveText('Niet ingevuld');
  await expect(page.getByText(/^Datum: \d+ \w+ \d{4}$/)).toBeVisible();
  await expect(item2.locator('textarea')).toHaveValue('Nog oppakken');
});

test('export one checklist as a JSON file in the envelope format', async ({ page }) => {
  await startValkuilenChecklist(page, 'Exporttest');
  await page.getByRole('group', { name: /^3\. / }).getByLabel('Vermeden', { exact: true }).tap();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren' }).tap();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^samenwerkingswijzer-checklist-exporttest-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file.format).toBe('samenwerkingswijzer');
  expect(file.version).toBe(1);
  expect(file.checklists).toHaveLength(1);
  expect(file.checklists[0].list).toBe('valkuilen');
  expect(file.checklists[0].items['valkuil-03']).toEqual({ state: 'done' });
  expect(file.assessments).toEqual([]);
});
