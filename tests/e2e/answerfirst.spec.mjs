// A participant answers before the app arrives, and without it (issue 26), at 820x1180 with
// touch: /zelftest and /checklists?nieuw=<list> are answerable as plain HTML (the form
// written at build time from content/ by src/answer_first.rs), every answer is kept
// (public/answer-first.js) through a reload, and the app, once its wasm is let through,
// makes one record of everything at the same statement, focus and scroll. Without
// WebAssembly (Chromium with --js-flags=--jitless: V8 without a JIT has no WebAssembly; the
// issue's --no-expose-wasm leaves it in place in Chromium 156, the test checks which it
// got) or with a failed download the form still works
// and says why there is no score; a slow download never does. The pre-rendered form and the
// app's form are compared, so they cannot drift apart.
import { test, expect, chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../playwright.config.mjs';
import { expectNoA11yViolations, gotoAndWait, waitForH1, trackErrorsAndForeignRequests, expectTouchTargets } from './helpers.mjs';

const ZELFTEST_KEY = 'samenwerkingswijzer.vooraf.zelftest';
const WASM = /\/(zelftest|checklists)-[0-9a-f]+_bg\.wasm$/;
const MESSAGE = 'Deze browser kan de app niet starten';

// The service worker would answer the wasm's request itself, past the routes that hold it
// back; what is tested here comes before it.
test.use({ serviceWorkers: 'block' });

/** Holds the participant bundles' wasm back until the returned function is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(WASM, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The stored data's zelftests. */
async function storedAssessments(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('samenwerkingswijzer') || '{}').assessments || []);
}

/** What a participant reads and chooses in the statements on screen (static form or app). */
function statementsShown(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.statement')]
      .filter((li) => !li.hidden && li.closest('[hidden]') === null)
      .map((li) => ({
        number: li.querySelector('.statement-number').textContent,
        text: li.querySelector('.statement-text').textContent,
        question: li.querySelector('.statement-question').textContent,
        part: li.querySelector('.part-intro') ? li.querySelector('.part-intro').innerText : null,
        options: [...li.querySelectorAll('label.choice')].map((label) => {
          const input = label.querySelector('input');
          return [label.htmlFor, input.id, input.name, input.value, label.textContent.trim(), label.classList.contains('dont-know')];
        }),
      })),
  );
}

test('the zelftest is answerable before the app arrives; a reload keeps every answer; the app takes over at the same statement', async ({ page }) => {
  // The reload of an id route is served by 404.html (status 404), as on common hosts.
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  const release = await holdWasm(page);
  await page.goto('/zelftest', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zelftest');
  await page.getByRole('group', { name: 'Jouw rol' }).getByLabel('Raad', { exact: true }).tap();
  await expect(page.locator('.role-intro')).toHaveText('Met “wij” bedoelen de stellingen de gemeenteraad: alle fracties samen.');
  await page.getByLabel('Naam of groep (niet verplicht)').fill('Fractie Oost');
  // Every statement on one page at tablet size, with the part break before "liever niet".
  await expect(page.locator('.statement:visible')).toHaveCount(20);
  await expect(page.locator('.part-intro')).toHaveCount(2);
  await expect(page.locator('.statement').nth(12).locator('.part-intro h2')).toHaveText('Deel 2: wat doe je liever niet?');
  await expectNoA11yViolations(page);
  await expectTouchTargets(page);
  const statements = page.locator('.statement');
  await statements.nth(0).getByLabel('Helemaal', { exact: true }).tap();
  await statements.nth(1).getByLabel('Weet ik niet', { exact: true }).tap();
  await expect(page.getByText('2 van 20 beantwoord')).toBeVisible();
  // Still without the app; the wasm is only slow, which is no failure.
  await expect(page.locator('html[data-app]')).toHaveCount(0);
  await expect(page.getByText(MESSAGE)).toBeHidden();

  // A reload before the app arrives keeps everything.
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('group', { name: 'Jouw rol' }).getByLabel('Raad', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Naam of groep (niet verplicht)')).toHaveValue('Fractie Oost');
  await expect(statements.nth(0).getByLabel('Helemaal', { exact: true })).toBeChecked();
  await expect(statements.nth(1).getByLabel('Weet ik niet', { exact: true })).toBeChecked();
  await expect(page.getByText('2 van 20 beantwoord')).toBeVisible();
  // Further down the page: statement 14, the focus on its answer.
  await statements.nth(13).getByLabel('Zelden', { exact: true }).tap();
  await expect(page.locator('html[data-app]')).toHaveCount(0);
  const before = await page.evaluate(() => ({
    focus: document.activeElement.id,
    top: document.activeElement.closest('li').getBoundingClientRect().top,
  }));
  expect(before.focus).toBe('liever-niet-02-2');
  const kept = await page.evaluate((key) => Object.fromEntries(new URLSearchParams(localStorage.getItem(key))), ZELFTEST_KEY);
  expect(kept).toMatchObject({ rol: 'raad', naam: 'Fractie Oost', 'helpen-01': '5', 'helpen-02': 'weet-niet', 'liever-niet-02': '2' });

  // The app arrives: one zelftest with every answer, at the same statement, focus and place.
  release();
  await expect(page).toHaveURL(/\/zelftest\/[0-9a-f-]{36}$/);
  await waitForH1(page, /Zelftest/);
  const after = await page.evaluate(() => ({
    focus: document.activeElement.id,
    top: document.activeElement.closest('li').getBoundingClientRect().top,
  }));
  expect(after.focus).toBe(before.focus);
  expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(2);
  await expect(page.getByText('3 van 20 beantwoord')).toBeVisible();
  let stored = await storedAssessments(page);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ role: 'raad', label: 'Fractie Oost', answers: { 'helpen-01': { scale: 5 }, 'helpen-02': 'dontKnow', 'liever-niet-02': { scale: 2 } } });
  expect(await page.evaluate((key) => localStorage.getItem(key), ZELFTEST_KEY)).toBeNull();

  // Answers after the take-over belong to the same zelftest, also after a reload.
  await page.locator('.statement').nth(2).getByLabel('Een beetje', { exact: true }).tap();
  await page.reload();
  await waitForH1(page, /Zelftest/);
  await expect(page.getByText('4 van 20 beantwoord')).toBeVisible();
  stored = await storedAssessments(page);
  expect(stored).toHaveLength(1);
  expect(Object.keys(stored[0].answers)).toHaveLength(4);
  tracker.assertClean();
});

test('"Zelftest starten" in the pre-rendered form checks the role, then the app opens the zelftest', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/zelftest', { waitUntil: 'domcontentloaded' });
  const form = page.locator('form#vooraf');
  await form.getByRole('button', { name: 'Zelftest starten' }).tap();
  await expect(page.getByRole('alert')).toHaveText('Kies eerst je rol.');
  await page.getByRole('group', { name: 'Jouw rol' }).getByLabel('Anders', { exact: true }).tap();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // "Anders" chooses its side first; the statements come with the choice.
  await expect(page.locator('.statement:visible')).toHaveCount(0);
  await page.getByRole('group', { name: 'Je antwoordt' }).getByLabel('Als partner, over de gemeente', { exact: true }).tap();
  await expect(page.locator('.statement').first().locator('.statement-text')).toHaveText('De gemeente geeft ruimte en deelt invloed.');
  release();
  await waitForH1(page, 'Zelftest');
  await expect(page).toHaveURL(/\/zelftest$/);
  // The app shows the same form, as it was, and takes over at its start button.
  await expect(page.getByRole('group', { name: 'Je antwoordt' }).getByLabel('Als partner, over de gemeente', { exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Zelftest starten' }).tap();
  await expect(page).toHaveURL(/\/zelftest\/[0-9a-f-]{36}$/);
  await waitForH1(page, /Hoe goed is de gemeente als samenwerkingspartner\?/);
  const stored = await storedAssessments(page);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ role: 'anders', perspective: 'partner' });
});

test('a failed wasm download: the form still works, answers stay, and the message says why', async ({ page }) => {
  await page.route(WASM, (route) => route.abort());
  await page.goto('/zelftest', { waitUntil: 'domcontentloaded' });
  const message = page.getByRole('alert');
  await expect(message).toContainText(MESSAGE);
  await expect(message).toContainText('Je antwoorden blijven bewaard op dit apparaat: ze staan er als zelftest zodra de app hier weer start');
  await page.getByRole('group', { name: 'Jouw rol' }).getByLabel('College', { exact: true }).tap();
  await page.locator('.statement').nth(0).getByLabel('Grotendeels', { exact: true }).tap();
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(page.locator('.statement').nth(0).getByLabel('Grotendeels', { exact: true })).toBeChecked();
  // The next time the app runs on this device, the answers are a zelftest.
  await page.unroute(WASM);
  await page.goto('/zelftest');
  await expect(page).toHaveURL(/\/zelftest\/[0-9a-f-]{36}$/);
  await waitForH1(page, /Zelftest/);
  const stored = await storedAssessments(page);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ role: 'college', answers: { 'helpen-01': { scale: 4 } } });
});

test('without WebAssembly (--js-flags=--jitless) the form works and says that the answers are kept', async ({ baseURL }) => {
  const browser = await chromium.launch({ ...chromiumLaunchOptions, args: [...chromiumLaunchOptions.args, '--js-flags=--jitless'] });
  try {
    const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true, locale: 'nl-NL', baseURL });
    const page = await context.newPage();
    await page.goto('/zelftest');
    expect(await page.evaluate(() => typeof WebAssembly)).toBe('undefined');
    await expect(page.getByRole('alert')).toContainText(MESSAGE);
    await page.getByRole('group', { name: 'Jouw rol' }).getByLabel('Ambtelijke organisatie', { exact: true }).tap();
    // The ambtelijke organisatie is not asked two statements, and reads its own wording.
    await expect(page.locator('.statement:visible')).toHaveCount(18);
    await expect(page.locator('.left-out')).toBeVisible();
    await page.locator('.statement:visible').nth(17).getByLabel('Nooit', { exact: true }).tap();
    await expect(page.getByText('1 van 18 beantwoord')).toBeVisible();
    await page.reload();
    await expect(page.locator('.statement:visible').nth(17).getByLabel('Nooit', { exact: true })).toBeChecked();
    await expectNoA11yViolations(page);
    await context.close();
  } finally {
    await browser.close();
  }
});

test('a checklist from a link is answerable before the app arrives; the app opens it with every tick', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/checklists?nieuw=valkuilen', { waitUntil: 'domcontentloaded' });
  const form = page.locator('form#vooraf');
  await expect(form.getByRole('heading', { level: 2 })).toHaveText(/^Nieuwe checklist: /);
  const items = form.locator('.checklist-item:visible');
  const count = await items.count();
  expect(count).toBeGreaterThan(3);
  await form.getByLabel('Titel (de casus of het overleg)').fill('Buurtwinkel Espel');
  await items.nth(0).getByLabel('Vermeden', { exact: true }).tap();
  await items.nth(2).getByLabel('Trad op', { exact: true }).tap();
  await expect(form.locator('.progress-line:visible')).toContainText(`2 van ${count} ingevuld · Vermeden: 1 · Trad op: 1 · N.v.t.: 0`);
  await expectNoA11yViolations(page);
  await expectTouchTargets(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(items.nth(2).getByLabel('Trad op', { exact: true })).toBeChecked();
  await expect(form.getByLabel('Titel (de casus of het overleg)')).toHaveValue('Buurtwinkel Espel');
  release();
  await expect(page).toHaveURL(/\/checklists\/[0-9a-f-]{36}$/);
  await waitForH1(page, /Buurtwinkel Espel/);
  await expect(page.getByText(`2 van ${count} ingevuld · Vermeden: 1 · Trad op: 1 · N.v.t.: 0`)).toBeVisible();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('samenwerkingswijzer')).checklists);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ list: 'valkuilen', title: 'Buurtwinkel Espel' });
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenwerkingswijzer.vooraf.')))).toEqual([]);
});

test('typing the title while the app takes over: the caret stays where it was, no letter is lost or replaced', async ({ page }) => {
  // WebKit selects a whole text field focused by script, so the app's editor took the next
  // keystroke as a replacement of the kept title ("Overleg" became "rleg"): found by the
  // WebKit journey on a loaded machine.
  const release = await holdWasm(page);
  await page.goto('/checklists?nieuw=valkuilen', { waitUntil: 'domcontentloaded' });
  const title = page.locator('form#vooraf').getByLabel('Titel (de casus of het overleg)');
  await title.pressSequentially('Overleg');
  // The caret after "Ove", as a participant who went back to correct a letter.
  await title.evaluate((input) => input.setSelectionRange(3, 3));
  release();
  await expect(page).toHaveURL(/\/checklists\/[0-9a-f-]{36}$/);
  const editorTitle = page.getByLabel('Titel (de casus of het overleg)');
  await expect(editorTitle).toBeFocused();
  expect(await editorTitle.evaluate((input) => [input.selectionStart, input.selectionEnd])).toEqual([3, 3]);
  await page.keyboard.type('-');
  await expect(editorTitle).toHaveValue('Ove-rleg');
  await waitForH1(page, /Ove-rleg/);
});

test('a failed download on a checklist link keeps the ticks and says so', async ({ page }) => {
  await page.route(WASM, (route) => route.abort());
  await page.goto('/checklists?nieuw=regie', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('alert')).toContainText(MESSAGE);
  const first = () => page.locator('.checklist-item:visible').nth(1).locator('input[type=radio]').first();
  await first().tap();
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(first()).toBeChecked();
});

test('the pre-rendered zelftest form says what the app says, for every role', async ({ page }) => {
  const roles = [
    ['Raad'],
    ['College'],
    ['Ambtelijke organisatie'],
    ['Partner uit de samenleving'],
    ['Anders', 'Voor de gemeente'],
    ['Anders', 'Als partner, over de gemeente'],
  ];
  const choose = async ([role, side]) => {
    await page.getByRole('group', { name: 'Jouw rol' }).getByLabel(role, { exact: true }).tap();
    if (side) await page.getByRole('group', { name: 'Je antwoordt' }).getByLabel(side, { exact: true }).tap();
  };
  // The static form, without the app.
  await page.route(WASM, (route) => route.abort());
  await page.goto('/zelftest', { waitUntil: 'domcontentloaded' });
  const staticForms = [];
  for (const role of roles) {
    await choose(role);
    staticForms.push({ intro: await page.locator('.role-intro').textContent(), leftOut: await page.locator('.left-out:visible').allTextContents(), statements: await statementsShown(page) });
  }
  await page.unroute(WASM);
  await page.evaluate(() => localStorage.clear());
  // The app's editor for each role.
  for (const [index, role] of roles.entries()) {
    await gotoAndWait(page, '/zelftest', 'Zelftest');
    await choose(role);
    await page.getByRole('button', { name: 'Zelftest starten' }).tap();
    await expect(page).toHaveURL(/\/zelftest\/[0-9a-f-]{36}$/);
    await waitForH1(page, /Zelftest/);
    const app = { intro: await page.locator('.role-intro').textContent(), leftOut: await page.locator('.left-out:visible').allTextContents(), statements: await statementsShown(page) };
    expect(app.statements.length).toBeGreaterThan(15);
    expect(staticForms[index], role.join(', ')).toEqual(app);
  }
});

test('the pre-rendered checklist says what the app says, for every list', async ({ page }) => {
  const itemsShown = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.checklist-item')]
        .filter((li) => li.closest('[hidden]') === null)
        .map((li) => ({
          legend: li.querySelector('legend').textContent,
          options: [...li.querySelectorAll('label.choice')].map((l) => [l.htmlFor, l.querySelector('input').name, l.querySelector('input').value, l.textContent.trim()]),
          note: li.querySelector('textarea').id + ' ' + li.querySelector('.note-field label').textContent,
        })),
    );
  await gotoAndWait(page, '/checklists', 'Checklists');
  const lists = await page.locator('a.card-action').evaluateAll((links) => links.map((a) => new URL(a.href).searchParams.get('nieuw')));
  expect(lists.length).toBeGreaterThan(3);
  for (const list of lists) {
    await page.route(WASM, (route) => route.abort());
    await page.goto(`/checklists?nieuw=${list}`, { waitUntil: 'domcontentloaded' });
    const before = { items: await itemsShown(page), lead: await page.locator('form#vooraf .checklist-lead:visible').allTextContents() };
    await page.unroute(WASM);
    await gotoAndWait(page, `/checklists?nieuw=${list}`, 'Checklists');
    await page.getByRole('button', { name: 'Checklist starten' }).tap();
    await expect(page).toHaveURL(/\/checklists\/[0-9a-f-]{36}$/);
    await expect(page.locator('.checklist-item').first()).toBeVisible();
    const app = { items: await itemsShown(page), lead: await page.locator('.checklist-lead:visible').allTextContents() };
    expect(before, list).toEqual(app);
  }
});

test('on a phone the pre-rendered form shows one statement per screen, as the app does', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.route(WASM, (route) => route.abort());
  await page.goto('/zelftest', { waitUntil: 'domcontentloaded' });
  await page.getByRole('group', { name: 'Jouw rol' }).getByLabel('Raad', { exact: true }).tap();
  await expect(page.locator('.statement:visible')).toHaveCount(1);
  await expect(page.locator('.statement:visible .statement-number')).toHaveText('Stelling 1 van 20');
  const nav = page.getByRole('navigation', { name: 'Stellingen' });
  await nav.getByRole('button', { name: 'Volgende' }).tap();
  await expect(page.locator('.statement:visible .statement-number')).toHaveText('Stelling 2 van 20');
  await expect(nav).toContainText('Stelling 2 van 20');
  await expectTouchTargets(page);
  // A tapped answer moves on to the next statement, as in the app.
  await page.locator('.statement:visible').getByLabel('Grotendeels', { exact: true }).tap();
  await expect(page.locator('.statement:visible .statement-number')).toHaveText('Stelling 3 van 20');
});

test('"Alles verwijderen" and "Klaar op dit apparaat" also remove answers kept before the app', async ({ page }) => {
  const put = () => page.evaluate((key) => localStorage.setItem(key, 'rol=raad&helpen-01=3'), ZELFTEST_KEY);
  await gotoAndWait(page, '/gegevens', 'Gegevens');
  await put();
  await page.getByRole('button', { name: 'Alles verwijderen', exact: true }).tap();
  await page.getByRole('dialog', { name: 'Alle gegevens verwijderen?' }).getByRole('button', { name: 'Ja, alles verwijderen' }).tap();
  await expect(page.getByText('Alles is verwijderd')).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), ZELFTEST_KEY)).toBeNull();
  // A checklist's "Klaar op dit apparaat" leaves nothing kept for the next participant.
  await gotoAndWait(page, '/checklists?nieuw=regie', 'Checklists');
  await page.getByRole('button', { name: 'Checklist starten' }).tap();
  await expect(page).toHaveURL(/\/checklists\/[0-9a-f-]{36}$/);
  await waitForH1(page, /Checklist/);
  await put();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Klaar op dit apparaat' }).tap();
  await expect(page).toHaveURL(/\/checklists$/);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenwerkingswijzer.vooraf.')))).toEqual([]);
});

test('the form comes first: the participant pages fetch the app at low priority, other pages do not', async ({ request }) => {
  for (const route of ['/zelftest', '/checklists']) {
    const html = await (await request.get(route)).text();
    const preloads = html.match(/<link rel="(?:modulepreload|preload)"[^>]*>/g) ?? [];
    expect(preloads.length, `${route}: the glue and the wasm are preloaded`).toBe(2);
    for (const link of preloads) expect(link, route).toContain('fetchpriority="low"');
  }
  // A zelftest with an id has no form to wait for: its app is fetched at once, at the
  // priority the browser gives it (the shell's dispatcher imports the bundle by path).
  const shell = await (await request.get('/zelftest/00000000-0000-4000-8000-000000000000')).text();
  expect(shell).toMatch(/zelftest-[0-9a-f]+\.js/);
  expect(shell).not.toContain('fetchpriority');
});
