// A shared workshop tablet (issue 22), at 820x1180 with touch: "Alles verwijderen" leaves no
// key of the app (no data, no group, no backup, no recovery copy) and no "Ongedaan maken"
// after a reload; an import's backup can be put back after a reload; "Vervangen" says per
// kind what it removes before it does; a text field shows what another tab changed, so a
// keystroke never writes stale text back; "Klaar op dit apparaat" takes a participant's own
// checklist off the device and out of every copy, with "Ongedaan maken".
import { test, expect } from '@playwright/test';
import {
  checklist,
  envelope,
  expectNoA11yViolations,
  gotoAndWait,
  STORAGE_KEY,
  storedNow,
  trackErrorsAndForeignRequests,
  waitForH1,
} from './helpers.mjs';

const KEY = STORAGE_KEY;

const jsonFile = (name, value) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });
const fileInput = (page) => page.getByLabel('Importeren: kies een of meer bestanden (.json)');
// Read with every pending save written first (helpers.mjs).
const stored = async (page) => JSON.parse((await storedNow(page, KEY)) || 'null');
const appKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenwerkingswijzer')).sort());
const saved = (page) => expect(page.locator('header [role="status"]')).toHaveText('Opgeslagen');

/** Opens /gegevens with `data` stored and nothing else. */
async function openWith(page, data, more = {}) {
  await gotoAndWait(page, '/gegevens', 'Gegevens');
  await page.evaluate(
    ([key, text, extra]) => {
      localStorage.clear();
      localStorage.setItem(key, text);
      for (const [k, v] of Object.entries(extra)) localStorage.setItem(k, v);
    },
    [KEY, JSON.stringify(data), more],
  );
  await page.reload();
  await waitForH1(page, 'Gegevens');
}

/** Imports `file` on the open /gegevens with the dialog's `choice`. */
async function importWith(page, name, file, choice) {
  await fileInput(page).setInputFiles(jsonFile(name, file));
  const dialog = page.getByRole('dialog', { name: 'Voorbeeld van de import' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: choice }).tap();
  await expect(dialog).toBeHidden();
  await saved(page);
}

test('"Alles verwijderen" names and removes the data, the group, every backup and copy; no undo after a reload', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  const group = envelope({ evaluations: [], checklists: [checklist('g-1', '2026-11-02T10:00:00.000Z', 'Van een deelnemer')] });
  await openWith(page, envelope(), {
    'samenwerkingswijzer-groep': JSON.stringify(group),
    'samenwerkingswijzer.herstel.2026-11-01T00:00:00.000Z': '{ kapot',
  });
  // An import leaves a backup of the data from before it.
  const more = envelope();
  more.checklists.push(checklist('c-3', '2026-11-20T09:00:00.000Z', 'Nieuw'));
  await importWith(page, 'meer.json', more, 'Samenvoegen');
  expect(await appKeys(page)).toEqual(
    expect.arrayContaining(['samenwerkingswijzer', 'samenwerkingswijzer-groep', 'samenwerkingswijzer.reservekopie']),
  );
  await gotoAndWait(page, '/groep', 'Groepsoverzicht');
  await expect(page.getByText('Nog geen resultaten')).toBeHidden();

  await gotoAndWait(page, '/gegevens', 'Gegevens');
  await page.getByRole('button', { name: 'Alles verwijderen', exact: true }).tap();
  const confirm = page.getByRole('dialog', { name: 'Alle gegevens verwijderen?' });
  await expect(confirm).toContainText('je eigen gegevens: 4 onderdelen (1 evaluatie en 3 checklists)');
  await expect(confirm).toContainText('het groepsoverzicht met 1 resultaat van deelnemers');
  await expect(confirm).toContainText('1 reservekopie van vóór een import');
  await expect(confirm).toContainText('1 kopie van onleesbare gegevens');
  await expectNoA11yViolations(page);
  await confirm.getByRole('button', { name: 'Ja, alles verwijderen' }).tap();
  await expect(page.getByText('Alles is verwijderd')).toBeVisible();
  await expect(page.getByText('Bewaard', { exact: true }).locator('xpath=following-sibling::dd[1]')).toHaveText('nog niets');
  expect(await appKeys(page)).toEqual([]);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);

  // While the page is open it can be undone: everything is back.
  await page.getByRole('button', { name: 'Ongedaan maken' }).tap();
  await expect(page.getByText('4 onderdelen (1 evaluatie,')).toBeVisible();
  await saved(page);
  expect(await appKeys(page)).toEqual(
    expect.arrayContaining([
      'samenwerkingswijzer',
      'samenwerkingswijzer-groep',
      'samenwerkingswijzer.reservekopie',
      'samenwerkingswijzer.herstel.2026-11-01T00:00:00.000Z',
    ]),
  );

  // Deleted again, then reloaded: nothing to undo, nothing to put back, no group.
  await page.getByRole('button', { name: 'Alles verwijderen', exact: true }).tap();
  await confirm.getByRole('button', { name: 'Ja, alles verwijderen' }).tap();
  await expect(page.getByText('Alles is verwijderd')).toBeVisible();
  await page.reload();
  await waitForH1(page, 'Gegevens');
  await expect(page.getByText('Bewaard', { exact: true }).locator('xpath=following-sibling::dd[1]')).toHaveText('nog niets');
  await expect(page.getByRole('button', { name: /Ongedaan maken|Terugzetten/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Onleesbare gegevens' })).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await gotoAndWait(page, '/groep', 'Groepsoverzicht');
  await expect(page.getByText('Nog geen resultaten')).toBeVisible();
  // Leaving the page forgets the undo as well.
  await gotoAndWait(page, '/gegevens', 'Gegevens');
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toHaveCount(0);
  tracker.assertClean();
});

test('the backup from before an import can be put back after a reload', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await openWith(page, envelope());
  const before = await stored(page);
  // Replaced by a colleague's file with one checklist; then the page is closed.
  const other = envelope({ evaluations: [], checklists: [checklist('x-1', '2026-11-20T09:00:00.000Z', 'Van een collega')] });
  await importWith(page, 'collega.json', other, 'Vervangen');
  expect((await stored(page)).checklists.map((c) => c.id)).toEqual(['x-1']);
  await page.reload();
  await waitForH1(page, 'Gegevens');

  const section = page.getByRole('region', { name: 'Reservekopieën van vóór een import' });
  await expect(section).toContainText(/Kopie van vóór de laatste import, gemaakt op .+: 3 onderdelen \(1 evaluatie en 2 checklists\)\./);
  await expectNoA11yViolations(page);
  await section.getByRole('button', { name: /^Terugzetten: kopie van vóór de laatste import/ }).tap();
  await expect(section.getByRole('status')).toContainText('is teruggezet');
  await saved(page);
  const back = await stored(page);
  expect(back.evaluations).toEqual(before.evaluations);
  expect(back.checklists).toEqual(before.checklists);
  await expect(page.getByText('3 onderdelen (1 evaluatie,')).toBeVisible();
  // What was there (the colleague's checklist) is now itself the newest backup.
  await expect(section.locator('.backup-item').first()).toContainText('1 onderdeel (1 checklist)');
  await expect(section.locator('.backup-item')).toHaveCount(2);
  tracker.assertClean();
});

test('"Vervangen" says per kind what it removes before it does', async ({ page }) => {
  await openWith(page, envelope({ worksheets: [] }));
  const file = envelope({
    evaluations: [],
    checklists: [checklist('c-2', '2026-11-01T12:00:00.000Z', 'Raadsvergadering')],
  });
  await fileInput(page).setInputFiles(jsonFile('alleen-een.json', file));
  const dialog = page.getByRole('dialog', { name: 'Voorbeeld van de import' });
  await expect(dialog).toContainText('Vervangen verwijdert 1 evaluatie en 1 checklist die niet in het bestand staan.');
  await dialog.getByRole('button', { name: 'Annuleren' }).tap();

  // An older version of a record in the file: replacing puts it back to that version.
  const older = envelope({ evaluations: [] });
  older.checklists[0] = checklist('c-1', '2026-10-01T00:00:00.000Z', 'Oudere versie');
  await fileInput(page).setInputFiles(jsonFile('ouder.json', older));
  await expect(dialog).toContainText(
    'Vervangen verwijdert 1 evaluatie die niet in het bestand staat en zet 1 onderdeel terug naar de oudere versie uit het bestand.',
  );
  await dialog.getByRole('button', { name: 'Annuleren' }).tap();

  // The same content: nothing goes.
  await fileInput(page).setInputFiles(jsonFile('zelfde.json', envelope()));
  await expect(dialog).toContainText('Vervangen verwijdert niets: alles wat hier staat, staat ook in het bestand.');
  await dialog.getByRole('button', { name: 'Vervangen' }).tap();
  await saved(page);
});

test('two tabs: a text field shows what the other tab typed, and typing goes on from there', async ({ page, context }) => {
  await gotoAndWait(page, '/evaluaties', 'Evaluaties');
  await page.getByRole('button', { name: 'Nieuwe evaluatie', exact: true }).tap();
  await page.getByLabel('Titel van de casus').fill('Dorpshuis');
  await page.getByRole('button', { name: 'Evaluatie aanmaken' }).tap();
  await waitForH1(page, 'Dorpshuis');
  const url = page.url();
  await page.getByLabel('Plaats (kern)').fill('Espel');
  await expect.poll(async () => (await stored(page)).evaluations[0].place).toBe('Espel');

  const tabB = await context.newPage();
  await gotoAndWait(tabB, url, 'Dorpshuis');
  await tabB.getByLabel('Plaats (kern)').fill('Emmeloord');
  await expect.poll(async () => (await stored(tabB)).evaluations[0].place).toBe('Emmeloord');

  // Tab A shows it at once, and a keystroke there edits the new text.
  const place = page.getByLabel('Plaats (kern)');
  await expect(place).toHaveValue('Emmeloord');
  await place.press('End');
  await place.pressSequentially(' Noord');
  await expect.poll(async () => (await stored(page)).evaluations[0].place).toBe('Emmeloord Noord');
  await expect(tabB.getByLabel('Plaats (kern)')).toHaveValue('Emmeloord Noord');

  // The same for a checklist's note (the participant's bundle).
  await gotoAndWait(page, '/checklists?nieuw=valkuilen', 'Checklists');
  await page.getByLabel('Titel (de casus of het overleg)').fill('Overleg');
  await page.getByRole('button', { name: 'Checklist starten' }).tap();
  await waitForH1(page, /Overleg/);
  await gotoAndWait(tabB, page.url(), /Overleg/);
  await tabB.getByLabel('Notitie bij punt 2').fill('Uit tabblad B');
  await expect.poll(async () => JSON.stringify(await stored(tabB))).toContain('Uit tabblad B');
  const note = page.getByLabel('Notitie bij punt 2');
  await expect(note).toHaveValue('Uit tabblad B');
  await note.press('End');
  await note.pressSequentially(', en A');
  await expect.poll(async () => JSON.stringify(await stored(page))).toContain('Uit tabblad B, en A');
  await tabB.close();
});

/** Taps "Klaar op dit apparaat" and accepts the browser's confirmation; returns its text. */
async function leaveDevice(page) {
  const asked = new Promise((resolve) => {
    page.once('dialog', async (dialog) => {
      const text = dialog.message();
      await dialog.accept();
      resolve(text);
    });
  });
  await page.getByRole('button', { name: 'Klaar op dit apparaat' }).tap();
  return asked;
}

test('"Klaar op dit apparaat" on a checklist takes it off the device', async ({ page }) => {
  await gotoAndWait(page, '/checklists?nieuw=valkuilen', 'Checklists');
  await page.getByLabel('Titel (de casus of het overleg)').fill('Buurtwinkel');
  await page.getByRole('button', { name: 'Checklist starten' }).tap();
  await waitForH1(page, /Buurtwinkel/);
  await page.getByLabel('Notitie bij punt 1', { exact: true }).fill('Vertrouwelijk');
  await expect.poll(async () => JSON.stringify(await stored(page))).toContain('Vertrouwelijk');
  const question = await leaveDevice(page);
  expect(question).toContain('Je checklist “Buurtwinkel” met je antwoorden en notities verdwijnt van dit apparaat');
  await waitForH1(page, 'Checklists');
  await expect(page.locator('.notice-bar')).toContainText('Je checklist is van dit apparaat gehaald');
  await saved(page);
  expect((await stored(page)).checklists).toEqual([]);
});

test('"Klaar op dit apparaat" on a zelftest takes it off the device, with undo until the page is left', async ({ page }) => {
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await page.getByRole('group', { name: 'Jouw rol' }).getByLabel('Raad', { exact: true }).tap();
  await page.getByLabel('Naam of groep (niet verplicht)').fill('Fractie Oost');
  await page.getByRole('button', { name: 'Zelftest starten' }).tap();
  await waitForH1(page, /Zelftest/);
  const first = page.locator('.statement').first().getByRole('group');
  await first.getByLabel('Grotendeels', { exact: true }).tap();
  await expect.poll(async () => (await stored(page))?.assessments?.length).toBe(1);
  const question = await leaveDevice(page);
  expect(question).toContain('Je zelftest “Fractie Oost · Raad, ');
  expect(question).toContain('met je antwoorden en actiepunten verdwijnt van dit apparaat');
  await waitForH1(page, 'Zelftest');
  await expect(page.locator('.notice-bar')).toContainText('Je zelftest is van dit apparaat gehaald');
  await saved(page);
  expect((await stored(page)).assessments).toEqual([]);
  await expect(page.getByText('Nog geen zelftests op dit apparaat.')).toBeVisible();
  // Undo brings it back while the participant is still here.
  await page.locator('.notice-bar').getByRole('button', { name: 'Ongedaan maken' }).tap();
  await expect.poll(async () => (await stored(page)).assessments.length).toBe(1);
  await expect(page.locator('.record-list li')).toHaveCount(1);
  // Taken off again, and a reload leaves nothing to undo and nothing of the participant.
  await page.locator('.record-list a').first().tap();
  await waitForH1(page, /Zelftest/);
  await leaveDevice(page);
  await waitForH1(page, 'Zelftest');
  await saved(page);
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeVisible();
  await page.reload();
  await waitForH1(page, 'Zelftest');
  await expect(page.getByText('Nog geen zelftests op dit apparaat.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toHaveCount(0);
  const everything = await page.evaluate(() => Object.entries(localStorage).map(([k, v]) => `${k}=${v}`).join('\n'));
  expect(everything).not.toContain('Fractie Oost');
});

test('the zelftest\'s Actiepunten show what another tab wrote, and a keystroke edits that text', async ({ page, context }) => {
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await page.getByRole('group', { name: 'Jouw rol' }).getByLabel('College', { exact: true }).tap();
  await page.getByRole('button', { name: 'Zelftest starten' }).tap();
  await waitForH1(page, /Zelftest/);
  const statements = page.locator('.statement');
  const count = await statements.count();
  expect(count).toBeGreaterThan(15);
  for (let i = 0; i < count; i++) {
    await statements.nth(i).getByRole('group').getByText('Weet ik niet', { exact: true }).tap();
  }
  const actions = page.getByLabel('Actiepunten');
  await actions.fill('Eerste punt');
  await expect.poll(async () => (await stored(page)).assessments[0].actions).toBe('Eerste punt');
  const tabB = await context.newPage();
  await gotoAndWait(tabB, page.url(), /Zelftest/);
  await tabB.getByLabel('Actiepunten').fill('Uit tabblad B');
  await expect.poll(async () => (await stored(tabB)).assessments[0].actions).toBe('Uit tabblad B');
  await expect(actions).toHaveValue('Uit tabblad B');
  await actions.press('End');
  await actions.pressSequentially(', en A');
  await expect.poll(async () => (await stored(page)).assessments[0].actions).toBe('Uit tabblad B, en A');
  await expect(tabB.getByLabel('Actiepunten')).toHaveValue('Uit tabblad B, en A');
  await tabB.close();
});
