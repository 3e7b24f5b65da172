// Entry points (docs/size.md): each group of tools loads only its own wasm. The participant's
// two tools (/zelftest, /checklists) load a bundle each, the evaluations and the
// facilitator's data tools (groep, gegevens) theirs, the rest the main app; a link from one group to
// another is a page load, a reload of a route with an id loads the right bundle through
// 404.html, the tool pages paint their heading before the wasm, and the participant's app
// keeps the data of kinds it does not edit.
import { test, expect } from '@playwright/test';
import { SUB_BASE, SUB_ORIGIN, gotoAndWait, openMainMenu, trackErrorsAndForeignRequests, waitForH1 } from './helpers.mjs';

/** Records which app bundles (…_bg.wasm) the page fetches. */
function watchBundles(page) {
  const wasm = [];
  page.on('request', (r) => {
    const m = /\/([a-z]+)-[0-9a-f]+_bg\.wasm$/.exec(new URL(r.url()).pathname);
    if (m) wasm.push(m[1]);
  });
  return wasm;
}

// A filled evaluation (the shape of scripts/bench-evaluations.mjs), which only the
// facilitator's app edits.
const EVALUATION = {
  id: '00000000-0000-4000-8000-000000000001',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  status: 'afgerond',
  title: 'Buurthuis De Zuid',
  example: 'voorbeeld-01',
  complexity: 'complex',
  place: 'Emmeloord',
  periodStart: '2026-10-01',
  parties: [{ name: 'Stichting De Zuid', role: 'trekker' }],
  municipalityRole: 'faciliteren',
  participationLevel: 'coproduceren',
  werkvormen: ['Inloopavond'],
  motives: 'Een plek voor de buurt.',
  matters: { 'zaak-doelen': { score: 4, wentWell: 'Heldere doelen', couldBeBetter: 'Eerder delen' } },
  conditions: { openheid: { score: 3, wentWell: 'Open gesprek' }, duidelijkheid: { score: 'nvt' } },
  helped: ['helpen-01'],
  avoided: ['liever-niet-02'],
  pitfalls: { 'valkuil-01': 'Te laat betrokken' },
  raadInvolved: true,
  regie: ['regie-01'],
  regieNote: 'Griffie hield de regie.',
  lessons: [{ id: '00000000-0000-4000-8000-000000000101', text: 'Vroeg beginnen', matter: 'zaak-doelen', action: 'Plan maken', owner: 'Griffie' }],
};

test('each participant route loads only its own bundle; their heading is in the HTML', async ({ page, request }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  const wasm = watchBundles(page);
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await gotoAndWait(page, '/checklists', 'Checklists');
  expect(wasm).toEqual(['zelftest', 'checklists']);
  for (const [route, bundle] of [['/zelftest', 'zelftest'], ['/checklists', 'checklists']]) {
    const html = await (await request.get(route)).text();
    expect(html, `${route}: its heading is pre-rendered`).toMatch(/<h1>[^<]+<\/h1>/);
    const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
    expect(main, `${route}: its intro is pre-rendered`).toMatch(/class="lead"/);
    // Issue 26: the participant answers in the pre-rendered form before the app runs.
    expect(main, `${route}: its answer form is pre-rendered`).toMatch(/<form class="panel vooraf" id="vooraf"[^>]*>[\s\S]*<input type="radio"/);
    expect(html).toMatch(new RegExp(`/${bundle}-[0-9a-f]+\\.js`));
    expect(html, `${route}: not the other participant tool's bundle`).not.toMatch(
      new RegExp(`/${bundle === 'zelftest' ? 'checklists' : 'zelftest'}-[0-9a-f]+`),
    );
  }
  tracker.assertClean();
});

/** Holds back every wasm download of `page` until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a tool page paints its heading and intro before its wasm has loaded', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/zelftest');
  await expect(page.getByRole('heading', { level: 1, name: 'Zelftest' })).toBeVisible();
  await expect(page.locator('main .lead')).toContainText('Hoe goed is de gemeente als samenwerkingspartner?');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  release();
  await waitForH1(page, 'Zelftest');
  await expect(page.getByRole('radio', { name: 'Raad' })).toBeVisible();
});

test('on a phone, a tool page shows "Menu" only once its app can open the menu', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const release = await holdWasm(page);
  await page.goto('/checklists');
  await expect(page.getByRole('heading', { level: 1, name: 'Checklists' })).toBeVisible();
  const button = page.locator('header .menu-button');
  await expect(button).toHaveCount(1);
  // Pre-rendered but not yet working: not shown, so no tap on it is lost ...
  await expect(button).toBeHidden();
  const box = () => button.evaluate((el) => JSON.stringify(el.getBoundingClientRect()));
  const place = await box();
  release();
  await waitForH1(page, 'Checklists');
  // ... and shown in the same place once the app has taken over, where it opens the menu.
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  await expect(menu).toBeVisible();
  expect(await box()).toBe(place);
  await menu.tap();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu', exact: true }).getByRole('link', { name: 'Zelftest', exact: true })).toBeVisible();
});

test('from a participant tool to a facilitator tool and back: page loads with the right bundle', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  const wasm = watchBundles(page);
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  let nav = await openMainMenu(page);
  await nav.getByRole('link', { name: 'Evaluaties', exact: true }).click();
  await expect(page).toHaveURL(/\/evaluaties$/);
  await waitForH1(page, 'Evaluaties');
  nav = await openMainMenu(page);
  await nav.getByRole('link', { name: 'Werkbladen', exact: true }).click();
  await waitForH1(page, 'Werkbladen');
  nav = await openMainMenu(page);
  await nav.getByRole('link', { name: 'Checklists', exact: true }).click();
  await waitForH1(page, 'Checklists');
  expect(wasm).toEqual(['zelftest', 'evaluations', 'samenwerkingswijzer', 'checklists']);
  // Back through the history: each page again with its own app.
  await page.goBack();
  await waitForH1(page, 'Werkbladen');
  await page.goBack();
  await waitForH1(page, 'Evaluaties');
  tracker.assertClean();
});

test('inside a bundle, links and back/forward move without a page load; another bundle’s link loads', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  // Survives only as long as the document does.
  await page.evaluate(() => { window.sameDocument = true; });
  const sameDocument = () => page.evaluate(() => window.sameDocument === true);
  await page.getByRole('group', { name: 'Jouw rol' }).getByLabel('Raad', { exact: true }).tap();
  await page.getByRole('button', { name: 'Zelftest starten' }).tap();
  await expect(page).toHaveURL(/\/zelftest\/[0-9a-f-]{36}$/);
  const editor = page.url();
  await waitForH1(page, /Hoe goed zijn wij/);
  expect(await sameDocument()).toBe(true);

  // A link to a route of this bundle: the page changes in place and starts at the top. (Every
  // page of this document made tall, so staying scrolled would be possible.)
  await page.evaluate(() => { document.body.style.minHeight = '6000px'; });
  await page.evaluate(() => window.scrollTo(0, 900));
  expect(await page.evaluate(() => window.scrollY)).toBe(900);
  // Clicked from script: a tap would first scroll the link (at the top) into view.
  await page.evaluate(() => document.querySelector('nav[aria-label="Kruimelpad"] a[href$="/zelftest"]').click());
  await expect(page).toHaveURL(/\/zelftest$/);
  await waitForH1(page, 'Zelftest');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  expect(await sameDocument()).toBe(true);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu', exact: true }).getByRole('link', { name: 'Zelftest', exact: true }))
    .toHaveAttribute('aria-current', 'page');

  // Back and forward: in place too, each address with its page.
  await page.goBack();
  await expect(page).toHaveURL(editor);
  await waitForH1(page, /Hoe goed zijn wij/);
  expect(await sameDocument()).toBe(true);
  await page.goForward();
  await expect(page).toHaveURL(/\/zelftest$/);
  await waitForH1(page, 'Zelftest');
  expect(await sameDocument()).toBe(true);
  // A link to the page shown adds no history entry: back still goes to the editor.
  await page.getByRole('navigation', { name: 'Hoofdmenu', exact: true }).getByRole('link', { name: 'Zelftest', exact: true }).tap();
  await page.goBack();
  await expect(page).toHaveURL(editor);
  await page.goForward();
  await expect(page).toHaveURL(/\/zelftest$/);
  await waitForH1(page, 'Zelftest');

  // A link to a route of another bundle is a page load.
  await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Start' }).tap();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('h1')).toHaveText('Leer- en inspiratieomgeving');
  expect(await sameDocument()).toBe(false);
  tracker.assertClean();
});

test('a reload of a route with an id loads its group’s bundle through 404.html', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  const wasm = watchBundles(page);
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await page.getByRole('radio', { name: 'Raad' }).check();
  await page.getByRole('button', { name: 'Zelftest starten' }).click();
  await expect(page).toHaveURL(/\/zelftest\/[0-9a-f-]{36}$/);
  await page.reload();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.locator('main h1')).toContainText('Zelftest');
  expect(wasm).toEqual(['zelftest', 'zelftest']);

  wasm.length = 0;
  await page.goto('/bestaat-niet');
  await waitForH1(page, 'Pagina niet gevonden');
  expect(wasm).toEqual(['samenwerkingswijzer']);
  tracker.assertClean();
});

// A worksheet with a field of a newer version: the participant's bundles keep worksheets and
// evaluations as JSON (src/model/raw.rs) and write them back as they came.
const WORKSHEET = {
  id: '00000000-0000-4000-8000-000000000002',
  createdAt: '2026-11-03T09:00:00.000Z',
  updatedAt: '2026-11-03T09:00:00.000Z',
  kind: 'maatwerk-canvas',
  title: 'Speeltuin',
  matters: { 'zaak-doelen': { note: 'Samen met de buurt' } },
  uitNieuwereVersie: { bewaard: true },
};

test('the participant’s two apps keep the data of kinds they do not edit', async ({ page }) => {
  await page.goto('/zelftest');
  const stored = {
    format: 'samenwerkingswijzer',
    version: 1,
    exportedAt: '2026-11-01T10:00:00.000Z',
    app: '0.1.0',
    evaluations: [EVALUATION],
    assessments: [],
    checklists: [],
    worksheets: [WORKSHEET],
  };
  await page.evaluate((data) => localStorage.setItem('samenwerkingswijzer', JSON.stringify(data)), stored);
  const records = () => page.evaluate(() => JSON.parse(localStorage.getItem('samenwerkingswijzer')));
  // The facilitator's app reads it as it is (so the records are valid) ...
  await gotoAndWait(page, '/evaluaties', 'Evaluaties');
  await expect(page.getByText(EVALUATION.title)).toBeVisible();
  const before = (await records()).evaluations;
  // ... and the zelftest saves the whole dataset without changing the other kinds ...
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await page.getByRole('radio', { name: 'College' }).check();
  await page.getByLabel('Naam of groep (niet verplicht)').fill('Team Noord');
  await page.getByRole('button', { name: 'Zelftest starten' }).click();
  await expect(page).toHaveURL(/\/zelftest\/[0-9a-f-]{36}$/);
  await expect.poll(async () => (await records()).assessments[0]?.label).toBe('Team Noord');
  const afterZelftest = await records();
  expect(afterZelftest.assessments).toHaveLength(1);
  expect(afterZelftest.evaluations).toEqual(before);
  expect(afterZelftest.evaluations[0].lessons[0].text).toBe('Vroeg beginnen');
  expect(afterZelftest.worksheets).toEqual([WORKSHEET]);
  // ... and so do the checklists, which keep the assessment as it was.
  await gotoAndWait(page, '/checklists?nieuw=valkuilen', 'Checklists');
  await expect(page.getByRole('heading', { name: 'Nieuwe checklist: Valkuilen' })).toBeVisible();
  await page.getByLabel('Titel (de casus of het overleg)').fill('Speeltuin');
  await page.getByRole('button', { name: 'Checklist starten' }).click();
  await expect(page).toHaveURL(/\/checklists\/[0-9a-f-]{36}$/);
  await expect.poll(async () => (await records()).checklists.length).toBe(1);
  const afterChecklists = await records();
  expect(afterChecklists.assessments).toEqual(afterZelftest.assessments);
  expect(afterChecklists.evaluations).toEqual(before);
  expect(afterChecklists.worksheets).toEqual([WORKSHEET]);
  // The full app still reads everything.
  await gotoAndWait(page, '/evaluaties', 'Evaluaties');
  await expect(page.getByText(EVALUATION.title)).toBeVisible();
});

test('under a sub-path the entry points and the 404.html dispatch work too', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  const wasm = watchBundles(page);
  await gotoAndWait(page, `${SUB_ORIGIN}${SUB_BASE}checklists?nieuw=valkuilen`, null);
  await page.getByLabel('Titel (de casus of het overleg)').fill('Onder een pad');
  await page.getByRole('button', { name: 'Checklist starten' }).click();
  await expect(page).toHaveURL(/\/samenwerkingswijzer\/checklists\/[0-9a-f-]{36}$/);
  await page.reload();
  await waitForH1(page, /Onder een pad/);
  const checklist = page.url();
  // A link to a route of this bundle under the sub-path: in place, the base kept.
  await page.evaluate(() => { window.sameDocument = true; });
  await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Checklists' }).click();
  await expect(page).toHaveURL(`${SUB_ORIGIN}${SUB_BASE}checklists`);
  await waitForH1(page, 'Checklists');
  expect(await page.evaluate(() => window.sameDocument)).toBe(true);
  // A link to a fragment of this page: `<base href>` makes it the start page's address, but
  // it is a jump within this page.
  await page.evaluate(() => {
    const jump = document.createElement('a');
    jump.href = '#inhoud';
    jump.textContent = 'Naar de lijsten';
    document.querySelector('main h1').after(jump);
  });
  await page.getByRole('link', { name: 'Naar de lijsten' }).click();
  await expect(page).toHaveURL(`${SUB_ORIGIN}${SUB_BASE}checklists#inhoud`);
  await waitForH1(page, 'Checklists');
  expect(await page.evaluate(() => window.sameDocument)).toBe(true);
  await page.goBack();
  await expect(page).toHaveURL(`${SUB_ORIGIN}${SUB_BASE}checklists`);
  await page.goBack();
  await expect(page).toHaveURL(checklist);
  await waitForH1(page, /Onder een pad/);
  expect(await page.evaluate(() => window.sameDocument)).toBe(true);
  // A link to another bundle's route under the sub-path: a page load of that bundle.
  const nav = await openMainMenu(page);
  await nav.getByRole('link', { name: 'Zelftest', exact: true }).click();
  await expect(page).toHaveURL(`${SUB_ORIGIN}${SUB_BASE}zelftest`);
  await waitForH1(page, 'Zelftest');
  expect(await page.evaluate(() => window.sameDocument)).toBeUndefined();
  await gotoAndWait(page, `${SUB_ORIGIN}${SUB_BASE}gegevens`, 'Gegevens');
  expect(wasm).toEqual(['checklists', 'checklists', 'zelftest', 'facilitator']);
  tracker.assertClean(SUB_ORIGIN);
});
