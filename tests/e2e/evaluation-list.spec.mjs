// The evaluation list stays quick with many evaluations (issue 11): it renders the first 50
// rows and more on request, while search and filters still look at all of them.
import { test, expect } from '@playwright/test';
import { gotoAndWait, trackErrorsAndForeignRequests } from './helpers.mjs';

const uuid = (n) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

function evaluation(n) {
  const stamp = `2026-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}T10:00:00.000Z`;
  return {
    id: uuid(n + 1),
    createdAt: stamp,
    updatedAt: stamp,
    status: n % 3 === 0 ? 'afgerond' : 'concept',
    // One distinctive title, beyond the first page.
    title: n === 116 ? 'Buurthuis De Zuid' : `Casus ${n + 1}`,
    example: 'voorbeeld-01',
    complexity: n % 2 ? 'complex' : 'eenvoudig',
    place: ['Emmeloord', 'Tollebeek', 'Espel'][n % 3],
    periodStart: '2026-01-01',
    parties: [{ name: `Partij ${n}`, role: 'trekker' }],
    motives: 'Een plek voor de buurt.',
    lessons: [{ id: uuid(100000 + n), text: `Les ${n}`, matter: 'zaak-doelen' }],
  };
}

test('with 120 evaluations the list shows 50, more on request, and search covers all', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await page.goto('/evaluaties');
  const data = {
    format: 'samenwerkingswijzer',
    version: 1,
    exportedAt: '2026-11-29T10:00:00.000Z',
    app: '0.1.0',
    evaluations: Array.from({ length: 120 }, (_, i) => evaluation(i)),
    assessments: [],
    checklists: [],
    worksheets: [],
  };
  await page.evaluate((d) => localStorage.setItem('samenwerkingswijzer', JSON.stringify(d)), data);
  await gotoAndWait(page, '/evaluaties', 'Evaluaties');
  const items = page.locator('ul.evaluation-list > li');
  await expect(page.locator('.result-count')).toHaveText('120 evaluaties');
  await expect(items).toHaveCount(50);
  const more = page.getByRole('button', { name: 'Meer evaluaties tonen (50 van 120 getoond)' });
  await more.tap();
  await expect(items).toHaveCount(100);
  await page.getByRole('button', { name: /^Meer evaluaties tonen/ }).tap();
  await expect(items).toHaveCount(120);
  await expect(page.getByRole('button', { name: /^Meer evaluaties tonen/ })).toHaveCount(0);

  // Search looks at every evaluation, also those not shown yet, and starts at the top.
  await gotoAndWait(page, '/evaluaties', 'Evaluaties');
  await expect(items).toHaveCount(50);
  await page.locator('#evaluaties-zoeken').fill('Buurthuis');
  await expect(page.locator('.result-count')).toHaveText('1 van 120 evaluaties');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Buurthuis De Zuid');
  await page.locator('#evaluaties-zoeken').fill('');
  await expect(items).toHaveCount(50);
  tracker.assertClean();
});
