// Two tabs on one record (issue 12): every editor changes the record as stored now, so a
// change another tab saved meanwhile is kept. Two pages in one browser context share
// localStorage and hear each other's writes, exactly like two tabs.
import { test, expect } from '@playwright/test';
import { gotoAndWait, trackErrorsAndForeignRequests, waitForH1 } from './helpers.mjs';

/** The stored dataset of the page's origin. */
async function stored(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('samenwerkingswijzer') || '{}'));
}

/** Waits until the stored evaluation `id` satisfies `check`. */
async function expectStoredEvaluation(page, id, check) {
  await expect
    .poll(async () => {
      const data = await stored(page);
      const evaluation = (data.evaluations || []).find((e) => e.id === id);
      return evaluation ? check(evaluation) : false;
    })
    .toBe(true);
}

test('two tabs on one evaluation: a place typed in one and a title in the other both stay', async ({ page, context }) => {
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  // Tab A makes the evaluation.
  await gotoAndWait(page, '/evaluaties', 'Evaluaties');
  await page.getByRole('button', { name: 'Nieuwe evaluatie', exact: true }).tap();
  await page.getByLabel('Titel van de casus').fill('Dorpshuis');
  await page.getByRole('button', { name: 'Evaluatie aanmaken' }).tap();
  await waitForH1(page, 'Dorpshuis');
  await expect(page).toHaveURL(/\/evaluaties\/[0-9a-f-]{36}$/);
  const url = page.url();
  const id = url.split('/').pop();

  // Tab B opens it, types a place and it is saved.
  const tabB = await context.newPage();
  await gotoAndWait(tabB, url, 'Dorpshuis');
  await tabB.getByLabel('Plaats (kern)').fill('Espel');
  await expectStoredEvaluation(tabB, id, (e) => e.place === 'Espel');
  await expect(tabB.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();

  // Tab A (opened before) changes the title and it is saved.
  await page.getByLabel('Titel van de casus', { exact: true }).fill('Dorpshuis Espel');
  await expectStoredEvaluation(page, id, (e) => e.title === 'Dorpshuis Espel');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();

  // Both changes are stored, in one evaluation (no copy was needed).
  const data = await stored(page);
  expect(data.evaluations).toHaveLength(1);
  expect(data.evaluations[0]).toMatchObject({ title: 'Dorpshuis Espel', place: 'Espel' });

  await page.reload();
  await waitForH1(page, 'Dorpshuis Espel');
  await expect(page.getByLabel('Plaats (kern)')).toHaveValue('Espel');
  await tabB.reload();
  await waitForH1(tabB, 'Dorpshuis Espel');
  await expect(tabB.getByLabel('Plaats (kern)')).toHaveValue('Espel');
  tracker.assertClean();
});

test('two tabs on one checklist: notes typed in each stay', async ({ page, context }) => {
  await gotoAndWait(page, '/checklists?nieuw=valkuilen', 'Checklists');
  await page.getByLabel('Titel (de casus of het overleg)').fill('Overleg');
  await page.getByRole('button', { name: 'Checklist starten' }).tap();
  await waitForH1(page, /Overleg/);
  const url = page.url();

  const tabB = await context.newPage();
  await gotoAndWait(tabB, url, /Overleg/);
  await tabB.getByLabel('Notitie bij punt 2').fill('Uit tabblad B');
  await expect
    .poll(async () => JSON.stringify(await stored(tabB)))
    .toContain('Uit tabblad B');
  await page.getByLabel('Notitie bij punt 3').fill('Uit tabblad A');
  await expect
    .poll(async () => JSON.stringify(await stored(page)))
    .toContain('Uit tabblad A');

  await page.reload();
  await waitForH1(page, /Overleg/);
  await expect(page.getByLabel('Notitie bij punt 2')).toHaveValue('Uit tabblad B');
  await expect(page.getByLabel('Notitie bij punt 3')).toHaveValue('Uit tabblad A');
  expect((await stored(page)).checklists).toHaveLength(1);
});
