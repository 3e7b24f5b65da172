// Workshop mode: three participants (three browser contexts, three roles) finish a
// self-assessment and share it by link (the QR code is decoded here and must hold the same
// link) and by file; a fourth context, the facilitator, adds them on /groep and sees the
// right counts and averages. Touch targets, axe, presentation view, phone and landscape.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gotoAndWait, expectNoA11yViolations, trackErrorsAndForeignRequests, waitForH1, expectTouchTargets } from './helpers.mjs';

const jsQR = createRequire(import.meta.url)('jsqr');
// Issue 24: 12 helping statements (helpen-09 asked as two); the ambtelijke organisatie is not
// asked two of the 8 avoid ones.
const HELPS = 12;
const AVOID = 8;

// Raad: all best (100). College: all middle (50). Ambtelijke organisatie: "een beetje" (25)
// and "altijd" (0, reversed), and "weet ik niet" on the first statement.
const PARTICIPANTS = [
  { role: 'Raad', key: 'raad', helps: 'Helemaal', avoid: 'Nooit', label: 'Fractie West' },
  { role: 'College', key: 'college', helps: 'Voor de helft', avoid: 'Soms' },
  { role: 'Ambtelijke organisatie', key: 'ambtelijke-organisatie', helps: 'Een beetje', avoid: 'Altijd', dontKnowFirst: true, notAsked: 2 },
];

async function tabletContext(browser, baseURL, viewport = { width: 820, height: 1180 }) {
  return browser.newContext({ baseURL, viewport, hasTouch: true, isMobile: true, locale: 'nl-NL', deviceScaleFactor: 1 });
}

/** One participant: a finished self-assessment; returns its share link and export file. */
async function participate(browser, baseURL, p) {
  const context = await tabletContext(browser, baseURL);
  const page = await context.newPage();
  const tracker = trackErrorsAndForeignRequests(page);
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await page.getByRole('group', { name: 'Jouw rol' }).getByLabel(p.role, { exact: true }).tap();
  if (p.label) await page.getByLabel('Naam of groep (niet verplicht)').fill(p.label);
  await page.getByRole('button', { name: 'Zelftest starten' }).tap();
  await waitForH1(page, /Zelftest/);
  const statements = page.locator('.statement');
  const count = HELPS + AVOID - (p.notAsked || 0);
  await expect(statements).toHaveCount(count);
  for (let i = 0; i < count; i++) {
    const label = p.dontKnowFirst && i === 0 ? 'Weet ik niet' : i < HELPS ? p.helps : p.avoid;
    // Tap the visible label text (the radio itself is styled away inside its label); the
    // sticky two-line header at 820 px can cover an element scrolled to the top edge.
    const choice = statements.nth(i).getByRole('group').getByText(label, { exact: true });
    await choice.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await choice.tap();
    await expect(statements.nth(i).getByRole('group').getByLabel(label, { exact: true })).toBeChecked();
  }
  await expect(page.getByRole('region', { name: 'Uitkomst' })).toBeVisible();
  await page.getByLabel('Actiepunten').fill('Privé: niet delen');

  await page.getByRole('button', { name: 'Delen', exact: true }).tap();
  const panel = page.getByRole('region', { name: 'Delen met de begeleider' });
  const link = await panel.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(link).toMatch(new RegExp(`^${baseURL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/groep#d1\\d+$`));
  const qr = panel.getByRole('img', { name: /QR-code/ });
  const version = Number(await qr.getAttribute('data-version'));
  // Before issue 24 a 19-answer result was QR version 10; with 20 answers and the wording
  // version it is 11 (tests/group.rs reports each role).
  expect(version, 'a 20-answer result fits QR version 11 or less').toBeLessThanOrEqual(11);
  expect(await decodeQr(page, qr)).toBe(link);
  await expectTouchTargets(page);
  await expectNoA11yViolations(page);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren', exact: true }).tap();
  // Kept past the participant's context (its downloads go when it closes).
  const file = test.info().outputPath(`${p.key}.json`);
  await (await downloadPromise).saveAs(file);
  tracker.assertClean();
  await context.close();
  return { link, file, version };
}

/** Renders the QR code's SVG on a canvas in the page and decodes it with jsQR here. */
async function decodeQr(page, svg) {
  const { data, width, height } = await svg.evaluate(async (el) => {
    const size = 600;
    const text = new XMLSerializer().serializeToString(el);
    const img = new Image();
    img.src = 'data:image/svg+xml;base64,' + btoa(text);
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size, size);
    ctx.drawImage(img, 0, 0, size, size);
    return { data: Array.from(ctx.getImageData(0, 0, size, size).data), width: size, height: size };
  });
  const result = jsQR(Uint8ClampedArray.from(data), width, height);
  expect(result, 'the QR code can be read').not.toBeNull();
  return result.data;
}

async function expectGroupFigures(page) {
  const overview = page.getByRole('region', { name: 'Deelnemers' });
  await expect(overview.getByTestId('deelnemers')).toHaveText('3');
  // Overall: mean of 100, 50 and 16 (275/17 rounded) = 55.
  await expect(overview.getByTestId('gemiddelde')).toHaveText('55');
  for (const p of PARTICIPANTS) await expect(overview.locator(`tr[data-role="${p.key}"] td`)).toHaveText('1');
  await expect(overview.locator('tr[data-role="samenleving"] td')).toHaveText('0');
  await expect(overview).toContainText('Fractie West');
  // Statement 1: 100, 50 and "weet ik niet": two answers are no group figure (issue 24).
  const first = page.locator('li[data-item="helpen-01"]');
  await expect(first.locator('.avg')).toHaveText('–');
  await expect(first.locator('.dont-know')).toHaveText('1');
  await expect(first.getByRole('img', { name: /Verdeling van de scores/ })).toHaveAttribute('aria-label', /score 50 1×.*score 100 1×.*Weet ik niet: 1/);
  // Statement 2: 100, 50, 25 → 58.
  await expect(page.locator('li[data-item="helpen-02"] .avg')).toHaveText('58');
  // Reverse item: "nooit" 100, "soms" 50, "altijd" 0 → 50.
  await expect(page.locator('li[data-item="liever-niet-01"] .avg')).toHaveText('50');
  // One member per role: no role average, so no difference between roles is claimed.
  const differences = page.getByRole('region', { name: 'Waar de rollen het meest verschillen' });
  await expect(differences.locator('li')).toHaveCount(0);
  await expect(differences).toContainText('Een rol telt hier pas mee als er van die rol 3 of meer antwoorden');
  // The mirror: three of the gemeente, no partners yet.
  const mirror = page.getByRole('region', { name: 'Spiegel: de gemeente en haar partners' });
  await expect(mirror.getByTestId('spiegel-gemeente')).toHaveText('3');
  await expect(mirror.locator('.mirror-sides')).toContainText('Alleen de gemeente heeft de zelftest gedaan');
  // Strongest and weakest link to the guidance.
  await expect(page.locator('.points a[href*="/handreikingen/"]').first()).toBeVisible();
}

test('three participants share links; the facilitator adds them and sees the group', async ({ browser, baseURL }) => {
  test.setTimeout(300_000); // four browser journeys; the 2-core machine is shared
  const shared = [];
  for (const p of PARTICIPANTS) shared.push(await participate(browser, baseURL, p));
  console.log(`QR versions: ${shared.map((s) => s.version).join(', ')}; link lengths: ${shared.map((s) => s.link.length).join(', ')}`);

  const context = await tabletContext(browser, baseURL);
  const page = await context.newPage();
  const tracker = trackErrorsAndForeignRequests(page);
  await gotoAndWait(page, '/groep', 'Groepsoverzicht');
  await expect(page.getByText('Nog geen resultaten')).toBeVisible();
  await expectNoA11yViolations(page);
  await expectTouchTargets(page);

  for (const [i, s] of shared.entries()) {
    await page.goto(s.link);
    const dialog = page.getByRole('dialog', { name: 'Gedeeld resultaat ontvangen' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(`Zelftest · ${PARTICIPANTS[i].role}`);
    const asked = HELPS + AVOID - (PARTICIPANTS[i].notAsked || 0);
    await expect(dialog).toContainText(`${asked} van ${asked} stellingen beantwoord`);
    if (i === 0) {
      await expectNoA11yViolations(page);
      // Nothing is added before the choice.
      await expect(page.getByText('Nog geen resultaten')).toBeAttached();
    }
    await dialog.getByRole('button', { name: 'Toevoegen aan groepsoverzicht' }).tap();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'toegevoegd' })).toBeVisible();
    expect(page.url()).not.toContain('#');
  }
  await expectGroupFigures(page);
  // Action points stay private.
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren', exact: true }).tap();
  const group = JSON.parse(readFileSync(await (await exported).path(), 'utf8'));
  expect(group.assessments).toHaveLength(3);
  expect(group.assessments.every((a) => !a.actions)).toBe(true);

  // The same link again counts once.
  await page.goto(shared[1].link);
  await page.getByRole('dialog').getByRole('button', { name: 'Toevoegen aan groepsoverzicht' }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Niets toegevoegd' })).toHaveText('Niets toegevoegd: dit resultaat stond al in het groepsoverzicht en telt één keer.');
  await expect(page.getByTestId('deelnemers')).toHaveText('3');

  // A pasted link works too; a damaged one says so.
  await page.getByLabel('Gedeelde link').fill(shared[0].link.slice(0, -40));
  await page.getByRole('button', { name: 'Link toevoegen' }).tap();
  await expect(page.getByRole('alert')).toContainText('beschadigd');
  // The whole link pasted: counted once already, and the alert is gone.
  await page.getByLabel('Gedeelde link').fill(shared[0].link);
  await page.getByRole('button', { name: 'Link toevoegen' }).tap();
  await expect(page.getByRole('alert')).toHaveText('');
  await expect(page.getByLabel('Gedeelde link')).toHaveValue('');
  // Opened on this page, a damaged link changes only the fragment (no new document): the
  // page reads it, sets the alert from it and then takes it out of the address.
  await page.goto(`${baseURL}/groep#d1234567`);
  await expect(page).toHaveURL(`${baseURL}/groep`);
  await expect(page.getByRole('alert')).toContainText('beschadigd');
  await expect(page.getByTestId('deelnemers')).toHaveText('3');

  // Kept on the device until cleared.
  await page.reload();
  await waitForH1(page, 'Groepsoverzicht');
  await expectGroupFigures(page);
  await expectNoA11yViolations(page);
  await expectTouchTargets(page);

  // CSV for a Dutch spreadsheet.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren als CSV' }).tap();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csv.trim().split('\r\n');
  // 20 statements, then the mirror: a blank line, a header, two rows per statement.
  expect(rows).toHaveLength(1 + 20 + 2 + 40);
  expect(rows[0]).toMatch(/;Perspectief$/);
  expect(rows[1]).toMatch(/^1;[^;]+;;;2;1;.*;De gemeente over zichzelf$/);
  expect(rows[2]).toMatch(/^2;[^;]+;58;/);
  expect(rows[23]).toMatch(/^1;helpen-01;[^;]+;De gemeente over zichzelf;;2;1$/);
  expect(rows[24]).toMatch(/^1;helpen-01;[^;]+;Partners over de gemeente;;0;0$/);

  // Presentation: one part per screen (long parts over several), arrow keys.
  await page.getByRole('button', { name: 'Presenteren' }).tap();
  const show = page.getByRole('dialog', { name: 'Presentatie van het groepsoverzicht' });
  await expect(show.getByRole('heading', { name: 'Deelnemers' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(show.getByRole('heading', { name: 'Spiegel: de gemeente en haar partners' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(show.getByRole('heading', { name: 'Zo helpen we (1 van 3)' })).toBeVisible();
  await expect(show.locator('li[data-item="helpen-02"] .avg')).toHaveText('58');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(show.getByRole('heading', { name: 'Wat we liever niet doen (1 van 2)' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(show.getByRole('heading', { name: 'Zo helpen we (3 van 3)' })).toBeVisible();
  const fontSize = await show.locator('h2').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(32);
  await expectNoA11yViolations(page);
  await expectTouchTargets(page);
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  // Focus goes back to where the presentation was opened.
  await expect(page.getByRole('button', { name: 'Presenteren' })).toBeFocused();

  // Clearing can be undone.
  await page.getByRole('button', { name: 'Groepsoverzicht wissen' }).tap();
  await expect(page.getByText('Nog geen resultaten')).toBeVisible();
  await page.getByRole('button', { name: 'Ongedaan maken' }).tap();
  await expect(page.getByTestId('deelnemers')).toHaveText('3');
  tracker.assertClean();
  await context.close();

  // The same with exported files, several at once, in landscape.
  const files = await tabletContext(browser, baseURL, { width: 1180, height: 820 });
  const facilitator = await files.newPage();
  await gotoAndWait(facilitator, '/groep', 'Groepsoverzicht');
  await facilitator.getByLabel('Bestanden van deelnemers (één of meer)').setInputFiles(shared.map((s) => s.file));
  await expect(facilitator.getByRole('status').filter({ hasText: 'toegevoegd' })).toBeVisible();
  await expectGroupFigures(facilitator);
  await expectTouchTargets(facilitator);
  await expectNoA11yViolations(facilitator);
  await files.close();
});

test('a link opened on a participant device can be kept there; phone size works by touch', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { link } = await participate(browser, baseURL, PARTICIPANTS[1]);
  const context = await tabletContext(browser, baseURL, { width: 390, height: 844 });
  const page = await context.newPage();
  const tracker = trackErrorsAndForeignRequests(page);
  await page.goto(link);
  await waitForH1(page, 'Groepsoverzicht');
  const dialog = page.getByRole('dialog', { name: 'Gedeeld resultaat ontvangen' });
  await expect(dialog).toContainText('Zelftest · College');
  await expectTouchTargets(page);
  await dialog.getByRole('button', { name: 'Bewaren op dit apparaat' }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Bewaard op dit apparaat' })).toBeVisible();
  await expect(page.getByText('Nog geen resultaten')).toBeVisible();
  // Now it is this device's own result: add it from here.
  await expect(page.getByText(/^1 afgeronde zelftest en \d+ checklists? op dit apparaat\.$/)).toBeVisible();
  await page.getByRole('region', { name: 'Resultaten toevoegen' }).getByRole('button', { name: 'Toevoegen aan groepsoverzicht' }).tap();
  await expect(page.getByTestId('deelnemers')).toHaveText('1');
  // One self-assessment is "1 zelftest", not "1 zelftests".
  await expect(page.locator('.big-number').filter({ has: page.getByTestId('deelnemers') })).toHaveText(/^1 zelftest( · |$)/);
  await expectTouchTargets(page);
  await expectNoA11yViolations(page);
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await expect(page.locator('.record')).toContainText('score 50 van 100');
  tracker.assertClean();
  await context.close();
});

test('a foreign fragment gives a clear message, not a crash', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await gotoAndWait(page, '/groep#d9' + '1'.repeat(30), 'Groepsoverzicht');
  await expect(page.getByRole('alert')).toContainText('nieuwere versie');
  await page.getByLabel('Gedeelde link').fill('https://example.org/iets-anders#hallo');
  await page.getByRole('button', { name: 'Link toevoegen' }).tap();
  await expect(page.getByRole('alert')).toContainText('geen gedeelde link');
  tracker.assertClean();
});

// Two participants fill in the same checklist (Valkuilen) and share it; the facilitator sees
// per item how many marked it gedaan / niet gedaan / n.v.t., also in the CSV.
const CHECKLIST_PARTICIPANTS = [
  { title: 'Tafel 1', states: { 1: 'Vermeden', 2: 'Trad op', 3: 'N.v.t.' } },
  { title: 'Tafel 2', states: { 1: 'Vermeden', 2: 'Vermeden', 4: 'N.v.t.' } },
];
// Item → [gedaan, niet gedaan, n.v.t.] over both copies.
const CHECKLIST_COUNTS = {
  'valkuil-01': [2, 0, 0],
  'valkuil-02': [1, 1, 0],
  'valkuil-03': [0, 0, 1],
  'valkuil-04': [0, 0, 1],
  'valkuil-05': [0, 0, 0],
};

async function shareChecklist(browser, baseURL, p) {
  const context = await tabletContext(browser, baseURL);
  const page = await context.newPage();
  const tracker = trackErrorsAndForeignRequests(page);
  await gotoAndWait(page, '/checklists?nieuw=valkuilen', 'Checklists');
  await expect(page.getByRole('heading', { name: 'Nieuwe checklist: Valkuilen' })).toBeVisible();
  await page.getByLabel('Titel (de casus of het overleg)').fill(p.title);
  await page.getByRole('button', { name: 'Checklist starten' }).tap();
  await expect(page).toHaveURL(/\/checklists\/[0-9a-f-]{36}$/);
  for (const [number, state] of Object.entries(p.states)) {
    const item = page.getByRole('group', { name: new RegExp(`^${number}\\. `) });
    const choice = item.getByLabel(state, { exact: true });
    await choice.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await choice.tap();
    await expect(choice).toBeChecked();
  }
  await page.getByRole('button', { name: 'Delen', exact: true }).tap();
  const panel = page.getByRole('region', { name: 'Delen met de begeleider' });
  const link = await panel.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(link).toMatch(/\/groep#d1\d+$/);
  expect(await decodeQr(page, panel.getByRole('img', { name: /QR-code/ }))).toBe(link);
  tracker.assertClean();
  await context.close();
  return link;
}

test('two participants share the same checklist; the facilitator sees the counts per item', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const links = [];
  for (const p of CHECKLIST_PARTICIPANTS) links.push(await shareChecklist(browser, baseURL, p));

  const context = await tabletContext(browser, baseURL);
  const page = await context.newPage();
  const tracker = trackErrorsAndForeignRequests(page);
  await gotoAndWait(page, '/groep', 'Groepsoverzicht');
  for (const [i, link] of links.entries()) {
    await page.goto(link);
    const dialog = page.getByRole('dialog', { name: 'Gedeeld resultaat ontvangen' });
    await expect(dialog).toContainText(`Checklist “Valkuilen” · ${CHECKLIST_PARTICIPANTS[i].title}`);
    await dialog.getByRole('button', { name: 'Toevoegen aan groepsoverzicht' }).tap();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Eén resultaat toegevoegd' })).toBeVisible();
  }
  const section = page.locator('section.group-section').filter({ has: page.getByRole('heading', { name: 'Checklist: Valkuilen (2×)' }) });
  await expect(section).toBeVisible();
  await expect(section.getByRole('columnheader')).toHaveText(['Punt', 'Vermeden', 'Trad op', 'N.v.t.']);
  await expect(section.locator('tbody tr')).toHaveCount(10);
  for (const [item, counts] of Object.entries(CHECKLIST_COUNTS)) {
    await expect(section.locator(`tr[data-item="${item}"] td`).nth(1)).toHaveText(String(counts[0]));
    await expect(section.locator(`tr[data-item="${item}"] td`).nth(2)).toHaveText(String(counts[1]));
    await expect(section.locator(`tr[data-item="${item}"] td`).nth(3)).toHaveText(String(counts[2]));
  }
  await expect(section.locator('tr[data-item="valkuil-04"] td').first()).toHaveText('Van een klankbordgroep consensus verwachten.');
  await expectNoA11yViolations(page);
  await expectTouchTargets(page);

  // The CSV has a checklist section: list, item id, item text, copies and counts per state,
  // under a header in the list's own answer words.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren als CSV' }).tap();
  const rows = readFileSync(await (await csvDownload).path(), 'utf8').trim().split('\r\n');
  expect(rows.filter((r) => r.includes('Gedaan;Niet gedaan'))).toEqual([]);
  const header = rows.indexOf('Checklist;Punt (id);Punt;Aantal ingevuld;Vermeden;Trad op;N.v.t.;Niet ingevuld');
  expect(header).toBe(22); // 1 header + 20 statements + a blank line
  expect(rows[21]).toBe('');
  // Checklists only: no mirror section after them.
  expect(rows.slice(header + 1)).toHaveLength(10);
  for (const [item, [done, notDone, na]] of Object.entries(CHECKLIST_COUNTS)) {
    const row = rows.find((r) => r.includes(`;${item};`));
    expect(row).toMatch(new RegExp(`^Valkuilen;${item};[^;]+;2;${done};${notDone};${na};${2 - done - notDone - na}$`));
  }

  // Presentation closed with "Sluiten": focus is back on "Presenteren". Focus starts on
  // "Volgende" (not on "Sluiten"), so Enter goes on instead of closing.
  await page.getByRole('button', { name: 'Presenteren' }).tap();
  const show = page.getByRole('dialog', { name: 'Presentatie van het groepsoverzicht' });
  await expect(show.getByRole('button', { name: 'Volgende' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(show.getByRole('status')).toHaveText(/^2 van \d+$/);
  await show.getByRole('button', { name: 'Sluiten' }).tap();
  await expect(show).toBeHidden();
  await expect(page.getByRole('button', { name: 'Presenteren' })).toBeFocused();
  tracker.assertClean();
  await context.close();
});
