// The sub-path build (dist-sub/, served under /samenwerkingswijzer/): every journey in which
// the app itself opens a page (a button that navigates, not only <A> links) lands on an
// address with the base path once, and that page survives a reload (issue 12).
import { test, expect } from '@playwright/test';
import { SUB_ORIGIN, SUB_BASE, answerAllDontKnow, gotoAndWait, trackErrorsAndForeignRequests, waitForH1 } from './helpers.mjs';

const APP = `${SUB_ORIGIN}${SUB_BASE}`;
const UUID = '[0-9a-f-]{36}';

/** The app's address for `path` (without a leading slash) as a RegExp, anchored. */
function appUrl(path) {
  return new RegExp(`^${APP.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${path}$`);
}

/** Reloads and expects the same address and heading again (not "niet gevonden"). */
async function reloadKeeps(page, h1) {
  const url = page.url();
  await page.reload();
  await waitForH1(page, h1);
  expect(page.url()).toBe(url);
  await expect(page.locator('h1')).not.toHaveText('Pagina niet gevonden');
}

test('new evaluation, duplicate, delete and "Evalueer dit voorbeeld" under the sub-path', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  await gotoAndWait(page, `${APP}evaluaties`, 'Evaluaties');
  await page.getByRole('button', { name: 'Nieuwe evaluatie', exact: true }).tap();
  await page.getByLabel('Titel van de casus').fill('Dorpshuis');
  await page.getByRole('button', { name: 'Evaluatie aanmaken' }).tap();
  await waitForH1(page, 'Dorpshuis');
  await expect(page).toHaveURL(appUrl(`evaluaties/${UUID}`));
  await reloadKeeps(page, 'Dorpshuis');

  await page.getByRole('button', { name: 'Dupliceren', exact: true }).tap();
  await waitForH1(page, 'Dorpshuis (kopie)');
  await expect(page).toHaveURL(appUrl(`evaluaties/${UUID}`));
  await reloadKeeps(page, 'Dorpshuis (kopie)');

  await page.getByRole('button', { name: 'Verwijderen', exact: true }).tap();
  await waitForH1(page, 'Evaluaties');
  await expect(page).toHaveURL(appUrl('evaluaties'));
  await reloadKeeps(page, 'Evaluaties');

  await gotoAndWait(page, `${APP}voorbeelden`, 'Leerzame voorbeelden');
  await page
    .locator('li.example[data-voorbeeld="voorbeeld-01"]')
    .getByRole('button', { name: 'Evalueer dit voorbeeld', exact: true })
    .tap();
  await waitForH1(page, 'Social sofa Emmeloord');
  await expect(page).toHaveURL(appUrl(`evaluaties/${UUID}`));
  await reloadKeeps(page, 'Social sofa Emmeloord');
  tracker.assertClean(SUB_ORIGIN);
});

test('new checklist and deleting it under the sub-path', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  await gotoAndWait(page, `${APP}checklists`, 'Checklists');
  await page.getByRole('link', { name: 'Starten: Valkuilen' }).tap();
  await expect(page).toHaveURL(appUrl('checklists\\?nieuw=valkuilen'));
  await reloadKeeps(page, 'Checklists');
  await page.getByLabel('Titel (de casus of het overleg)').fill('Overleg');
  await page.getByRole('button', { name: 'Checklist starten' }).tap();
  await waitForH1(page, /Overleg/);
  await expect(page).toHaveURL(appUrl(`checklists/${UUID}`));
  await reloadKeeps(page, /Overleg/);
  await page.getByRole('button', { name: 'Verwijderen', exact: true }).tap();
  await waitForH1(page, 'Checklists');
  await expect(page).toHaveURL(appUrl('checklists'));
  await reloadKeeps(page, 'Checklists');
  tracker.assertClean(SUB_ORIGIN);
});

test('zelftest start and result, and its share link, under the sub-path', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  await gotoAndWait(page, `${APP}zelftest`, 'Zelftest');
  await page.getByRole('group', { name: 'Jouw rol' }).getByLabel('Raad', { exact: true }).tap();
  await page.getByRole('button', { name: 'Zelftest starten' }).tap();
  await waitForH1(page, /Zelftest/);
  await expect(page).toHaveURL(appUrl(`zelftest/${UUID}`));
  await reloadKeeps(page, /Zelftest/);

  await answerAllDontKnow(page);
  const result = page.getByRole('region', { name: 'Uitkomst' });
  await expect(result).toBeVisible();
  await reloadKeeps(page, /Zelftest/);
  await expect(page.getByRole('region', { name: 'Uitkomst' })).toBeVisible();

  // The share link points into the sub-path and opens the group page there.
  await page.getByRole('button', { name: 'Delen', exact: true }).tap();
  const link = await page
    .getByRole('region', { name: 'Delen met de begeleider' })
    .getByRole('textbox', { name: 'Link' })
    .inputValue();
  expect(link).toMatch(appUrl('groep#d1\\d+'));
  await page.goto(link);
  await waitForH1(page, 'Groepsoverzicht');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Toevoegen aan groepsoverzicht' }).tap();
  await expect(page).toHaveURL(appUrl('groep'));
  await reloadKeeps(page, 'Groepsoverzicht');
  await expect(page.getByTestId('deelnemers')).toHaveText('1');
  tracker.assertClean(SUB_ORIGIN);
});

test('worksheets: start one, copy the example, delete, under the sub-path', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  await gotoAndWait(page, `${APP}werkbladen`, 'Werkbladen');
  await page.getByRole('button', { name: 'Nieuw werkblad: Maatwerkcanvas' }).tap();
  await waitForH1(page, /Maatwerkcanvas/);
  await expect(page).toHaveURL(appUrl(`werkbladen/${UUID}`));
  await reloadKeeps(page, /Maatwerkcanvas/);
  await page.getByRole('button', { name: 'Verwijderen', exact: true }).tap();
  await waitForH1(page, 'Werkbladen');
  await expect(page).toHaveURL(appUrl('werkbladen'));
  await reloadKeeps(page, 'Werkbladen');

  await page.getByRole('link', { name: 'Voorbeeld: woningbouwproject' }).tap();
  await waitForH1(page, /Voorbeeld: keuzevragen bij een woningbouwproject/);
  await expect(page).toHaveURL(appUrl('werkbladen/voorbeeld-woningbouw'));
  await reloadKeeps(page, /Voorbeeld: keuzevragen bij een woningbouwproject/);
  await page.getByRole('button', { name: 'Kopiëren en bewerken' }).tap();
  await waitForH1(page, /Woningbouwproject \(kopie\)/);
  await expect(page).toHaveURL(appUrl(`werkbladen/${UUID}`));
  await reloadKeeps(page, /Woningbouwproject \(kopie\)/);
  tracker.assertClean(SUB_ORIGIN);
});

test('search writes its query into a sub-path address that survives a reload', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  await gotoAndWait(page, `${APP}zoeken`, 'Zoeken');
  await page.getByLabel('Zoeken in de Samenwerkingswijzer').fill('klankbordgroep');
  await expect(page).toHaveURL(appUrl('zoeken\\?q=klankbordgroep'));
  // A result, not any link in main (the breadcrumb's "Start" is one before any result).
  const first = page.locator('ol.zoekresultaten > li').first();
  await expect(first.locator('mark').first()).toHaveText(/klankbordgroep/i);
  await expect(first.getByRole('link').first()).toHaveAttribute('href', new RegExp(`^${SUB_BASE}`));
  await reloadKeeps(page, 'Zoeken');
  await expect(page.getByLabel('Zoeken in de Samenwerkingswijzer')).toHaveValue('klankbordgroep');
  tracker.assertClean(SUB_ORIGIN);
});
