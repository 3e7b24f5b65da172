// The facilitator's pages without filler (issue 25): the ontwikkelagenda is in the menu (also
// on the participant's /zelftest), /evaluaties without evaluations shows no filter bar, and the
// ontwikkelagenda lists the matters without lessons in one line instead of a block each.
import { test, expect } from '@playwright/test';
import { gotoAndWait, expectNoA11yViolations, trackErrorsAndForeignRequests, waitForH1 } from './helpers.mjs';

const T = '2026-12-01T10:00:00.000Z';

test('the ontwikkelagenda is found in the menu, from a participant’s page too', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu', exact: true });
  await menu.getByRole('link', { name: 'Agenda', exact: true }).click();
  await waitForH1(page, 'Ontwikkelagenda');
  await expect(menu.getByRole('link', { name: 'Agenda', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(menu.locator('[aria-current="page"]')).toHaveCount(1);
  tracker.assertClean();
});

test('/evaluaties without evaluations shows no filter bar; with one it does', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await gotoAndWait(page, '/evaluaties', 'Evaluaties');
  await expect(page.getByRole('status').filter({ hasText: 'nog geen evaluaties' })).toBeVisible();
  await expect(page.getByRole('search', { name: 'Evaluaties zoeken en filteren' })).toHaveCount(0);
  await expect(page.getByLabel('Zoeken', { exact: true })).toBeHidden();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Nieuwe evaluatie', exact: true }).tap();
  await page.getByLabel('Titel van de casus').fill('Dorpshuis');
  await page.getByRole('button', { name: 'Evaluatie aanmaken' }).tap();
  await waitForH1(page, 'Dorpshuis');
  await gotoAndWait(page, '/evaluaties', 'Evaluaties');
  await expect(page.getByRole('search', { name: 'Evaluaties zoeken en filteren' })).toBeVisible();
  tracker.assertClean();
});

test('the ontwikkelagenda names the matters without lessons in one line, not a block each', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await gotoAndWait(page, '/', null);
  await page.evaluate((T) => {
    localStorage.setItem('samenwerkingswijzer', JSON.stringify({
      format: 'samenwerkingswijzer', version: 1, exportedAt: T, app: '0.1.0', assessments: [], checklists: [], worksheets: [],
      evaluations: [{
        id: '00000000-0000-4000-8000-000000000001', createdAt: T, updatedAt: T, status: 'concept', title: 'Dorpshuis Espel',
        lessons: [{ id: 'l-1', text: 'Spreek vooraf af wie wat besluit.', matter: 'zaak-rolverdeling' }],
      }],
    }));
  }, T);
  await gotoAndWait(page, '/ontwikkelagenda', 'Ontwikkelagenda');
  await expect(page.locator('section.agenda-group')).toHaveCount(1);
  await expect(page.locator('section.agenda-group')).toContainText('Spreek vooraf af wie wat besluit.');
  await expect(page.getByText('Nog geen lessen bij deze zaak.')).toHaveCount(0);
  const empty = page.locator('.agenda-empty');
  await expect(empty).toHaveCount(1);
  await expect(empty).toHaveText(/^Nog geen lessen bij: .+, .+\.$/);
  // The six other matters, in that one line.
  expect((await empty.textContent()).split(', ')).toHaveLength(6);
  await expectNoA11yViolations(page);
  tracker.assertClean();
});
