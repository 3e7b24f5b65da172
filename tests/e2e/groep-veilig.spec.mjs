// The group overview on a shared tablet and against a crafted link (issue 22, items 4, 5, 6
// and 11): two tabs on /groep keep each other's results; unreadable group data is copied
// aside before it is replaced; a share says what travels (a checklist's title and notes);
// "Bewaren op dit apparaat" keeps only what its dialog shows and names what it replaces; the
// names participants typed reach the presentation only when the facilitator chooses so.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { gotoAndWait, expectNoA11yViolations, trackErrorsAndForeignRequests, waitForH1, REPO_ROOT, expectTouchTargets } from './helpers.mjs';

const T = '2026-11-30T10:00:00.000Z';
const GROUP_KEY = 'samenwerkingswijzer-groep';
const DATA_KEY = 'samenwerkingswijzer';
const RECOVERY_PREFIX = 'samenwerkingswijzer.herstel.';
const CRAFTED = readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'crafted-link.txt'), 'utf8').trim();
const EVERY_KIND = JSON.parse(readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'every-kind.json'), 'utf8'));

function envelope({ assessments = [], checklists = [] } = {}) {
  return { format: 'samenwerkingswijzer', version: 1, exportedAt: T, app: '0.1.0', evaluations: [], assessments, checklists, worksheets: [] };
}

const STATEMENT_IDS = [
  ...Array.from({ length: 11 }, (_, i) => `helpen-${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 8 }, (_, i) => `liever-niet-${String(i + 1).padStart(2, '0')}`),
];

/** A finished zelftest: every statement answered "helemaal" (helps) or "nooit" (to avoid). */
function zelftest(role, label = '') {
  const answers = Object.fromEntries(STATEMENT_IDS.map((id) => [id, { scale: id.startsWith('helpen') ? 5 : 1 }]));
  return { id: randomUUID(), createdAt: T, updatedAt: T, role, label, answers, completedAt: T };
}

/** A participant's exported file with these zelftests, for the file input. */
function file(...assessments) {
  return { name: `resultaat-${randomUUID()}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(envelope({ assessments }))) };
}

async function addFile(page, ...assessments) {
  await page.getByLabel('Bestanden van deelnemers (één of meer)').setInputFiles(file(...assessments));
  await expect(page.getByRole('status').filter({ hasText: 'toegevoegd' })).toBeVisible();
}

const storedGroup = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), GROUP_KEY);

test('two tabs on /groep: a result added in one shows in the other, and the next addition there keeps it', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  const tracker = trackErrorsAndForeignRequests(first);
  await gotoAndWait(first, '/groep', 'Groepsoverzicht');
  // The second tab is a link opened from mail: open before the first tab adds anything.
  await gotoAndWait(second, '/groep', 'Groepsoverzicht');

  await addFile(first, zelftest('raad', 'Tafel 1'));
  await expect(first.getByTestId('deelnemers')).toHaveText('1');
  // Taken over in the second tab without a reload.
  await expect(second.getByTestId('deelnemers')).toHaveText('1');

  await addFile(second, zelftest('college', 'Tafel 2'));
  await expect(second.getByTestId('deelnemers')).toHaveText('2');
  await expect(first.getByTestId('deelnemers')).toHaveText('2');

  // The next addition in the first tab keeps the second tab's result.
  await addFile(first, zelftest('samenleving', 'Tafel 3'));
  await expect(first.getByTestId('deelnemers')).toHaveText('3');
  await expect(second.getByTestId('deelnemers')).toHaveText('3');
  expect((await storedGroup(first)).assessments.map((a) => a.label).sort()).toEqual(['Tafel 1', 'Tafel 2', 'Tafel 3']);

  // Removing in one tab, and its undo, keep what the other tab added meanwhile.
  await second.getByText('Toegevoegde resultaten (3)').tap();
  await second.getByRole('button', { name: /^Verwijderen: Zelftest · Raad/ }).tap();
  await expect(first.getByTestId('deelnemers')).toHaveText('2');
  await addFile(first, zelftest('anders', 'Tafel 4'));
  await expect(second.getByTestId('deelnemers')).toHaveText('3');
  await second.getByRole('button', { name: 'Ongedaan maken' }).tap();
  await expect(second.getByTestId('deelnemers')).toHaveText('4');
  await expect(first.getByTestId('deelnemers')).toHaveText('4');
  expect((await storedGroup(first)).assessments.map((a) => a.label).sort()).toEqual(['Tafel 1', 'Tafel 2', 'Tafel 3', 'Tafel 4']);

  // Clearing in one tab empties the other.
  await first.getByRole('button', { name: 'Groepsoverzicht wissen' }).tap();
  await expect(second.getByText('Nog geen resultaten')).toBeVisible();
  tracker.assertClean();
});

test('unreadable group data is copied aside before it is replaced, once', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  const broken = '{"format":"samenwerkingswijzer","version":1,"assessments":[{"id":"x","role":"koning"}]}';
  await gotoAndWait(page, '/', null);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [GROUP_KEY, broken]);
  await gotoAndWait(page, '/groep', 'Groepsoverzicht');
  await expect(page.locator('.error-box.recovered')).toContainText('was onleesbaar');
  await expect(page.locator('.error-box.recovered')).toContainText('Gegevens');
  const copies = () => page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => localStorage.getItem(k)), RECOVERY_PREFIX);
  expect(await copies()).toEqual([broken]);

  await addFile(page, zelftest('raad'));
  await expect(page.getByTestId('deelnemers')).toHaveText('1');
  expect((await storedGroup(page)).assessments).toHaveLength(1);
  expect(await copies()).toEqual([broken]);
  // A second visit with the same unreadable text makes no second copy.
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [GROUP_KEY, broken]);
  await page.reload();
  await waitForH1(page, 'Groepsoverzicht');
  await expect(page.locator('.error-box.recovered')).toBeVisible();
  expect(await copies()).toEqual([broken]);
  // /gegevens offers the copy.
  await gotoAndWait(page, '/gegevens', 'Gegevens');
  await expect(page.getByRole('heading', { name: 'Onleesbare gegevens' })).toBeVisible();
  tracker.assertClean();
});

test('a checklist share says that its title and notes travel; the zelftest says who may see the name', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await gotoAndWait(page, '/checklists?nieuw=valkuilen', 'Checklists');
  await page.getByLabel('Titel (de casus of het overleg)').fill('Overleg maart');
  await page.getByRole('button', { name: 'Checklist starten' }).tap();
  await expect(page).toHaveURL(/\/checklists\/[0-9a-f-]{36}$/);
  await page.getByLabel('Notitie bij punt 1', { exact: true }).fill('Wethouder was er niet');
  await page.getByRole('button', { name: 'Delen', exact: true }).tap();
  const panel = page.getByRole('region', { name: 'Delen met de begeleider' });
  await expect(panel).toContainText('de titel “Overleg maart”');
  await expect(panel).toContainText('je notities bij 1 punt');
  await expect(panel).not.toContainText('niet gedeeld');
  await expectNoA11yViolations(page);

  // A zelftest: the name field says the name may be shown; the share panel names it.
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await expect(page.getByText('Dan ziet de begeleider deze naam')).toBeVisible();
  await expect(page.getByLabel('Naam of groep (niet verplicht)')).toHaveAccessibleDescription(/begeleider deze naam.*anoniem/);
  const done = { ...zelftest('raad', 'Wethouder Jansen'), actions: 'Privé' };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [DATA_KEY, JSON.stringify(envelope({ assessments: [done] }))]);
  await gotoAndWait(page, `/zelftest/${done.id}`, /Zelftest/);
  await page.getByRole('button', { name: 'Delen', exact: true }).tap();
  await expect(page.getByRole('region', { name: 'Delen met de begeleider' })).toContainText('je naam “Wethouder Jansen”. Je actiepunten gaan niet mee.');
  tracker.assertClean();
});

test('a crafted link: "Bewaren op dit apparaat" keeps only the zelftests and checklists it shows, and says what it replaces', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  const mine = EVERY_KIND.assessments[0];
  await gotoAndWait(page, '/', null);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [DATA_KEY, JSON.stringify(envelope({ assessments: [mine] }))]);
  await page.goto(`/groep#d${CRAFTED}`);
  await waitForH1(page, 'Groepsoverzicht');
  const dialog = page.getByRole('dialog', { name: 'Gedeeld resultaat ontvangen' });
  await expect(dialog).toContainText('“Vervalst”');
  await expect(dialog).toContainText('Ook in de link: 1 evaluatie en 2 werkbladen. Die worden niet toegevoegd en niet bewaard.');
  await expect(dialog.locator('.keep-notes li')).toHaveText([/^Vervangt op dit apparaat: Zelftest · Raad · “Fractie West” · /]);
  await expectNoA11yViolations(page);
  await dialog.getByRole('button', { name: 'Bewaren op dit apparaat' }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Bewaard op dit apparaat' })).toBeVisible();
  // Saved at once (an import); nothing the dialog did not show.
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), DATA_KEY);
  expect(stored.evaluations).toEqual([]);
  expect(stored.worksheets).toEqual([]);
  expect(stored.assessments.map((a) => a.label)).toEqual(['Vervalst']);
  expect(stored.checklists.map((c) => c.id)).toEqual([EVERY_KIND.checklists[0].id]);
  tracker.assertClean();
});

test('names reach the presentation only when the facilitator chooses so', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await gotoAndWait(page, '/groep', 'Groepsoverzicht');
  await addFile(page, zelftest('raad', 'Wethouder Jansen'), zelftest('college'));
  const toggle = page.getByLabel('Namen van deelnemers tonen in de presentatie');
  await expect(toggle).not.toBeChecked();
  await expectTouchTargets(page);
  const show = page.getByRole('dialog', { name: 'Presentatie van het groepsoverzicht' });
  await page.getByRole('button', { name: 'Presenteren' }).tap();
  await expect(show.getByRole('heading', { name: 'Deelnemers' })).toBeVisible();
  await expect(show.getByTestId('deelnemers')).toHaveText('2');
  await expect(show).not.toContainText('Wethouder Jansen');
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();

  await toggle.tap();
  await expect(toggle).toBeChecked();
  await page.getByRole('button', { name: 'Presenteren' }).tap();
  await expect(show.getByText('Namen die deelnemers zelf opgaven: Wethouder Jansen')).toBeVisible();
  await expectNoA11yViolations(page);
  await page.keyboard.press('Escape');
  tracker.assertClean();
});
