// End-to-end tests of /gegevens and the store (tablet 820x1180 with touch): export, delete
// and import back; preview, merge, report and undo; every kind of bad file gives its Dutch
// message and changes nothing; unreadable stored data is kept and offered; a full storage
// shows a lasting failure; two tabs see each other's changes; axe with the dialogs open.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { checklist, envelope, recordsOf, reportMeasurement, storedNow, STORAGE_KEY, gotoAndWait, trackErrorsAndForeignRequests, expectNoA11yViolations } from './helpers.mjs';

const KEY = STORAGE_KEY;

/** Opens /gegevens with `data` stored (or nothing). */
async function openWith(page, data) {
  await gotoAndWait(page, '/gegevens', 'Gegevens');
  await page.evaluate(
    ([key, text]) => {
      localStorage.clear();
      if (text !== null) localStorage.setItem(key, text);
    },
    [KEY, data === null ? null : typeof data === 'string' ? data : JSON.stringify(data)],
  );
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Gegevens');
}

// Read with every pending save written first (helpers.mjs).
const stored = (page) => storedNow(page, KEY);
const storedRecords = async (page) => recordsOf(await stored(page));
const fileInput = (page) => page.getByLabel('Importeren: kies een of meer bestanden (.json)');
const jsonFile = (name, value) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
});
const saved = (page) => expect(page.locator('header [role="status"]')).toHaveText('Opgeslagen');

test('export everything, delete everything, import the file: all back, identical', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await openWith(page, envelope());
  const before = await storedRecords(page);
  await expect(page.getByText('3 onderdelen (1 evaluatie,')).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren', exact: true }).tap();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^samenwerkingswijzer-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = fs.readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(exported).checklists).toEqual(before.checklists);
  await expect(page.getByText(/Laatste export/).locator('xpath=following-sibling::dd[1]')).not.toHaveText('nog nooit');

  // Delete everything, after the confirmation that offers a download first.
  await page.getByRole('button', { name: 'Alles verwijderen', exact: true }).tap();
  const confirm = page.getByRole('dialog', { name: 'Alle gegevens verwijderen?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Eerst downloaden' })).toBeVisible();
  await confirm.getByRole('button', { name: 'Ja, alles verwijderen' }).tap();
  await expect(page.getByText('Bewaard', { exact: true }).locator('xpath=following-sibling::dd[1]')).toHaveText('nog niets');
  await saved(page);
  expect(await storedRecords(page)).toBeNull();

  // Import the exported file: everything is new, then all back and identical.
  await fileInput(page).setInputFiles(jsonFile(download.suggestedFilename(), exported));
  const dialog = page.getByRole('dialog', { name: 'Voorbeeld van de import' });
  await expect(dialog).toBeVisible();
  const checklistsRow = dialog.getByRole('row', { name: /Checklists/ });
  await expect(checklistsRow.getByRole('cell')).toHaveText(['2', '0', '0', '0']);
  await dialog.getByRole('button', { name: 'Samenvoegen' }).tap();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Samengevoegd: 3 nieuw toegevoegd' })).toBeVisible();
  await saved(page);
  expect(await storedRecords(page)).toEqual(before);

  // The same file again: everything identical, merging changes nothing.
  await fileInput(page).setInputFiles(jsonFile('opnieuw.json', exported));
  await expect(dialog).toBeVisible();
  await expect(checklistsRow.getByRole('cell')).toHaveText(['0', '2', '0', '0']);
  await dialog.getByRole('button', { name: 'Samenvoegen' }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Samengevoegd' }).locator('p')).toHaveText('Samengevoegd: er is niets veranderd; 3 waren al gelijk.');
  expect(await storedRecords(page)).toEqual(before);
  tracker.assertClean();
});

test('import a changed file: preview, merge with a report, and undo', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await openWith(page, envelope());
  const before = await storedRecords(page);
  const changed = envelope();
  changed.checklists[0] = checklist('c-1', '2026-12-01T09:00:00.000Z', 'Overleg (bijgewerkt)');
  changed.checklists[1] = checklist('c-2', '2026-10-01T09:00:00.000Z', 'Oudere versie');
  changed.checklists.push(checklist('c-3', '2026-11-20T09:00:00.000Z', 'Nieuwe checklist'));
  // Unknown content ids are kept and shown as "onbekend onderdeel".
  changed.checklists[2].items['valkuil-99'] = { state: 'done' };

  await fileInput(page).setInputFiles(jsonFile('collega.json', changed));
  const dialog = page.getByRole('dialog', { name: 'Voorbeeld van de import' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Uit: collega.json')).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Checklists/ }).getByRole('cell')).toHaveText(['1', '0', '1', '1']);
  await expect(dialog.getByRole('row', { name: /Evaluaties/ }).getByRole('cell')).toHaveText(['0', '1', '0', '0']);
  await expect(dialog.getByText(/onbekend onderdeel “valkuil-99”/)).toBeVisible();
  await expectNoA11yViolations(page);

  await dialog.getByRole('button', { name: 'Samenvoegen' }).tap();
  await expect(
    page.getByText(
      'Samengevoegd: 1 nieuw toegevoegd, 1 bijgewerkt met de nieuwere versie uit het bestand, 1 gehouden omdat het hier nieuwer is, 1 was al gelijk.',
    ),
  ).toBeVisible();
  await saved(page);
  const after = await storedRecords(page);
  expect(after.checklists.map((c) => c.title)).toEqual(['Overleg (bijgewerkt)', 'Raadsvergadering', 'Nieuwe checklist']);
  expect(after.checklists[2].items['valkuil-99']).toEqual({ state: 'done' });
  // The automatic backup holds the data from before the import.
  const backup = await page.evaluate(() => localStorage.getItem('samenwerkingswijzer.reservekopie'));
  expect(JSON.parse(backup).checklists).toEqual(before.checklists);

  await page.locator('.report').getByRole('button', { name: 'Ongedaan maken' }).tap();
  await expect(page.getByText('De import is ongedaan gemaakt.')).toBeVisible();
  await saved(page);
  expect(await storedRecords(page)).toEqual(before);

  // "Vervangen" puts only the file's content in the app.
  await fileInput(page).setInputFiles(jsonFile('collega.json', changed));
  await dialog.getByRole('button', { name: 'Vervangen' }).tap();
  await expect(page.getByText('Vervangen: er staan nu 4 onderdelen uit het bestand in de app.')).toBeVisible();
  await saved(page);
  expect((await storedRecords(page)).checklists).toEqual(changed.checklists);
  tracker.assertClean();
});

test('every kind of bad file gives its Dutch message and changes nothing', async ({ page }) => {
  test.setTimeout(120_000);
  const tracker = trackErrorsAndForeignRequests(page);
  await openWith(page, envelope());
  const before = await stored(page);
  const many = envelope({
    evaluations: Array.from({ length: 10_000 }, (_, i) => ({
      id: `e-${i}`,
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    })),
  });
  const wrongField = envelope();
  wrongField.checklists[1].items['valkuil-01'].state = 'klaar';
  const duplicate = envelope();
  duplicate.checklists[1].id = 'c-1';
  const big = path.join(os.tmpdir(), `groot-${process.pid}.json`);
  fs.writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20));

  const cases = [
    [jsonFile('brief.json', 'Beste collega,\nhierbij de cijfers.'), 'brief.json: Dit is geen JSON-bestand (regel 1, kolom 1).'],
    [jsonFile('ander.json', { name: 'iets anders', version: 1 }), 'Dit bestand komt niet uit de Samenwerkingswijzer'],
    [jsonFile('nieuw.json', { format: 'samenwerkingswijzer', version: 9 }), 'nieuwere versie van de app (formaat 9'],
    [jsonFile('veld.json', wrongField), 'Dit veld klopt niet: deze waarde kent de app niet. (bij $.checklists[1].items.valkuil-01.state)'],
    [jsonFile('leeg.json', ''), 'leeg.json: Dit bestand is leeg.'],
    [jsonFile('dubbel.json', duplicate), 'komt twee keer voor (ook bij $.checklists[0].id)'],
    [jsonFile('veel.json', many), 'Dit bestand heeft 10.002 onderdelen; de app leest er hoogstens 5.000 per bestand.'],
    [big, 'Dit bestand is te groot (50,0 MB). De app leest bestanden tot 10,0 MB.'],
  ];
  try {
    for (const [file, message] of cases) {
      await fileInput(page).setInputFiles(file);
      const alert = page.locator('.error-box[role="alert"]');
      await expect(alert).toContainText('Er is niets veranderd.');
      await expect(alert).toContainText(message);
      await expect(page.getByRole('dialog', { name: 'Voorbeeld van de import' })).toBeHidden();
      expect(await stored(page)).toBe(before);
    }
  } finally {
    fs.rmSync(big, { force: true });
  }
  tracker.assertClean();
});

test('a file with 10,000 records is refused without freezing the page', async ({ page }) => {
  await openWith(page, envelope());
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const many = envelope({
    evaluations: Array.from({ length: 10_000 }, (_, i) => ({
      id: `e-${i}`,
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
      title: `Evaluatie ${i}`,
    })),
  });
  await fileInput(page).setInputFiles(jsonFile('veel.json', many));
  await expect(page.locator('.error-box[role="alert"]')).toContainText('hoogstens 5.000');
  // Reported, not checked (helpers.mjs): the refusal above is what is checked.
  const longest = await page.evaluate(() => window.__longest);
  reportMeasurement(`longest task while refusing 10,000 records: ${Math.round(longest)} ms`);

  // At the limit the file imports.
  const limit = envelope({ evaluations: many.evaluations.slice(0, 4_996).map((e) => ({ ...e, id: `m-${e.id}` })) });
  await fileInput(page).setInputFiles(jsonFile('limiet.json', limit));
  const dialog = page.getByRole('dialog', { name: 'Voorbeeld van de import' });
  await expect(dialog.getByRole('row', { name: /Evaluaties/ }).getByRole('cell')).toHaveText(['4996', '0', '0', '0']);
  await dialog.getByRole('button', { name: 'Samenvoegen' }).tap();
  await expect(page.getByText('Samengevoegd: 4.996 nieuw toegevoegd')).toBeVisible();
  await saved(page);
  expect((await storedRecords(page)).evaluations).toHaveLength(4_997);
});

test('unreadable stored data is kept, announced and offered as a download', async ({ page }) => {
  const raw = '{"format": "samenwerkingswijzer", "version": 1, "checklists": [ kapot';
  await openWith(page, raw);
  await expect(page.locator('.data-banner[role="alert"]')).toContainText('konden niet worden gelezen');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenwerkingswijzer.herstel.')));
  expect(keys).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), keys[0])).toBe(raw);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Onleesbare gegevens downloaden' }).tap();
  const download = await downloadPromise;
  expect(fs.readFileSync(await download.path(), 'utf8')).toBe(raw);
  await expectNoA11yViolations(page);
});

test('a full storage shows a lasting failure with "Nu exporteren" and keeps the data', async ({ page }) => {
  await openWith(page, envelope());
  // Fill localStorage to the brim.
  await page.evaluate(() => {
    let i = 0;
    for (let size = 256 * 1024; size >= 1; ) {
      try {
        localStorage.setItem(`vulling-${i++}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
  const bigger = envelope();
  bigger.checklists.push(checklist('c-9', '2026-11-20T09:00:00.000Z', 'Past niet meer'));
  await fileInput(page).setInputFiles(jsonFile('meer.json', bigger));
  await page.getByRole('dialog', { name: 'Voorbeeld van de import' }).getByRole('button', { name: 'Samenvoegen' }).tap();
  const status = page.locator('header [role="status"]');
  await expect(status).toContainText('Niet opgeslagen');
  await expect(status).toContainText('Exporteer je gegevens nu');
  // The data is still in memory and can be exported.
  await expect(page.getByText('4 onderdelen (1 evaluatie,')).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Nu exporteren' }).tap();
  const exported = JSON.parse(fs.readFileSync(await (await downloadPromise).path(), 'utf8'));
  expect(exported.checklists.map((c) => c.id)).toContain('c-9');
  // Room again: the retry writes it, and only then "Opgeslagen".
  await expect(status).toContainText('Niet opgeslagen');
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('vulling-')) localStorage.removeItem(key);
  });
  await expect(status).toHaveText('Opgeslagen', { timeout: 20_000 });
  expect((await storedRecords(page)).checklists.map((c) => c.id)).toContain('c-9');
});

test('two tabs see each other’s changes', async ({ page, context }) => {
  await openWith(page, envelope());
  const other = await context.newPage();
  await gotoAndWait(other, '/gegevens', 'Gegevens');
  await expect(other.getByText('3 onderdelen (1 evaluatie,')).toBeVisible();

  const more = envelope();
  more.checklists.push(checklist('c-3', '2026-11-20T09:00:00.000Z', 'Uit tab één'));
  await fileInput(page).setInputFiles(jsonFile('meer.json', more));
  await page.getByRole('dialog', { name: 'Voorbeeld van de import' }).getByRole('button', { name: 'Samenvoegen' }).tap();
  await saved(page);
  await expect(other.getByText('4 onderdelen (1 evaluatie,')).toBeVisible();

  // And back: a change in the second tab reaches the first.
  const evenMore = envelope();
  evenMore.checklists.push(checklist('c-4', '2026-11-21T09:00:00.000Z', 'Uit tab twee'));
  await fileInput(other).setInputFiles(jsonFile('nog-meer.json', evenMore));
  await other.getByRole('dialog', { name: 'Voorbeeld van de import' }).getByRole('button', { name: 'Samenvoegen' }).tap();
  await expect(page.getByText('5 onderdelen (1 evaluatie,')).toBeVisible();
  const ids = (await storedRecords(page)).checklists.map((c) => c.id).sort();
  expect(ids).toEqual(['c-1', 'c-2', 'c-3', 'c-4']);
  await other.close();
});

test('/gegevens has no axe violations, also with the dialogs open', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await openWith(page, envelope());
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Alles verwijderen', exact: true }).tap();
  await expect(page.getByRole('dialog', { name: 'Alle gegevens verwijderen?' })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Annuleren' }).tap();
  await expect(page.getByRole('dialog', { name: 'Alle gegevens verwijderen?' })).toBeHidden();
  await fileInput(page).setInputFiles(jsonFile('zelfde.json', envelope()));
  await expect(page.getByRole('dialog', { name: 'Voorbeeld van de import' })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('dialog', { name: 'Voorbeeld van de import' }).getByRole('button', { name: 'Annuleren' }).tap();
  expect(JSON.parse(await stored(page)).checklists).toEqual(envelope().checklists);
  tracker.assertClean();
});

test('"Alles verwijderen" leaves nothing behind and can be undone', async ({ page }) => {
  await openWith(page, envelope());
  const before = await storedRecords(page);
  // An earlier import left a backup; deleting everything removes it too.
  await page.evaluate(() => localStorage.setItem('samenwerkingswijzer.reservekopie', '{}'));
  await page.getByRole('button', { name: 'Alles verwijderen', exact: true }).tap();
  await page.getByRole('dialog', { name: 'Alle gegevens verwijderen?' }).getByRole('button', { name: 'Ja, alles verwijderen' }).tap();
  await expect(page.getByText('Bewaard', { exact: true }).locator('xpath=following-sibling::dd[1]')).toHaveText('nog niets');
  await saved(page);
  expect(await page.evaluate(() => localStorage.getItem('samenwerkingswijzer.reservekopie'))).toBeNull();
  // Not even an empty envelope is left.
  expect(await storedRecords(page)).toBeNull();
  await page.getByRole('region', { name: 'Alles verwijderen' }).getByRole('button', { name: 'Ongedaan maken' }).tap();
  await expect(page.getByText('3 onderdelen (1 evaluatie,')).toBeVisible();
  await saved(page);
  expect(await storedRecords(page)).toEqual(before);
});
