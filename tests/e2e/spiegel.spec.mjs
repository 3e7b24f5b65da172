// The mirror (issue 24): a raad and a college member rate the gemeente, two partners rate the
// gemeente from outside (one as "Partner uit de samenleving", one as "Anders" who chose the
// partner's side); they share their results into /groep by link and by file. The mirror shows
// both pictures with how many answered, no average below three answers, and once enough
// answered, where partners see the gemeente differently; its slide fits a 1920×1080 projector.
import { test, expect } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { gotoAndWait, expectNoA11yViolations, trackErrorsAndForeignRequests, waitForH1, expectTouchTargets } from './helpers.mjs';

const HELPS = 12;
const AVOID = 8;
// The statements of wording version 2, in order (content/zelftest.toml).
const STATEMENT_IDS = [
  ...Array.from({ length: 8 }, (_, i) => `helpen-0${i + 1}`),
  'helpen-09a', 'helpen-09b', 'helpen-10', 'helpen-11',
  ...Array.from({ length: 8 }, (_, i) => `liever-niet-0${i + 1}`),
];

// The gemeente sees itself at "Grotendeels" / "Zelden" (75); partners see it at
// "Een beetje" / "Vaak" (25).
const PARTICIPANTS = [
  { role: 'Raad', share: 'link', helps: 'Grotendeels', avoid: 'Zelden' },
  { role: 'College', share: 'file', helps: 'Grotendeels', avoid: 'Zelden' },
  { role: 'Partner uit de samenleving', share: 'link', helps: 'Een beetje', avoid: 'Vaak', partner: true },
  { role: 'Anders', side: 'Als partner, over de gemeente', share: 'file', helps: 'Een beetje', avoid: 'Vaak', partner: true },
];

async function tabletContext(browser, baseURL, viewport = { width: 820, height: 1180 }) {
  return browser.newContext({ baseURL, viewport, hasTouch: true, isMobile: true, locale: 'nl-NL', deviceScaleFactor: 1 });
}

/** One participant finishes the zelftest; returns the share link or the exported file. */
async function participate(browser, baseURL, p, index) {
  const context = await tabletContext(browser, baseURL);
  const page = await context.newPage();
  const tracker = trackErrorsAndForeignRequests(page);
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await page.getByRole('group', { name: 'Jouw rol' }).getByLabel(p.role, { exact: true }).tap();
  if (p.side) await page.getByRole('group', { name: 'Je antwoordt' }).getByLabel(p.side, { exact: true }).tap();
  await page.getByRole('button', { name: 'Zelftest starten' }).tap();
  await waitForH1(page, p.partner ? /Hoe goed is de gemeente als samenwerkingspartner/ : /Hoe goed zijn wij als samenwerkingspartner/);
  const statements = page.locator('.statement');
  await expect(statements).toHaveCount(HELPS + AVOID);
  if (p.partner) await expect(statements.nth(1)).toContainText('De gemeente stelt minder regels.');
  for (let i = 0; i < HELPS + AVOID; i++) {
    const label = i < HELPS ? p.helps : p.avoid;
    const choice = statements.nth(i).getByRole('group').getByText(label, { exact: true });
    await choice.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await choice.tap();
  }
  const result = page.getByRole('region', { name: 'Uitkomst' });
  await expect(result.locator('.result-about')).toHaveText(p.partner ? 'Zo zie jij de gemeente als samenwerkingspartner.' : 'Zo ziet de gemeente zichzelf als samenwerkingspartner.');
  let shared;
  if (p.share === 'link') {
    await page.getByRole('button', { name: 'Delen', exact: true }).tap();
    const panel = page.getByRole('region', { name: 'Delen met de begeleider' });
    shared = { link: await panel.getByRole('textbox', { name: 'Link' }).inputValue() };
    const version = Number(await panel.getByRole('img', { name: /QR-code/ }).getAttribute('data-version'));
    expect(version, 'a 20-answer result fits QR version 11').toBeLessThanOrEqual(11);
  } else {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren', exact: true }).tap();
    const file = test.info().outputPath(`deelnemer-${index}.json`);
    await (await download).saveAs(file);
    shared = { file };
  }
  tracker.assertClean();
  await context.close();
  return shared;
}

/** A file with a gemeente result (ambtelijke organisatie) and a partner's, as the app writes them. */
function moreResults(dir) {
  const T = '2026-12-01T10:00:00.000Z';
  const result = (role, perspective, helps, avoid) => ({
    id: randomUUID(), createdAt: T, updatedAt: T, role, perspective, wording: 2,
    answers: Object.fromEntries(
      STATEMENT_IDS.filter((id) => role !== 'ambtelijkeOrganisatie' || !['liever-niet-03', 'liever-niet-05'].includes(id))
        .map((id, i) => [id, { scale: id.startsWith('helpen') ? helps : avoid }]),
    ),
    completedAt: T,
  });
  const file = path.join(dir, 'meer.json');
  writeFileSync(file, JSON.stringify({
    format: 'samenwerkingswijzer', version: 1, exportedAt: T, app: '0.1.0', evaluations: [],
    assessments: [result('ambtelijkeOrganisatie', 'gemeente', 4, 2), result('samenleving', 'partner', 2, 4)],
    checklists: [], worksheets: [],
  }));
  return file;
}

test('a raad, a college and two partners share into /groep by link and by file; the mirror shows both pictures and its slide fits 1920×1080', async ({ browser, baseURL }) => {
  test.setTimeout(300_000); // five browser journeys on a shared 2-core machine
  const shared = [];
  for (const [i, p] of PARTICIPANTS.entries()) shared.push(await participate(browser, baseURL, p, i));

  const context = await tabletContext(browser, baseURL);
  const page = await context.newPage();
  const tracker = trackErrorsAndForeignRequests(page);
  await gotoAndWait(page, '/groep', 'Groepsoverzicht');
  for (const s of shared.filter((s) => s.link)) {
    await page.goto(s.link);
    const dialog = page.getByRole('dialog', { name: 'Gedeeld resultaat ontvangen' });
    await dialog.getByRole('button', { name: 'Toevoegen aan groepsoverzicht' }).tap();
    await expect(dialog).toBeHidden();
  }
  await page.getByLabel('Bestanden van deelnemers (één of meer)').setInputFiles(shared.filter((s) => s.file).map((s) => s.file));
  await expect(page.getByTestId('deelnemers')).toHaveText('4');

  // Two on each side: counted, but no average rests on two answers.
  const mirror = page.getByRole('region', { name: 'Spiegel: de gemeente en haar partners' });
  await expect(mirror.getByTestId('spiegel-gemeente')).toHaveText('2');
  await expect(mirror.getByTestId('spiegel-partners')).toHaveText('2');
  await expect(mirror.locator('tr[data-item="helpen-02"] td.gemeente')).toHaveText('– (2 antwoorden, te weinig)');
  await expect(mirror.locator('tr[data-item="helpen-02"] td.partners')).toHaveText('– (2 antwoorden, te weinig)');
  await expect(mirror.locator('tr[data-item="helpen-02"] th')).toHaveText('2. De gemeente stelt minder regels.');
  await expect(mirror.locator('.mirror-none')).toHaveText('Nog te weinig antwoorden om te vergelijken: minimaal 3 per kant op dezelfde stelling.');
  await expect(mirror.locator('.mirror-differences')).toHaveCount(0);
  // Nor does any other group figure present one or two people's answers as the group's.
  await expect(page.getByTestId('gemiddelde')).toHaveCount(0);
  await expectNoA11yViolations(page);
  await expectTouchTargets(page);

  // A third on each side: now the pictures have averages, and the differences are named.
  await page.getByLabel('Bestanden van deelnemers (één of meer)').setInputFiles(moreResults(mkdtempSync(path.join(tmpdir(), 'spiegel-'))));
  await expect(page.getByTestId('deelnemers')).toHaveText('6');
  await expect(mirror.getByTestId('spiegel-gemeente')).toHaveText('3');
  await expect(mirror.getByTestId('spiegel-partners')).toHaveText('3');
  await expect(mirror.locator('tr[data-item="helpen-02"] td.gemeente')).toHaveText('75 (3 antwoorden)');
  await expect(mirror.locator('tr[data-item="helpen-02"] td.partners')).toHaveText('25 (3 antwoorden)');
  // Not asked of the ambtelijke organisatie: two gemeente answers, no average.
  await expect(mirror.locator('tr[data-item="liever-niet-03"] td.gemeente')).toHaveText('– (2 antwoorden, te weinig)');
  await expect(mirror.getByRole('heading', { name: 'Hier zien partners de gemeente anders dan de gemeente zichzelf' })).toBeVisible();
  const differences = mirror.locator('.mirror-differences li');
  await expect(differences).toHaveCount(5);
  await expect(differences.first()).toContainText('1. De gemeente geeft ruimte en deelt invloed.');
  await expect(differences.first()).toContainText('De gemeente: 75 · partners: 25 (partners 50 punten lager)');
  await expectNoA11yViolations(page);

  // The slide, on a projector.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('button', { name: 'Presenteren' }).click();
  const show = page.getByRole('dialog', { name: 'Presentatie van het groepsoverzicht' });
  await expect(show.getByRole('heading', { name: 'Deelnemers' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(show.getByRole('heading', { name: 'Spiegel: de gemeente en haar partners' })).toBeVisible();
  await expect(show.locator('.mirror-differences li')).toHaveCount(5);
  const box = await show.evaluate((el) => {
    const body = el.querySelector('.slide-body').getBoundingClientRect();
    const nav = el.querySelector('.slide-nav').getBoundingClientRect();
    return { top: body.top, bottom: body.bottom, right: body.right, navTop: nav.top, scrollTop: el.querySelector('.slide').scrollTop, zoom: getComputedStyle(el.querySelector('.slide-body')).zoom };
  });
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.scrollTop).toBe(0);
  expect(box.bottom, 'the mirror slide ends above the slide bar').toBeLessThanOrEqual(box.navTop + 0.5);
  expect(box.right).toBeLessThanOrEqual(1920);
  expect(box.navTop).toBeLessThanOrEqual(1080);
  expect(Number(box.zoom), 'it fits without being scaled down').toBe(1);
  await expectNoA11yViolations(page, { include: '.presentation' });
  await page.keyboard.press('Escape');
  tracker.assertClean();
  await context.close();
});

test('with partners only, the mirror says so and shows what it has', async ({ page }) => {
  const T = '2026-12-01T10:00:00.000Z';
  const partner = () => ({
    id: randomUUID(), createdAt: T, updatedAt: T, role: 'samenleving', perspective: 'partner', wording: 2,
    answers: Object.fromEntries(STATEMENT_IDS.map((id) => [id, { scale: 3 }])), completedAt: T,
  });
  // And an old partner result, from before partners looked at the gemeente: left out.
  const old = { id: randomUUID(), createdAt: T, updatedAt: T, role: 'samenleving', answers: { 'helpen-01': { scale: 5 } }, completedAt: T };
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'spiegel-')), 'partners.json');
  writeFileSync(file, JSON.stringify({ format: 'samenwerkingswijzer', version: 1, assessments: [partner(), partner(), partner(), old] }));
  const tracker = trackErrorsAndForeignRequests(page);
  await gotoAndWait(page, '/groep', 'Groepsoverzicht');
  await page.getByLabel('Bestanden van deelnemers (één of meer)').setInputFiles(file);
  await expect(page.getByTestId('deelnemers')).toHaveText('4');
  const mirror = page.getByRole('region', { name: 'Spiegel: de gemeente en haar partners' });
  await expect(mirror.locator('.mirror-sides')).toContainText('Alleen partners hebben de zelftest gedaan');
  await expect(mirror).toContainText('1 oude zelftest van partners over hun eigen organisatie');
  await expect(mirror.locator('tr[data-item="helpen-01"] td.partners')).toHaveText('50 (3 antwoorden)');
  await expect(mirror.locator('tr[data-item="helpen-01"] td.gemeente')).toHaveText('– (geen antwoorden)');
  await expect(mirror.locator('.mirror-differences')).toHaveCount(0);
  // The old result is listed as what it was.
  await page.getByText('Toegevoegde resultaten (4)').tap();
  await expect(page.locator('.member-list')).toContainText('oude zelftest over de eigen organisatie');
  tracker.assertClean();
});
