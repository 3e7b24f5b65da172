// The werkatelier in one room (issue 14): a participant's QR code read by the facilitator's
// camera into /groep (two browsers; the second one's fake camera plays a y4m file made from
// the first one's QR code), a refused camera, a foreign and a damaged code; "Delen via…"
// (navigator.share stubbed); the presentation (checklist slides, every slide within the
// screen, Enter and swipe); "liever niet" statements never as strengths in their own words;
// the chart's text at phone width; removing one participant with undo.
import { test, expect, chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import qrcode from 'qrcode-generator';
import { chromiumLaunchOptions } from '../../playwright.config.mjs';
import { gotoAndWait, expectNoA11yViolations, trackErrorsAndForeignRequests, waitForH1, expectTouchTargets, swipe } from './helpers.mjs';

const HELPS = 12;
const AVOID = 8;
const W = 640;
const H = 480;

// ---------------------------------------------------------------------------------------
// A fake camera: y4m files (YUV 4:2:0, grey: U and V at 128) with a QR code in view.
// ---------------------------------------------------------------------------------------

/** A y4m file of `frames` (each a W×H luma plane), every frame shown `repeat` times. */
function writeY4m(file, frames, repeat = 5) {
  const header = Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`);
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const parts = [header];
  for (const luma of frames) for (let i = 0; i < repeat; i++) parts.push(Buffer.from('FRAME\n'), luma, chroma);
  writeFileSync(file, Buffer.concat(parts));
  return file;
}

/** The luma plane of a QR code (qrcode-generator) centred on white. */
function lumaOfText(text) {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  const size = Math.floor(400 / (n + 8));
  const x0 = Math.floor((W - n * size) / 2);
  const y0 = Math.floor((H - n * size) / 2);
  const luma = Buffer.alloc(W * H, 255);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (!qr.isDark(r, c)) continue;
      for (let y = 0; y < size; y++) luma.fill(0, (y0 + r * size + y) * W + x0 + c * size, (y0 + r * size + y) * W + x0 + (c + 1) * size);
    }
  }
  return luma;
}

/** The luma plane of the app's own QR code: its SVG drawn on a canvas in the participant's page. */
async function lumaOfSvg(svg) {
  const base64 = await svg.evaluate(async (el, { W, H }) => {
    const img = new Image();
    img.src = 'data:image/svg+xml;base64,' + btoa(new XMLSerializer().serializeToString(el));
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = W;
    canvas.height = H;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, W, H);
    ctx.drawImage(img, (W - 420) / 2, (H - 420) / 2, 420, 420);
    const rgba = ctx.getImageData(0, 0, W, H).data;
    let bin = '';
    for (let i = 0; i < rgba.length; i += 4) bin += String.fromCharCode(Math.round(0.299 * rgba[i] + 0.587 * rgba[i + 1] + 0.114 * rgba[i + 2]));
    return btoa(bin);
  }, { W, H });
  return Buffer.from(base64, 'base64');
}

/** A browser whose camera plays `y4m` (or, with `deny`, a camera whose use is refused). */
async function cameraBrowser(y4m, { deny = false } = {}) {
  const args = [...chromiumLaunchOptions.args, '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${y4m}`];
  args.push(deny ? '--deny-permission-prompts' : '--use-fake-ui-for-media-stream');
  return chromium.launch({ ...chromiumLaunchOptions, args });
}

async function tablet(browser, baseURL, viewport = { width: 820, height: 1180 }, extra = {}) {
  return browser.newContext({ baseURL, viewport, hasTouch: true, isMobile: true, locale: 'nl-NL', deviceScaleFactor: 1, ...extra });
}

// ---------------------------------------------------------------------------------------
// A participant
// ---------------------------------------------------------------------------------------

/** Fills in the zelftest by touch: helping "Voor de helft" (50), avoiding "Nooit" (100), the first "Weet ik niet". */
async function finishAssessment(page, role = 'Raad') {
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await page.getByRole('group', { name: 'Jouw rol' }).getByLabel(role, { exact: true }).tap();
  // The intro says who "wij" is for this role (no longer "kies weet ik niet" where it does not fit).
  if (role === 'Raad') await expect(page.locator('.role-intro')).toHaveText('Met “wij” bedoelen de stellingen de gemeenteraad: alle fracties samen.');
  await expect(page.locator('.role-intro')).not.toContainText('weet ik niet');
  await page.getByRole('button', { name: 'Zelftest starten' }).tap();
  await waitForH1(page, /Zelftest/);
  const statements = page.locator('.statement');
  await expect(statements).toHaveCount(HELPS + AVOID);
  for (let i = 0; i < HELPS + AVOID; i++) {
    const label = i === 0 ? 'Weet ik niet' : i < HELPS ? 'Voor de helft' : 'Nooit';
    const choice = statements.nth(i).getByRole('group').getByText(label, { exact: true });
    await choice.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await choice.tap();
    await expect(statements.nth(i).getByRole('group').getByLabel(label, { exact: true })).toBeChecked();
  }
  const result = page.getByRole('region', { name: 'Uitkomst' });
  await expect(result).toBeVisible();
  return result;
}

async function openShare(page) {
  await page.getByRole('button', { name: 'Delen', exact: true }).tap();
  const panel = page.getByRole('region', { name: 'Delen met de begeleider' });
  const link = await panel.getByRole('textbox', { name: 'Link' }).inputValue();
  return { panel, link, qr: panel.getByRole('img', { name: /QR-code/ }) };
}

// ---------------------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------------------

test('a participant’s QR code, read by the facilitator’s camera, lands in /groep; duplicates count once; Stoppen and leaving stop the camera', async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'scan-'));
  // The participant, on their own tablet.
  const participant = await tablet(browser, baseURL);
  const p = await participant.newPage();
  const ptracker = trackErrorsAndForeignRequests(p);
  const result = await finishAssessment(p);

  // Their own result: a "liever niet" statement is never a strength in its own words, and
  // points to the handreiking that helps (liever-niet-01 → regie vanuit de raad).
  const strongest = result.locator('.point-list').first().locator('li');
  await expect(strongest).toHaveCount(3);
  // One participant's points say the answer they gave ("Nooit"), not a group's "Komt zelden voor".
  await expect(strongest.first()).toContainText('Stelling 13 – Nooit: we willen alles zelf bepalen');
  for (const text of await strongest.locator('.point-text').allInnerTexts()) expect(text).toMatch(/^(Nooit|Zelden|Soms|Vaak|Altijd|Helemaal niet|Een beetje|Voor de helft|Grotendeels|Helemaal): we /);
  await expect(strongest.first().getByRole('link')).toHaveAttribute('href', /\/handreikingen\/regie-vanuit-de-raad$/);

  const { link, qr } = await openShare(p);
  const y4m = writeY4m(path.join(dir, 'deelnemer.y4m'), [await lumaOfSvg(qr)]);
  ptracker.assertClean();
  await participant.close();

  // The facilitator, with a camera that sees that QR code.
  const camera = await cameraBrowser(y4m);
  try {
    const context = await tablet(camera, baseURL, { width: 1180, height: 820 });
    // Every camera stream the page opens, to check that leaving stops it.
    await context.addInitScript(() => {
      window.__streams = [];
      const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = async (c) => {
        const s = await original(c);
        window.__streams.push(s);
        return s;
      };
    });
    const page = await context.newPage();
    const tracker = trackErrorsAndForeignRequests(page);
    await gotoAndWait(page, '/groep', 'Groepsoverzicht');
    await expect(page.getByText('Nog geen resultaten')).toBeVisible();
    // The page loads the scanner and its decoder only when "Scannen" is pressed (the service
    // worker precaches them for offline use; that is not the page loading them).
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.replace(/.*\//, '')).filter((n) => /^(scanner|jsQR)\.js$/.test(n)));
    expect(await loaded()).toEqual([]);

    await page.getByRole('button', { name: 'Scannen', exact: true }).tap();
    const status = page.locator('.scanner [role="status"]');
    await expect(status).toContainText('Toegevoegd: raad, 20 antwoorden.');
    await expect(status).toContainText('Deze scanronde: 1 resultaat toegevoegd.');
    await expect(page.getByTestId('deelnemers')).toHaveText('1');
    expect((await loaded()).sort()).toEqual(['jsQR.js', 'scanner.js']);
    await expect(page.locator('video.scanner-video')).toHaveAttribute('data-decoder', 'jsQR');
    // The same code stays in view for a while: still one participant, still one added.
    const video = page.locator('video.scanner-video');
    await expect.poll(async () => Number(await video.getAttribute('data-reads'))).toBeGreaterThanOrEqual(5);
    expect(await page.evaluate(() => window.__streams[0].getVideoTracks()[0].readyState)).toBe('live');
    await expect(status).toContainText('1 resultaat toegevoegd');
    await expect(page.getByTestId('deelnemers')).toHaveText('1');
    await expectNoA11yViolations(page, { exclude: 'video' });
    await expectTouchTargets(page);

    // "Stoppen" closes the camera.
    await page.getByRole('button', { name: 'Stoppen', exact: true }).tap();
    await expect(page.getByRole('button', { name: 'Scannen', exact: true })).toBeVisible();
    await expect(page.locator('video.scanner-video')).toBeHidden();
    expect(await page.evaluate(() => window.__streams.every((s) => s.getTracks().every((t) => t.readyState === 'ended')))).toBe(true);

    // Scanning again: the result is already there and counts once.
    await page.getByRole('button', { name: 'Scannen', exact: true }).tap();
    await expect(status).toContainText('Stond er al in (telt één keer): raad, 20 antwoorden.');
    await expect(page.getByTestId('deelnemers')).toHaveText('1');
    // Leaving the page inside the app stops the camera too: /gegevens is in the same bundle
    // as /groep, so this is the router's navigation, not a page load (which ends every track
    // anyway, and would also end this page's record of the streams).
    await page.getByRole('navigation', { name: 'Hoofdmenu', exact: true }).getByRole('link', { name: 'Gegevens', exact: true }).click();
    await waitForH1(page, 'Gegevens');
    expect(await page.evaluate(() => Array.isArray(window.__streams))).toBe(true);
    await expect.poll(() => page.evaluate(() => window.__streams.length === 2 && window.__streams.every((s) => s.getTracks().every((t) => t.readyState === 'ended')))).toBe(true);

    // The group shows the participant as by link.
    await gotoAndWait(page, '/groep', 'Groepsoverzicht');
    await expect(page.locator('tr[data-role="raad"] td')).toHaveText('1');
    // One participant: counted, but one answer is no group average (issue 24).
    await expect(page.locator('li[data-item="helpen-02"] .avg')).toHaveText('–');
    await expect(page.locator('li[data-item="helpen-02"] .dist')).toHaveAttribute('aria-label', /score 50 1×/);
    // The link in the QR code was the participant's link.
    expect(link).toMatch(/\/groep#d1\d+$/);
    tracker.assertClean();
    await context.close();
  } finally {
    await camera.close();
  }
});

test('a foreign QR code and a damaged one are named as such and add nothing', async ({ baseURL }) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'scan-'));
  // One second of a web address of another site, then one second of a share link whose
  // digits are broken: the fake camera loops the two.
  const y4m = writeY4m(path.join(dir, 'vreemd.y4m'), [lumaOfText('https://example.org/agenda'), lumaOfText(`${baseURL}/groep#d1${'3'.repeat(60)}`)], 10);
  const camera = await cameraBrowser(y4m);
  try {
    const context = await tablet(camera, baseURL);
    const page = await context.newPage();
    const tracker = trackErrorsAndForeignRequests(page);
    await gotoAndWait(page, '/groep', 'Groepsoverzicht');
    await page.getByRole('button', { name: 'Scannen', exact: true }).tap();
    const status = page.locator('.scanner [role="status"]');
    // Both are read (the camera loops them), each named once in this round's log.
    const log = page.locator('.scan-log');
    await expect(log).toBeAttached();
    await log.locator('summary').tap();
    await expect(log.getByText('Deze QR-code is geen resultaat van de Samenwerkingswijzer.', { exact: false })).toHaveCount(1);
    await expect(log.getByText('Deze QR-code is niet te lezen als resultaat.', { exact: false })).toHaveCount(1);
    await expect(status).toContainText('Deze scanronde: 0 resultaten toegevoegd.');
    await expect(status).toContainText(/Deze QR-code is (geen resultaat|niet te lezen)/);
    await expect(page.getByText('Nog geen resultaten')).toBeVisible();
    await page.getByRole('button', { name: 'Stoppen', exact: true }).tap();
    tracker.assertClean();
    await context.close();
  } finally {
    await camera.close();
  }
});

test('a refused camera says so in Dutch and names the link and files', async ({ baseURL }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'scan-'));
  const y4m = writeY4m(path.join(dir, 'leeg.y4m'), [Buffer.alloc(W * H, 255)], 1);
  const camera = await cameraBrowser(y4m, { deny: true });
  try {
    const context = await tablet(camera, baseURL);
    const page = await context.newPage();
    const tracker = trackErrorsAndForeignRequests(page);
    await gotoAndWait(page, '/groep', 'Groepsoverzicht');
    await page.getByRole('button', { name: 'Scannen', exact: true }).tap();
    const alert = page.locator('.scanner [role="alert"]');
    await expect(alert).toContainText('De camera mag niet worden gebruikt: de toestemming is geweigerd.');
    await expect(alert).toContainText('gedeelde link of met bestanden');
    await expect(page.getByRole('button', { name: 'Scannen', exact: true })).toBeVisible();
    await expect(page.locator('video.scanner-video')).toBeHidden();
    await expectNoA11yViolations(page);
    tracker.assertClean();
    await context.close();
  } finally {
    await camera.close();
  }
});

// ---------------------------------------------------------------------------------------
// Sharing through the device
// ---------------------------------------------------------------------------------------

test('"Delen via…" hands the link and the JSON file to the share sheet; cancelling is no error; absent without navigator.share', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const context = await tablet(browser, baseURL);
  await context.addInitScript(() => {
    window.__shared = [];
    window.__cancel = false;
    navigator.share = async (data) => {
      if (window.__cancel) throw new DOMException('Share canceled', 'AbortError');
      const files = [];
      for (const f of data.files || []) files.push({ name: f.name, type: f.type, text: await f.text() });
      window.__shared.push({ url: data.url, title: data.title, files });
    };
    navigator.canShare = (data) => !!data;
  });
  const page = await context.newPage();
  const tracker = trackErrorsAndForeignRequests(page);
  await finishAssessment(page);
  const { panel, link } = await openShare(page);
  await panel.getByRole('button', { name: 'Delen via…' }).tap();
  await expect(panel.getByRole('status')).toHaveText('Gedeeld via het apparaat.');
  const [shared] = await page.evaluate(() => window.__shared);
  expect(shared.url).toBe(link);
  expect(shared.files).toHaveLength(1);
  expect(shared.files[0].name).toMatch(/^samenwerkingswijzer-resultaat-\d{4}-\d{2}-\d{2}\.json$/);
  expect(shared.files[0].type).toBe('application/json');
  const envelope = JSON.parse(shared.files[0].text);
  expect(envelope.format).toBe('samenwerkingswijzer');
  expect(envelope.assessments).toHaveLength(1);
  // Cancelling the share sheet is a choice, not an error.
  await page.evaluate(() => { window.__cancel = true; });
  await panel.getByRole('button', { name: 'Delen via…' }).tap();
  await expect(panel.getByRole('status')).toHaveText('Gedeeld via het apparaat.');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectTouchTargets(page);
  tracker.assertClean();
  await context.close();

  // Without navigator.share the button is not there.
  const plain = await tablet(browser, baseURL);
  await plain.addInitScript(() => {
    delete Navigator.prototype.share;
    delete Navigator.prototype.canShare;
  });
  const other = await plain.newPage();
  await finishAssessment(other);
  const { panel: panel2 } = await openShare(other);
  await expect(panel2.getByRole('button', { name: 'Link kopiëren' })).toBeVisible();
  await expect(panel2.getByRole('button', { name: 'Delen via…' })).toHaveCount(0);
  await plain.close();
});

// ---------------------------------------------------------------------------------------
// The projector view
// ---------------------------------------------------------------------------------------

const T = '2026-11-30T10:00:00.000Z';
// The statements of wording version 2 (issue 24), in order; the ambtelijke organisatie is not
// asked two of them.
const STATEMENT_IDS = [
  ...Array.from({ length: 8 }, (_, i) => `helpen-0${i + 1}`),
  'helpen-09a', 'helpen-09b', 'helpen-10', 'helpen-11',
  ...Array.from({ length: AVOID }, (_, i) => `liever-niet-${String(i + 1).padStart(2, '0')}`),
];
const NOT_ASKED = { ambtelijkeOrganisatie: ['liever-niet-03', 'liever-niet-05'] };

/** A group file: participants (role and helping/avoiding scale answers) and valkuilen checklists. */
function groupFile(dir, people, checklists = 0) {
  const assessments = people.map(({ role, label = '', helps, avoid }) => ({
    id: randomUUID(), createdAt: T, updatedAt: T, role, label, wording: 2,
    perspective: role === 'samenleving' ? 'partner' : 'gemeente',
    answers: Object.fromEntries(
      STATEMENT_IDS.filter((id) => !(NOT_ASKED[role] || []).includes(id)).map((id) => [id, { scale: id.startsWith('helpen') ? helps : avoid }]),
    ),
    actions: '', completedAt: T,
  }));
  const lists = Array.from({ length: checklists }, (_, n) => ({
    id: randomUUID(), createdAt: T, updatedAt: T, list: 'valkuilen', title: `Overleg ${n + 1}`, date: '2026-11-30',
    items: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`valkuil-${String(i + 1).padStart(2, '0')}`, { state: i % 3 === 0 ? 'done' : i % 3 === 1 ? 'notDone' : 'notApplicable' }])),
  }));
  const file = path.join(dir, `groep-${randomUUID()}.json`);
  writeFileSync(file, JSON.stringify({ format: 'samenwerkingswijzer', version: 1, exportedAt: T, app: '0.1.0', evaluations: [], assessments, checklists: lists, worksheets: [] }));
  return file;
}

for (const viewport of [{ width: 1366, height: 900 }, { width: 1180, height: 820 }]) {
  test(`every slide fits ${viewport.width}×${viewport.height} from its top, with checklist slides; Enter goes on, Sluiten is not in the way`, async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'groep-'));
    const desktop = viewport.width === 1366;
    const context = await browser.newContext({ baseURL, viewport, hasTouch: !desktop, isMobile: !desktop, locale: 'nl-NL', deviceScaleFactor: 1 });
    const page = await context.newPage();
    const tracker = trackErrorsAndForeignRequests(page);
    await gotoAndWait(page, '/groep', 'Groepsoverzicht');
    // Avoiding behaviour "nooit" (scale 1 = 100) for everyone: the "liever niet" statements are the strongest.
    await page.getByLabel('Bestanden van deelnemers (één of meer)').setInputFiles(
      groupFile(dir, [
        { role: 'raad', label: 'Fractie Oost', helps: 3, avoid: 1 },
        { role: 'college', helps: 2, avoid: 1 },
        { role: 'ambtelijkeOrganisatie', helps: 4, avoid: 2 },
      ], 2),
    );
    await expect(page.getByTestId('deelnemers')).toHaveText('3');

    // The overview explains itself, once above both statement groups (issue 25): the legend
    // and "spreiding".
    const hint = page.locator('.statements-hint');
    await expect(hint.locator('.dist-legend')).toContainText('0 · zwak');
    await expect(hint.locator('.dist-legend')).toContainText('100 · sterk');
    await expect(hint).toContainText('Spreiding: hoe ver de scores van de deelnemers uiteenlopen');
    await expect(page.locator('main .dist-legend')).toHaveCount(1);
    // Strengths in words that say what they mean, never a "liever niet" statement as itself.
    const strong = page.locator('.points .strongest li');
    await expect(strong).toHaveCount(3);
    for (const li of await strong.all()) {
      const [item, text] = [await li.getAttribute('data-item'), await li.innerText()];
      expect(text).toMatch(item.startsWith('liever-niet') ? /^\d+\. Komt (zelden|soms|vaak) voor: we / : /^\d+\. Doen we (veel|deels|weinig): we /);
    }
    await expect(strong.first()).toHaveAttribute('data-item', /^liever-niet-/);
    await expect(strong.first()).toContainText('Komt zelden voor: we willen alles zelf bepalen');

    await page.getByRole('button', { name: 'Presenteren' }).click();
    const show = page.getByRole('dialog', { name: 'Presentatie van het groepsoverzicht' });
    await expect(show.getByRole('heading', { name: 'Deelnemers' })).toBeVisible();
    // Focus is on "Volgende", not on "Sluiten": Enter goes on.
    await expect(show.getByRole('button', { name: 'Volgende' })).toBeFocused();
    const counter = show.getByRole('status');
    const total = Number((await counter.innerText()).match(/van (\d+)/)[1]);
    // Overview, the mirror, the statement slides, differences, strongest, weakest, 2 checklist
    // slides.
    console.log(`${viewport.width}x${viewport.height}: ${total} slides`);
    expect(total).toBe(1 + 1 + 3 + 2 + 1 + 2 + 2);
    const headings = [];
    for (let n = 1; n <= total; n++) {
      await expect(counter).toHaveText(`${n} van ${total}`);
      await expect(show.locator('.slide-body')).toHaveAttribute('data-slide', String(n));
      const box = await show.evaluate((el) => {
        const body = el.querySelector('.slide-body').getBoundingClientRect();
        const frame = el.querySelector('.slide');
        const nav = el.querySelector('.slide-nav').getBoundingClientRect();
        const h2 = el.querySelector('.slide-body h2');
        const h = h2.getBoundingClientRect();
        const colours = [...el.querySelectorAll('.slide-body h2, .slide-body h3')].map((x) => getComputedStyle(x).color);
        return { top: body.top, bottom: body.bottom, navTop: nav.top, scrollTop: frame.scrollTop, h2: h2.textContent, h2Top: h.top, h2Height: h.height, colours };
      });
      headings.push(box.h2);
      expect(box.top, `slide ${n} starts at the top`).toBeGreaterThanOrEqual(0);
      expect(box.scrollTop, `slide ${n} is not scrolled`).toBe(0);
      expect(box.bottom, `slide ${n} (${box.h2}) ends above the slide bar`).toBeLessThanOrEqual(box.navTop + 0.5);
      expect(box.navTop).toBeLessThanOrEqual(viewport.height);
      expect(box.h2Top, `slide ${n} shows its title at the top`).toBeLessThan(viewport.height / 4);
      expect(box.h2Height).toBeGreaterThan(20);
      for (const c of box.colours) expect(c, `slide ${n} headings are white`).toBe('rgb(255, 255, 255)');
      if (n === total - 1 || n === 5) await expectNoA11yViolations(page, { include: '.presentation' });
      if (n < total) await page.keyboard.press('Enter');
    }
    // Strongest and weakest on slides of their own, one list each (issue 25).
    expect(headings).toContain('Sterkste punten van de groep');
    expect(headings).toContain('Hier valt voor de groep het meest te winnen');
    expect(headings).toContain('Spiegel: de gemeente en haar partners');
    expect(headings).toContain('Checklist: Valkuilen (2×) (1 van 2)');
    expect(headings).toContain('Checklist: Valkuilen (2×) (2 van 2)');
    // A checklist slide shows the counts.
    await expect(show.locator('tr[data-item="valkuil-10"] td').nth(1)).toHaveText('2');
    // The strongest points' slide (before the weakest and the two checklist slides): "liever
    // niet" in words that say what they mean.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(counter).toHaveText(`${total - 3} van ${total}`);
    await expect(show.locator('.points .strongest li').first()).toContainText('Komt zelden voor: we willen alles zelf bepalen');
    if (!desktop) {
      await swipe(page, { from: viewport.width - 100, to: 100, y: viewport.height / 2 });
      await expect(counter).toHaveText(`${total - 2} van ${total}`);
      await swipe(page, { from: 100, to: viewport.width - 100, y: viewport.height / 2 });
      await expect(counter).toHaveText(`${total - 3} van ${total}`);
    }
    // Enter on "Sluiten" itself closes; Escape does too.
    await page.keyboard.press('Escape');
    await expect(show).toBeHidden();
    await expect(page.getByRole('button', { name: 'Presenteren' })).toBeFocused();
    tracker.assertClean();
    await context.close();
  });
}

test('one wrongly added participant can be removed, and brought back with "Ongedaan maken"', async ({ page }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'groep-'));
  const tracker = trackErrorsAndForeignRequests(page);
  await gotoAndWait(page, '/groep', 'Groepsoverzicht');
  // Three raad members and a college member: the group's average rests on at least three.
  const raad = { role: 'raad', helps: 5, avoid: 1 };
  await page.getByLabel('Bestanden van deelnemers (één of meer)').setInputFiles(
    groupFile(dir, [{ ...raad, label: 'Fractie Oost' }, raad, raad, { role: 'college', helps: 1, avoid: 5 }]),
  );
  await expect(page.getByTestId('deelnemers')).toHaveText('4');
  await expect(page.getByTestId('gemiddelde')).toHaveText('75');
  await page.getByText('Toegevoegde resultaten (4)').tap();
  await page.getByRole('button', { name: /^Verwijderen: Zelftest · College/ }).tap();
  await expect(page.getByTestId('deelnemers')).toHaveText('3');
  await expect(page.locator('tr[data-role="college"] td')).toHaveText('0');
  await expect(page.getByTestId('gemiddelde')).toHaveText('100');
  await page.getByRole('button', { name: 'Ongedaan maken' }).tap();
  await expect(page.getByTestId('deelnemers')).toHaveText('4');
  await expect(page.getByTestId('gemiddelde')).toHaveText('75');
  await expect(page.locator('tr[data-role="college"] td')).toHaveText('1');
  await expectNoA11yViolations(page);
  await expectTouchTargets(page);
  tracker.assertClean();
});

// ---------------------------------------------------------------------------------------
// The zelftest chart on a phone
// ---------------------------------------------------------------------------------------

test('the result chart on a phone: text at least 12 px, each bar with its statement, and a row for "weet ik niet"', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const context = await tablet(browser, baseURL);
  const page = await context.newPage();
  const tracker = trackErrorsAndForeignRequests(page);
  await finishAssessment(page);
  await page.setViewportSize({ width: 390, height: 844 });
  const chart = page.getByRole('figure', { name: 'Score per stelling, van 0 tot 100' });
  await expect(chart).toBeVisible();
  const rows = chart.locator('.chart-row');
  await expect(rows).toHaveCount(HELPS + AVOID);
  // Each row says its statement.
  await expect(rows.nth(1)).toContainText('2. We stellen minder regels.');
  await expect(rows.nth(1)).toHaveAttribute('data-score', '50');
  await expect(rows.nth(12)).toHaveAttribute('data-score', '100');
  // "Weet ik niet" is a row of its own, without a bar.
  await expect(rows.first()).toHaveAttribute('data-score', 'weet ik niet');
  await expect(rows.first()).toContainText('1. We geven ruimte en delen invloed.');
  await expect(rows.first().locator('.chart-fill')).toHaveCount(0);
  const smallest = await chart.evaluate((el) => {
    let min = Infinity;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (!node.textContent.trim()) continue;
      const parent = node.parentElement;
      if (parent.getBoundingClientRect().width === 0) continue;
      min = Math.min(min, parseFloat(getComputedStyle(parent).fontSize));
    }
    return min;
  });
  console.log(`smallest chart text at 390 px: ${smallest} px`);
  expect(smallest).toBeGreaterThanOrEqual(12);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  tracker.assertClean();
  await context.close();
});
