// Keyboard only: the journeys of checklists.spec, worksheets.spec, data.spec and groep.spec
// done with Tab, Shift+Tab, Enter, Space, arrows (and Escape to leave the presentation) plus
// typing text; every stop that is reached shows a visible focus indicator.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gotoAndWait, trackErrorsAndForeignRequests, waitForH1, pressUntilFocused, expectVisibleFocus } from './helpers.mjs';

/** Focus predicates (run in the page, so built as source text). */
const isLinkStartingWith = (text) =>
  new Function('el', `return !!el && el.tagName === 'A' && el.textContent.trim().startsWith(${JSON.stringify(text)});`);
const isButton = (text) =>
  new Function('el', `return !!el && el.tagName === 'BUTTON' && el.textContent.trim() === ${JSON.stringify(text)};`);
const isId = (id) => new Function('el', `return !!el && el.id === ${JSON.stringify(id)};`);
const isRadioIn = (legend) =>
  new Function(
    'el',
    `return !!el && el.type === 'radio' && (el.closest('fieldset')?.querySelector('legend')?.textContent ?? '').includes(${JSON.stringify(legend)});`,
  );

const focused = (page) => page.locator(':focus');
const saved = (page) => expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();

test('checklist: from a handreiking, start, set two items with arrows and Space, a note, reload', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  await gotoAndWait(page, '/handreikingen/valkuilen', 'Alert zijn op valkuilen');
  await pressUntilFocused(page, isLinkStartingWith('Gebruik als checklist'), { max: 200, what: 'the link "Gebruik als checklist"' });
  await page.keyboard.press('Enter');
  // The app first (a title typed before it arrives makes the checklist at once).
  await waitForH1(page, 'Checklists');
  await expect(page.getByRole('heading', { name: 'Nieuwe checklist: Valkuilen' })).toBeVisible();
  await pressUntilFocused(page, isId('checklist-titel'), { what: 'the title field' });
  await page.keyboard.type('Toetsenbordoverleg');
  await pressUntilFocused(page, isButton('Checklist starten'), { max: 5, what: 'the button "Checklist starten"' });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/checklists\/[0-9a-f-]{36}$/);
  await waitForH1(page, /Checklist\s*Toetsenbordoverleg/);

  // Item 1: Tab into its radio group, Space picks "Vermeden", the arrow moves on to "Trad op".
  const item1 = page.getByRole('group', { name: /^1\. / });
  const item2 = page.getByRole('group', { name: /^2\. / });
  await pressUntilFocused(page, isRadioIn('1. '), { what: 'the choices of item 1' });
  await page.keyboard.press('Space');
  await expect(item1.getByLabel('Vermeden', { exact: true })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(item1.getByLabel('Trad op')).toBeChecked();
  await expectVisibleFocus(page);
  // Tab leaves the group for the note.
  await page.keyboard.press('Tab');
  await expect(item1.getByLabel('Notitie bij punt 1')).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('Nog bespreken met de griffie');
  // Item 2: Tab, then the arrow left from the first choice wraps to "N.v.t.".
  await pressUntilFocused(page, isRadioIn('2. '), { max: 3, what: 'the choices of item 2' });
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowLeft');
  await expect(item2.getByLabel('N.v.t.')).toBeChecked();
  await expectVisibleFocus(page);
  await saved(page);
  await expect(page.getByText('2 van 10 ingevuld · Vermeden: 0 · Trad op: 1 · N.v.t.: 1')).toBeVisible();

  await page.reload();
  await waitForH1(page, /Toetsenbordoverleg/);
  await expect(item1.getByLabel('Trad op')).toBeChecked();
  await expect(item2.getByLabel('N.v.t.')).toBeChecked();
  await expect(item1.getByLabel('Notitie bij punt 1')).toHaveValue('Nog bespreken met de griffie');
  tracker.assertClean();
});

test('werkbladen: open the housing example, copy it, change an option text', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  await gotoAndWait(page, '/handreikingen/politieke-keuzevraagstukken', 'Stel politieke keuzevraagstukken centraal');
  await pressUntilFocused(
    page,
    (el) => !!el && el.tagName === 'A' && el.textContent.trim() === 'Open het hulpmiddel' && !!el.closest('aside'),
    { max: 200, what: 'the link "Open het hulpmiddel"' },
  );
  await page.keyboard.press('Enter');
  await waitForH1(page, 'Werkbladen');
  await pressUntilFocused(page, isLinkStartingWith('Voorbeeld: woningbouwproject'), { what: 'the link to the housing example' });
  await page.keyboard.press('Enter');
  await waitForH1(page, /Werkblad\s*Voorbeeld: keuzevragen bij een woningbouwproject/);
  await pressUntilFocused(page, isButton('Kopiëren en bewerken'), { what: 'the button "Kopiëren en bewerken"' });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/werkbladen\/[0-9a-f-]{36}$/);
  await waitForH1(page, /Woningbouwproject \(kopie\)/);

  const first = page.locator('.sheet-row').first();
  const option = first.getByLabel('Optie', { exact: true }).first();
  await expect(option).toHaveValue('Hoogbouw');
  await pressUntilFocused(page, (el) => !!el && el.tagName === 'INPUT' && el.id.startsWith('optie-'), { what: 'the first option field' });
  await expect(option).toBeFocused();
  // Tabbing into a text field selects its text, so typing replaces it.
  await page.keyboard.type('Middelhoogbouw');
  await expect(option).toHaveValue('Middelhoogbouw');
  // "Wie besluit?": Tab into the group, arrows choose.
  const who = first.getByRole('group', { name: 'Wie besluit?' });
  await pressUntilFocused(page, isRadioIn('Wie besluit?'), { what: 'the choices "Wie besluit?"' });
  await page.keyboard.press('Space');
  const checkedLabel = () => who.locator('input:checked').evaluate((el) => el.labels[0].textContent.trim());
  for (let i = 0; i < 6 && (await checkedLabel()) !== 'Het college'; i++) await page.keyboard.press('ArrowRight');
  await expect(who.getByLabel('Het college')).toBeChecked();
  await expectVisibleFocus(page);
  await saved(page);

  await page.reload();
  await waitForH1(page, /Woningbouwproject \(kopie\)/);
  await expect(page.locator('.sheet-row').first().getByLabel('Optie', { exact: true }).first()).toHaveValue('Middelhoogbouw');
  await expect(page.locator('.sheet-row').first().getByRole('group', { name: 'Wie besluit?' }).getByLabel('Het college')).toBeChecked();
  tracker.assertClean();
});

test('gegevens: export everything, reach the import file field and open the file chooser', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  // Something to export: a checklist started by keyboard is covered above; here it is stored
  // on the page under test, which then loads again to read it.
  await gotoAndWait(page, '/gegevens', 'Gegevens');
  await page.evaluate(() =>
    localStorage.setItem(
      'samenwerkingswijzer',
      JSON.stringify({
        format: 'samenwerkingswijzer',
        version: 1,
        exportedAt: '2026-11-29T10:00:00.000Z',
        app: '0.1.0',
        evaluations: [],
        assessments: [],
        checklists: [
          {
            id: 'c-1',
            createdAt: '2026-11-01T10:00:00.000Z',
            updatedAt: '2026-11-01T10:00:00.000Z',
            list: 'valkuilen',
            title: 'Overleg',
            date: '2026-11-01',
            items: { 'valkuil-01': { state: 'done' } },
          },
        ],
        worksheets: [],
      }),
    ),
  );
  await page.reload();
  await waitForH1(page, 'Gegevens');
  await expect(page.getByText('Bewaard', { exact: true }).locator('xpath=following-sibling::dd[1]')).toHaveText('1 checklist');

  await pressUntilFocused(page, isButton('Exporteren'), { what: 'the button "Exporteren"' });
  const downloadPromise = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^samenwerkingswijzer-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.checklists.map((c) => c.title)).toEqual(['Overleg']);
  await expect(page.getByText(/Laatste export/).locator('xpath=following-sibling::dd[1]')).not.toHaveText('nog nooit');

  // The file field is reached by Tab, has its visible label and shows focus; Space opens the
  // system file chooser. Picking a file in that system dialog is outside the page and cannot
  // be driven by keys in a headless browser, so the test hands the file to the chooser.
  await pressUntilFocused(page, isId('import-bestanden'), { what: 'the import file field' });
  expect(await page.evaluate(() => document.activeElement.labels[0].textContent.trim())).toBe(
    'Importeren: kies een of meer bestanden (.json)',
  );
  const chooserPromise = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  const chooser = await chooserPromise;
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles({ name: 'terug.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  const dialog = page.getByRole('dialog', { name: 'Voorbeeld van de import' });
  await expect(dialog).toBeVisible();
  await pressUntilFocused(page, isButton('Samenvoegen'), { max: 20, what: 'the button "Samenvoegen"' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Samengevoegd' }).locator('p')).toHaveText('Samengevoegd: er is niets veranderd; 1 was al gelijk.');
  tracker.assertClean();
});

test('groep: add this device’s finished self-assessment, present with arrows, leave with Escape', async ({ page }) => {
  test.setTimeout(120_000);
  const tracker = trackErrorsAndForeignRequests(page);
  // A finished self-assessment on this device, done by keyboard.
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await pressUntilFocused(page, isRadioIn('Jouw rol'), { what: 'the choices "Jouw rol"' });
  await page.keyboard.press('Space');
  await expect(page.getByRole('group', { name: 'Jouw rol' }).getByLabel('Raad')).toBeChecked();
  await pressUntilFocused(page, isButton('Zelftest starten'), { max: 5, what: 'the button "Zelftest starten"' });
  await page.keyboard.press('Enter');
  await waitForH1(page, /Zelftest/);
  await pressUntilFocused(page, (el) => !!el && el.type === 'radio' && !!el.closest('.statement'), { what: 'the first statement' });
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    if (i < 19) await page.keyboard.press('Tab');
  }
  await expect(page.getByText('20 van 20 beantwoord')).toBeVisible();
  await saved(page);

  // To /groep through the main menu.
  await pressUntilFocused(
    page,
    (el) => !!el && !!el.closest('nav[aria-label="Hoofdmenu"]') && (el.getAttribute('href') || '').replace(/\/$/, '').endsWith('/groep'),
    { key: 'Shift+Tab', max: 200, what: 'the menu link to /groep' },
  );
  await page.keyboard.press('Enter');
  await waitForH1(page, 'Groepsoverzicht');
  await expect(page.getByText(/^1 afgeronde zelftest en \d+ checklists? op dit apparaat\.$/)).toBeVisible();
  await pressUntilFocused(page, isButton('Toevoegen aan groepsoverzicht'), { what: 'the button "Toevoegen aan groepsoverzicht"' });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('deelnemers')).toHaveText('1');

  await pressUntilFocused(page, isButton('Presenteren'), { what: 'the button "Presenteren"' });
  await page.keyboard.press('Enter');
  const show = page.getByRole('dialog', { name: 'Presentatie van het groepsoverzicht' });
  await expect(show.getByRole('heading', { name: 'Deelnemers' })).toBeVisible();
  // Focus on "Volgende" (not "Sluiten"): Enter goes on, as a presenter expects.
  await expect(show.getByRole('button', { name: 'Volgende' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(show.getByRole('heading', { name: 'Spiegel: de gemeente en haar partners' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(show.getByRole('heading', { name: 'Zo helpen we (1 van 3)' })).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(show.getByRole('heading', { name: 'Wat we liever niet doen (1 van 2)' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(show.getByRole('heading', { name: 'Zo helpen we (3 van 3)' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  // Focus returns to where the presentation was opened.
  await expect(page.getByRole('button', { name: 'Presenteren' })).toBeFocused();
  await expectVisibleFocus(page);
  await expect(focused(page)).toHaveCount(1);
  tracker.assertClean();
});
