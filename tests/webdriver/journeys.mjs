// The core journeys every engine must pass (issue 13), written against the stable labels,
// roles and headings the user sees (the same the e2e specs use), not against CSS classes. Each journey gets a fresh
// browser session (a fresh profile) from the runner; `ctx.open()` opens another one (a
// second device). Checks: what the user sees, what is stored, and after every journey no
// console errors and no requests to other origins (ctx.page.assertClean, see harness.mjs).
import { readFileSync, readdirSync, existsSync, statSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Key } from 'selenium-webdriver';
import { loadPages, appRoutes } from '../shared/content.mjs';
import { STORAGE_KEY, envelope, checklist, recordsOf } from '../shared/envelope.mjs';

const jsQR = createRequire(import.meta.url)('jsqr');
// Issue 24: 20 statements (seed item helpen-09 asked as two), 12 of them helping.
const STATEMENTS = 20;
const HELPS = 12;
const KEY = STORAGE_KEY;
// What the pre-rendered form says when the app cannot run here (issue 26).
const NO_APP_MESSAGE = 'Deze browser kan de app niet starten';

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e.slice(0, 400)}, got ${a.slice(0, 400)}`);
}

// ---------------------------------------------------------------------------------------
// Pieces shared by journeys
// ---------------------------------------------------------------------------------------

/** The statement radio groups of a self-assessment (each has "Weet ik niet"). */
async function statementGroups(page) {
  return page.count({ role: 'group', name: /^Stelling \d+ van \d+/ }, STATEMENTS);
}

async function answer(page, groups, i, label) {
  const radio = await page.find({ label, within: groups[i] });
  await page.click(radio);
  await page.waitFor(() => page.checked(radio), `statement ${i + 1}: "${label}" is chosen`);
}

/** Starts a self-assessment with `role` on /zelftest; returns its statement groups. */
async function startAssessment(page, role, label = '', perspective = '') {
  await page.gotoAndWait('/zelftest', /Zelftest/);
  const roles = await page.find({ role: 'group', name: 'Jouw rol' });
  await page.click(await page.find({ label: role, within: roles }));
  if (perspective) {
    const sides = await page.find({ role: 'group', name: 'Je antwoordt' });
    await page.click(await page.find({ label: perspective, within: sides }));
  }
  if (label) await page.fill({ label: 'Naam of groep (niet verplicht)' }, label);
  await page.click({ role: 'button', name: 'Zelftest starten' });
  await page.waitFor(async () => /\/zelftest\/[0-9a-f-]{36}$/.test(await page.url()), 'the URL of the new self-assessment');
  await page.waitH1(/Zelftest/);
  return statementGroups(page);
}

/** Answers statements `from`..20: helping ones (1–12) `helps`, avoid ones (13–20) `avoid`. */
async function answerRest(page, groups, from, helps, avoid) {
  for (let i = from; i < STATEMENTS; i++) await answer(page, groups, i, i < HELPS ? helps : avoid);
}

/** Opens "Delen" on a finished self-assessment; returns the share link (QR checked too). */
async function shareLink(page) {
  await page.click({ role: 'button', name: 'Delen' });
  const panel = await page.find({ role: 'region', name: 'Delen met de begeleider' });
  const field = await page.find({ role: 'textbox', name: 'Link', within: panel });
  const link = await page.value(field);
  assert(new RegExp(`^${page.origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/groep#d1\\d+$`).test(link), `share link: ${link}`);
  const qr = await page.find({ role: 'img', name: /QR-code/, within: panel });
  const decoded = await decodeQr(page, qr);
  assertEqual(decoded, link, 'the QR code holds the link');
  return link;
}

/** Draws the QR code's SVG on a canvas in the page; decodes the pixels with jsQR here. */
async function decodeQr(page, svg) {
  const size = 400;
  const gray = await page.driver.executeAsyncScript(
    `const [el, size, done] = arguments;
     const img = new Image();
     img.onload = () => {
       try {
         const canvas = document.createElement('canvas');
         canvas.width = size; canvas.height = size;
         const ctx = canvas.getContext('2d');
         ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, size, size);
         ctx.drawImage(img, 0, 0, size, size);
         const data = ctx.getImageData(0, 0, size, size).data;
         let s = '';
         for (let i = 0; i < data.length; i += 4) s += data[i + 1] < 128 ? '1' : '0';
         done(s);
       } catch (e) { done('error: ' + e.message); }
     };
     img.onerror = () => done('error: the SVG did not load as an image');
     img.src = 'data:image/svg+xml;base64,' + btoa(new XMLSerializer().serializeToString(el));`,
    svg,
    size,
  );
  assert(!gray.startsWith('error'), `QR code as pixels: ${gray}`);
  const rgba = new Uint8ClampedArray(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const v = gray[i] === '1' ? 0 : 255;
    rgba.set([v, v, v, 255], i * 4);
  }
  const result = jsQR(rgba, size, size);
  assert(result, 'the QR code can be read');
  return result.data;
}

/** A file that appears in `dir` (a download), read once its size stops changing. */
async function downloaded(page, dir, pattern) {
  const file = await page.waitFor(
    () => readdirSync(dir).find((f) => pattern.test(f) && !/\.(part|download)$/.test(f)),
    `a download matching ${pattern} in ${dir}`,
  );
  const full = path.join(dir, file);
  let size = -1;
  await page.waitFor(() => {
    const now = existsSync(full) ? statSync(full).size : -1;
    const stable = now > 0 && now === size;
    size = now;
    return stable;
  }, `the download ${file} to finish`);
  return { name: file, path: full, text: readFileSync(full, 'utf8') };
}

/** Every route: the content pages' paths, then the app's own routes (tests/shared/content.mjs). */
function routes() {
  return [...loadPages().map((p) => p.path), ...appRoutes()];
}

/**
 * How each engine's driver types a date into an `<input type=date>` (docs/engines.md):
 * WebKitGTK's field takes keys into its month/day/year parts, so "04/01/2016" (an ISO text
 * would be garbled into other parts); geckodriver treats the field as non-typeable and sets
 * the keys as its value, so only "2016-04-01".
 */
const DATE_KEYS = {
  webkit: (y, m, d) => `${m}/${d}/${y}`,
  firefox: (y, m, d) => `${y}-${m}-${d}`,
};

/** Enters an ISO date into an empty date field, the one way the engine takes it. */
async function fillDate(page, field, iso) {
  const keys = DATE_KEYS[page.engine];
  assert(keys, `no way to type a date known for ${page.engine}`);
  assertEqual(await page.value(field), '', 'the date field before typing');
  await page.js((el) => {
    el.scrollIntoView({ block: 'center' });
    el.focus();
  }, field);
  await field.sendKeys(keys(...iso.split('-')));
  assertEqual(await page.value(field), iso, `the date field after typing it as ${page.engine} takes it`);
}

async function storedRecords(page) {
  return recordsOf(await page.js((key) => localStorage.getItem(key), KEY));
}

// What the export journey seeds: the shared fixture, with a note in quotes and accents on
// each checklist's ticked item (it must come back from the file byte for byte).
const SEED = envelope({
  checklists: ['Overleg', 'Raadsvergadering'].map((title, i) =>
    checklist(`c-${i + 1}`, `2026-11-01T1${i + 1}:00:00.000Z`, title, 'Ééntje met “aanhalingstekens”'),
  ),
});

// ---------------------------------------------------------------------------------------
// The journeys
// ---------------------------------------------------------------------------------------

export const JOURNEYS = [
  {
    name: 'zelftest: role → answers, reload in the middle → result → Delen with link and QR',
    async run({ page }) {
      const groups = await startAssessment(page, 'Raad', 'Fractie West');
      await page.expectText('0 van 20 beantwoord');
      // Helping: "Grotendeels" (75); the first one "Weet ik niet".
      await answer(page, groups, 0, 'Weet ik niet');
      for (let i = 1; i < 10; i++) await answer(page, groups, i, 'Grotendeels');
      await page.expectText('10 van 20 beantwoord');
      await page.saved();

      await page.reload();
      await page.waitH1(/Zelftest/);
      await page.expectText('10 van 20 beantwoord');
      const again = await statementGroups(page);
      assert(await page.checked(await page.find({ label: 'Weet ik niet', within: again[0] })), 'statement 1 kept "Weet ik niet"');
      assert(await page.checked(await page.find({ label: 'Grotendeels', within: again[9] })), 'statement 10 kept its answer');

      // The rest: helping "Grotendeels" = 75, avoid "Zelden" = 75 (reversed).
      await answerRest(page, again, 10, 'Grotendeels', 'Zelden');
      await page.expectText('20 van 20 beantwoord');
      const result = await page.find({ role: 'region', name: 'Uitkomst' });
      await page.expectText(/\b75 van 100\b/, result);
      await page.expectText(/telt niet mee \(1×\)/i, result);
      // The chart: an SVG image, or (issue 14) an HTML figure; either way named so.
      const chartName = 'Score per stelling, van 0 tot 100';
      await page.waitFor(
        async () =>
          (await page.all({ role: 'img', name: chartName, within: result }))[0] ||
          (await page.all({ role: 'figure', name: chartName, within: result }))[0],
        `the chart "${chartName}"`,
      );
      await page.fill({ label: 'Actiepunten', within: result }, 'Mandaat helder maken.');
      await page.saved();

      await shareLink(page);
      await page.reload();
      await page.waitH1(/Zelftest/);
      await page.expectText(/\b75 van 100\b/, await page.find({ role: 'region', name: 'Uitkomst' }));
      assertEqual(await page.value(await page.find({ label: 'Actiepunten' })), 'Mandaat helder maken.', 'action points after reload');
    },
  },
  {
    name: 'checklist from a handreiking: tick, note, reload, still there',
    async run({ page }) {
      await page.gotoAndWait('/handreikingen/valkuilen', 'Alert zijn op valkuilen');
      await page.click({ role: 'link', name: /^Gebruik als checklist/ });
      // The app first: a title typed into the pre-rendered form makes the checklist as soon
      // as the app arrives, and "Checklist starten" is gone (Firefox in CI: the app came
      // while the title was being typed).
      await page.waitH1('Checklists');
      await page.find({ role: 'heading', name: 'Nieuwe checklist: Valkuilen' });
      await page.fill({ label: 'Titel (de casus of het overleg)' }, 'Overleg Emmelhage');
      await page.click({ role: 'button', name: 'Checklist starten' });
      await page.waitFor(async () => /\/checklists\/[0-9a-f-]{36}$/.test(await page.url()), 'the URL of the new checklist');
      await page.waitH1(/Overleg Emmelhage/);

      // The first answer of an item ("Gedaan", or the list's own word such as "Vermeden").
      const firstAnswer = (group) => page.js((g) => g.querySelector('input[type=radio]'), group);
      const item4 = await page.find({ role: 'group', name: /\b4\. Van een klankbordgroep consensus verwachten/ });
      await page.click(await firstAnswer(item4));
      const item1 = await page.find({ role: 'group', name: /\b1\. Participatie om de participatie/ });
      await page.click(await page.find({ label: 'N.v.t.', within: item1 }));
      await page.fill({ label: 'Notitie bij punt 4', within: item4 }, 'Besproken met de klankbordgroep <b>vet</b>');
      await page.saved();
      await page.expectText(/2 van 10 ingevuld · Vermeden: 1 · Trad op: 0 · N\.v\.t\.: 1/);

      await page.reload();
      await page.waitH1(/Overleg Emmelhage/);
      const r4 = await page.find({ role: 'group', name: /\b4\. Van een klankbordgroep/ });
      const r1 = await page.find({ role: 'group', name: /\b1\. Participatie/ });
      assert(await page.checked(await firstAnswer(r4)), 'item 4 still has its first answer');
      assert(await page.checked(await page.find({ label: 'N.v.t.', within: r1 })), 'item 1 still "N.v.t."');
      assertEqual(
        await page.value(await page.find({ label: 'Notitie bij punt 4', within: r4 })),
        'Besproken met de klankbordgroep <b>vet</b>',
        'the note after reload',
      );

      await page.gotoAndWait('/checklists', 'Checklists');
      await page.expectText(/\b2 van 10\b/);
      await page.expectText('Overleg Emmelhage');
    },
  },
  {
    name: 'evaluation with a lesson that reaches /ontwikkelagenda',
    async run({ page }) {
      await page.gotoAndWait('/evaluaties', 'Evaluaties');
      await page.click({ role: 'button', name: 'Nieuwe evaluatie' });
      await page.fill({ label: 'Titel van de casus' }, 'Dorpshuis De Schakel');
      await page.click({ role: 'button', name: 'Evaluatie aanmaken' });
      await page.waitFor(async () => /\/evaluaties\/[0-9a-f-]{36}$/.test(await page.url()), 'the URL of the new evaluation');
      await page.waitH1('Dorpshuis De Schakel');

      await fillDate(page, await page.find({ label: 'Periode: van' }), '2016-04-01');

      const lessons = await page.find({ css: 'summary', name: /Lessen voor de ontwikkelagenda/ });
      await page.click(lessons);
      await page.click({ role: 'button', name: 'Les toevoegen' });
      await page.fill({ label: 'Les' }, 'Betrek bewoners vanaf het begin');
      await page.select({ label: 'Zaak' }, 'zaak-belanghebbenden');
      await page.fill({ label: 'Actie (optioneel)' }, 'Startgesprek in de wijk');
      const status = await page.find({ role: 'group', name: 'Status' });
      await page.click(await page.find({ label: 'Afgerond', within: status }));
      await page.saved();

      await page.reload();
      await page.waitH1('Dorpshuis De Schakel');
      assertEqual(await page.value(await page.find({ label: 'Periode: van' })), '2016-04-01', 'the date after reload');

      await page.gotoAndWait('/ontwikkelagenda', 'Ontwikkelagenda');
      await page.expectText(/\b1 les\b/);
      const heading = await page.find({ role: 'heading', name: 'Belanghebbenden' });
      const group = await page.js((h) => h.closest('section'), heading);
      await page.expectText('Betrek bewoners vanaf het begin', group);
      await page.expectText('Actie: Startgesprek in de wijk', group);
      await page.click({ role: 'link', name: 'Dorpshuis De Schakel', within: group });
      await page.waitH1('Dorpshuis De Schakel');
    },
  },
  {
    name: 'Exporteren → wipe → Importeren with the preview and Samenvoegen',
    async run({ page, downloadDir }) {
      await page.gotoAndWait('/gegevens', 'Gegevens');
      await page.js((key, text) => localStorage.setItem(key, text), KEY, JSON.stringify(SEED));
      await page.reload();
      await page.waitH1('Gegevens');
      await page.expectText(/\b3 onderdelen\b/);
      const before = await storedRecords(page);

      // A real download: Firefox saves into its download folder (prefs), WebKit's
      // MiniBrowser into its HOME; both are the journey's own directory.
      await page.click({ role: 'button', name: 'Exporteren' });
      const file = await downloaded(page, downloadDir, /^samenwerkingswijzer-.*\.json$/);
      assert(/^samenwerkingswijzer-\d{4}-\d{2}-\d{2}\.json$/.test(file.name), `file name ${file.name}`);
      const exported = JSON.parse(file.text);
      assertEqual(exported.checklists, before.checklists, 'exported checklists');
      assertEqual(exported.evaluations, before.evaluations, 'exported evaluations');

      await page.click({ role: 'button', name: 'Alles verwijderen' });
      const confirm = await page.find({ role: 'dialog', name: 'Alle gegevens verwijderen?' });
      await page.click({ role: 'button', name: 'Ja, alles verwijderen', within: confirm });
      await page.expectText(/\bnog niets\b/);
      await page.saved();
      assertEqual(await storedRecords(page), null, 'nothing stored after wiping');

      // The file picker: WebDriver types the path into the file input.
      const input = await page.find({ label: 'Importeren: kies een of meer bestanden (.json)', visible: false });
      await input.sendKeys(file.path);
      const dialog = await page.find({ role: 'dialog', name: 'Voorbeeld van de import' });
      await page.expectText(`Uit: ${file.name}`, dialog);
      const row = await page.find({ role: 'row', name: /^Checklists/, within: dialog });
      const cells = await page.js((r) => [...r.querySelectorAll('td')].map((c) => c.textContent.trim()), row);
      assertEqual(cells, ['2', '0', '0', '0'], 'preview: new, equal, newer here, newer in file');
      await page.click({ role: 'button', name: 'Samenvoegen', within: dialog });
      await page.gone({ role: 'dialog', name: 'Voorbeeld van de import' });
      await page.expectText(/Samengevoegd: 3 nieuw/);
      await page.saved();
      assertEqual(await storedRecords(page), before, 'everything back after the import');
      await page.reload();
      await page.waitH1('Gegevens');
      await page.expectText(/\b3 onderdelen\b/);
    },
  },
  {
    name: 'share links on a second device (fresh profile) → Toevoegen aan groepsoverzicht → /groep counts them, the mirror has both sides',
    async run({ page, open, finish }) {
      const groups = await startAssessment(page, 'College');
      await answerRest(page, groups, 0, 'Voor de helft', 'Soms');
      await page.expectText(/\b50 van 100\b/, await page.find({ role: 'region', name: 'Uitkomst' }));
      const link = await shareLink(page);
      // A partner on the same tablet rates the gemeente from outside (issue 24).
      await page.gotoAndWait('/zelftest', /Zelftest/);
      const partnerGroups = await startAssessment(page, 'Partner uit de samenleving');
      await page.expectText('De gemeente stelt minder regels.', partnerGroups[1]);
      await answerRest(page, partnerGroups, 0, 'Een beetje', 'Vaak');
      await page.expectText('Zo zie jij de gemeente als samenwerkingspartner.', await page.find({ role: 'region', name: 'Uitkomst' }));
      const partnerLink = await shareLink(page);
      await finish(page);

      const facilitator = await open();
      await facilitator.goto(link);
      const dialog = await facilitator.find({ role: 'dialog', name: 'Gedeeld resultaat ontvangen' });
      assertEqual(await storedRecords(facilitator), null, 'the second device starts empty');
      await facilitator.expectText('Zelftest · College', dialog);
      await facilitator.expectText('20 van 20 stellingen beantwoord', dialog);
      await facilitator.expectText('Nog geen resultaten');
      await facilitator.click({ role: 'button', name: 'Toevoegen aan groepsoverzicht', within: dialog });
      await facilitator.gone({ role: 'dialog', name: 'Gedeeld resultaat ontvangen' });
      await facilitator.find({ role: 'status', name: /toegevoegd/ });
      await facilitator.waitH1('Groepsoverzicht');
      const participants = await facilitator.find({ role: 'region', name: 'Deelnemers' });
      await facilitator.waitFor(
        async () => (await facilitator.textOf(await facilitator.find({ css: '[data-testid="deelnemers"]', within: participants }))) === '1',
        'Deelnemers: 1',
      );
      // One result is no group figure (issue 24): its score is not shown as the group's average.
      await facilitator.expectText('De gemeente over zichzelf: 1 · te weinig voor een gemiddelde (minimaal 3)', participants);
      const mirror = await facilitator.find({ role: 'region', name: 'Spiegel: de gemeente en haar partners' });
      await facilitator.expectText('Alleen de gemeente heeft de zelftest gedaan', mirror);
      assert(!(await facilitator.url()).includes('#'), 'the link data left the address bar');
      await facilitator.reload();
      await facilitator.waitH1('Groepsoverzicht');
      const after = await facilitator.find({ css: '[data-testid="deelnemers"]' });
      assertEqual(await facilitator.textOf(after), '1', 'Deelnemers after reload');

      // The partner's result: the mirror has both sides, and says that one each is too few.
      await facilitator.goto(partnerLink);
      const second = await facilitator.find({ role: 'dialog', name: 'Gedeeld resultaat ontvangen' });
      await facilitator.expectText('Zelftest · Partner uit de samenleving', second);
      await facilitator.click({ role: 'button', name: 'Toevoegen aan groepsoverzicht', within: second });
      await facilitator.gone({ role: 'dialog', name: 'Gedeeld resultaat ontvangen' });
      const both = await facilitator.find({ role: 'region', name: 'Spiegel: de gemeente en haar partners' });
      await facilitator.waitFor(
        async () => (await facilitator.textOf(await facilitator.find({ css: '[data-testid="spiegel-partners"]', within: both }))) === '1',
        'the mirror counts one partner',
      );
      assertEqual(await facilitator.textOf(await facilitator.find({ css: '[data-testid="spiegel-gemeente"]', within: both })), '1', 'the mirror counts one of the gemeente');
      await facilitator.expectText('Nog te weinig antwoorden om te vergelijken: minimaal 3 per kant op dezelfde stelling.', both);
    },
  },
  {
    name: 'group presentation: Presenteren (fullscreen where allowed), End and Home, no links, Sluiten leaves fullscreen',
    async run({ page }) {
      // Three of the gemeente and one checklist, as exported files hold them.
      const T = '2026-12-01T10:00:00.000Z';
      const ids = [...Array.from({ length: 8 }, (_, i) => `helpen-0${i + 1}`), 'helpen-09a', 'helpen-09b', 'helpen-10', 'helpen-11',
        ...Array.from({ length: 8 }, (_, i) => `liever-niet-0${i + 1}`)];
      const result = (n) => ({
        id: `00000000-0000-4000-8000-00000000000${n}`, createdAt: T, updatedAt: T, role: 'raad', perspective: 'gemeente', wording: 2,
        answers: Object.fromEntries(ids.map((id, i) => [id, { scale: ((i + n) % 5) + 1 }])), completedAt: T,
      });
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'presentatie-')), 'groep.json');
      writeFileSync(file, JSON.stringify({
        format: 'samenwerkingswijzer', version: 1, exportedAt: T, app: '0.1.0', evaluations: [], worksheets: [],
        assessments: [result(1), result(2), result(3)],
        checklists: [{ id: '00000000-0000-4000-8000-000000000009', createdAt: T, updatedAt: T, list: 'valkuilen', title: 'Overleg', date: '2026-11-30', items: {} }],
      }));
      await page.gotoAndWait('/groep', 'Groepsoverzicht');
      const input = await page.find({ label: 'Bestanden van deelnemers (één of meer)', visible: false });
      await input.sendKeys(file);
      await page.find({ role: 'status', name: /toegevoegd/ });
      await page.click({ role: 'button', name: 'Presenteren' });
      const show = await page.find({ role: 'dialog', name: 'Presentatie van het groepsoverzicht' });
      await page.find({ role: 'heading', name: 'Deelnemers', within: show });
      const status = async () => page.textOf(await page.find({ css: '.slide-nav [role="status"]' }));
      const total = Number((await status()).match(/van (\d+)$/)[1]);
      assert(total >= 8, `at least eight slides, saw ${total}`);
      const keys = async (key) => page.driver.actions().sendKeys(key).perform();
      await keys(Key.END);
      await page.waitFor(async () => (await status()) === `${total} van ${total}`, 'End: the last slide');
      await keys(Key.HOME);
      await page.waitFor(async () => (await status()) === `1 van ${total}`, 'Home: the first slide');
      for (let i = 1; i < total; i++) {
        assertEqual(await page.js(() => document.querySelectorAll('.presentation .slide a').length), 0, `links on slide ${i}`);
        await keys(Key.ARROW_RIGHT);
        await page.waitFor(async () => (await status()) === `${i + 1} van ${total}`, `slide ${i + 1}`);
      }
      await page.click({ role: 'button', name: 'Sluiten', within: show });
      await page.gone({ role: 'dialog', name: 'Presentatie van het groepsoverzicht' });
      await page.waitFor(
        async () => page.js(() => !document.fullscreenElement && !document.webkitFullscreenElement),
        'out of fullscreen after Sluiten',
      );
    },
  },
  {
    name: 'every route: one h1, no console errors, no requests to other origins',
    async run({ page }) {
      for (const route of routes()) {
        await page.gotoAndWait(route, null);
        await page.assertClean(`on ${route}`);
      }
      await page.gotoAndWait('/bestaat-niet', 'Pagina niet gevonden');
      await page.assertClean('on /bestaat-niet');
      // The error channel itself works in this engine: a console error must be reported.
      await page.js(() => console.error('self-check of the error channel'));
      const reported = await page.problems();
      assert(
        reported.some((p) => p.includes('self-check of the error channel')),
        `a console error was not reported (got ${JSON.stringify(reported)})`,
      );
    },
  },
  {
    name: 'offline: after one visit, a reload with the server stopped',
    async run({ page, offlineSite }) {
      const site = await offlineSite();
      page.origin = site.origin;
      await page.gotoAndWait('/zelftest', /Zelftest/);
      const sw = await page.driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
        if (!('serviceWorker' in navigator)) { done('no navigator.serviceWorker'); return; }
        navigator.serviceWorker.ready.then((r) => done(r.active ? 'active' : 'not active'), (e) => done('error: ' + e));`);
      assertEqual(sw, 'active', 'the service worker after the first visit');

      site.stopServer();
      // The network is really off for this origin: a request the worker does not answer fails.
      const offline = await page.driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
        fetch('not-cached-' + Date.now() + '.txt', { cache: 'no-store' }).then((r) => done('answered ' + r.status), () => done('failed'));`);
      assertEqual(offline, 'failed', 'a request to the stopped server');

      await page.softReload();
      await page.waitH1(/Zelftest/);
      const groups = await startAssessment(page, 'Anders', '', 'Als partner, over de gemeente');
      // "Anders" chose the partner's side: the statements are about the gemeente (issue 24).
      await page.expectText('De gemeente geeft ruimte en deelt invloed.', groups[0]);
      await answer(page, groups, 0, 'Helemaal');
      await page.saved();
      await page.softReload(); // an id route: the worker answers with the app shell
      await page.waitH1(/Zelftest/);
      await page.expectText('1 van 20 beantwoord');
      await page.gotoAndWait('/handreikingen/valkuilen', 'Alert zijn op valkuilen');
      await page.gotoAndWait('/checklists', 'Checklists');
    },
  },
  {
    name: 'zelftest answered before the app arrives (wasm held back), a reload, then the app takes over every answer',
    async run({ page, heldSite }) {
      const site = await heldSite();
      page.origin = site.origin;
      // Through the page: a WebDriver navigation would wait for the load event, which the
      // held wasm's preload holds back.
      await page.goto('/');
      await page.js((url) => location.assign(url), `${site.origin}/zelftest`);
      const roles = await page.find({ role: 'group', name: 'Jouw rol' });
      await page.click(await page.find({ label: 'Raad', within: roles }));
      let groups = await statementGroups(page);
      await answer(page, groups, 0, 'Helemaal');
      await answer(page, groups, 13, 'Zelden');
      await page.expectText('2 van 20 beantwoord');
      assertEqual(await page.js(() => document.documentElement.hasAttribute('data-app')), false, 'the app before the wasm is let through');
      await page.js(() => {
        window.beforeReload = true;
        location.reload();
      });
      await page.waitFor(
        async () => (await page.js(() => !window.beforeReload && document.querySelectorAll('.statement.answered').length)) === 2,
        'the two answers back after the reload',
      );
      // Leaving a page whose wasm was still held cancels that download: the probe and the
      // loader report it (nothing else may have gone wrong before the reload).
      for (const problem of await page.problems()) {
        assert(/_bg\.wasm|NetworkError/.test(problem), `before the reload: ${problem}`);
      }
      groups = await statementGroups(page);
      assert(await page.checked(await page.find({ label: 'Zelden', within: groups[13] })), 'statement 14 kept "Zelden" through the reload');
      site.release();
      await page.waitFor(async () => /\/zelftest\/[0-9a-f-]{36}$/.test(await page.url()), 'the URL of the zelftest the app made');
      await page.waitH1(/Zelftest/);
      await page.expectText('2 van 20 beantwoord');
      groups = await statementGroups(page);
      assert(await page.checked(await page.find({ label: 'Helemaal', within: groups[0] })), 'statement 1 taken over');
      await page.saved();
    },
  },
  {
    name: 'zelftest when the wasm download fails: the form works, says the answers are kept, a reload keeps them, the app takes them over once it loads',
    async run({ page, heldSite }) {
      const site = await heldSite({ fail: true });
      page.origin = site.origin;
      // Only the failed download and the loader's report of it may go wrong meanwhile (the
      // probe sees it in Firefox; WebKit reports nothing, the message above shows it was seen).
      const onlyTheFailedDownload = async (when) => {
        for (const problem of await page.problems()) {
          assert(/_bg\.wasm|WebAssembly|wasm|503|NetworkError|fetch|Load failed/i.test(problem), `${when}: ${problem}`);
        }
      };
      await page.goto('/zelftest');
      const message = await page.find({ role: 'alert' });
      await page.expectText(NO_APP_MESSAGE, message);
      await page.expectText('Je antwoorden blijven bewaard op dit apparaat', message);
      const roles = await page.find({ role: 'group', name: 'Jouw rol' });
      await page.click(await page.find({ label: 'College', within: roles }));
      let groups = await statementGroups(page);
      await answer(page, groups, 0, 'Grotendeels');
      await answer(page, groups, 19, 'Soms');
      await page.expectText('2 van 20 beantwoord');
      await onlyTheFailedDownload('before the reload');
      await page.reload();
      await page.expectText(NO_APP_MESSAGE, await page.find({ role: 'alert' }));
      groups = await statementGroups(page);
      assert(await page.checked(await page.find({ label: 'Grotendeels', within: groups[0] })), 'statement 1 kept "Grotendeels" through the reload');
      assert(await page.checked(await page.find({ label: 'Soms', within: groups[19] })), 'statement 20 kept "Soms" through the reload');
      await onlyTheFailedDownload('after the reload');
      // The next time the app runs on this device the answers are a zelftest.
      site.release();
      await page.goto('/zelftest');
      await page.waitFor(async () => /\/zelftest\/[0-9a-f-]{36}$/.test(await page.url()), 'the URL of the zelftest the app made');
      await page.waitH1(/Zelftest/);
      await page.expectText('2 van 20 beantwoord');
      groups = await statementGroups(page);
      assert(await page.checked(await page.find({ label: 'Grotendeels', within: groups[0] })), 'statement 1 taken over');
      await page.saved();
      const stored = await page.js((key) => JSON.parse(localStorage.getItem(key)).assessments, KEY);
      assertEqual(stored.map((a) => [a.role, Object.keys(a.answers).length]), [['college', 2]], 'the one stored zelftest');
    },
  },
  {
    name: 'zelftest with WebAssembly switched off (javascript.options.wasm false): the form works and says the answers are kept',
    engines: ['firefox'],
    async run({ page, open, finish }) {
      // The first device is an ordinary one: the app runs there.
      await page.gotoAndWait('/zelftest', /Zelftest/);
      await finish(page);
      const locked = await open({ prefs: { 'javascript.options.wasm': false } });
      await locked.goto('/zelftest');
      assertEqual(await locked.js(() => typeof WebAssembly), 'undefined', 'WebAssembly in this profile');
      await locked.expectText(NO_APP_MESSAGE, await locked.find({ role: 'alert' }));
      const roles = await locked.find({ role: 'group', name: 'Jouw rol' });
      await locked.click(await locked.find({ label: 'Ambtelijke organisatie', within: roles }));
      // The ambtelijke organisatie is not asked two statements.
      let groups = await locked.count({ role: 'group', name: /^Stelling \d+ van 18(?!\d)/ }, 18);
      await answer(locked, groups, 17, 'Nooit');
      await locked.expectText('1 van 18 beantwoord');
      await locked.reload();
      groups = await locked.count({ role: 'group', name: /^Stelling \d+ van 18(?!\d)/ }, 18);
      assert(await locked.checked(await locked.find({ label: 'Nooit', within: groups[17] })), 'statement 18 kept "Nooit" through the reload');
      assert(!(await locked.js(() => document.documentElement.hasAttribute('data-app'))), 'no app started without WebAssembly');
      // The loader's failure is the only problem (a module that cannot instantiate).
      for (const problem of await locked.problems()) {
        assert(/WebAssembly|wasm/i.test(problem), `without WebAssembly: ${problem}`);
      }
    },
  },
];
