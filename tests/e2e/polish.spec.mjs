// Every screen reads right, prints right and finds right (issue 15): search by words and
// tools, counted nouns, checklist answer words and lead-ins, the answer scale on one line,
// heading hyphenation, print of a checklist and a zelftest, phone stepping, "Delen" in view,
// the menu item of /ontwikkelagenda, small layout. Tablet 820x1180 with touch unless said.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { gotoAndWait, trackErrorsAndForeignRequests, waitForH1, expectNoA11yViolations } from './helpers.mjs';

const searchbox = (page) => page.getByRole('searchbox', { name: 'Zoeken in de Samenwerkingswijzer', exact: true });
const results = (page) => page.locator('ol.zoekresultaten > li');

async function startChecklist(page, list, title) {
  await gotoAndWait(page, `/checklists?nieuw=${list}`, 'Checklists');
  await page.getByLabel('Titel (de casus of het overleg)').fill(title);
  await page.getByRole('button', { name: 'Checklist starten' }).tap();
  await expect(page).toHaveURL(/\/checklists\/[0-9a-f-]{36}$/);
  await waitForH1(page, new RegExp(`Checklist\\s*${title}`));
}

async function startAssessment(page, role = 'Raad') {
  await gotoAndWait(page, '/zelftest', 'Zelftest');
  await page.getByRole('group', { name: 'Jouw rol' }).getByLabel(role, { exact: true }).tap();
  await page.getByRole('button', { name: 'Zelftest starten' }).tap();
  await expect(page).toHaveURL(/\/zelftest\/[0-9a-f-]{36}$/);
  await waitForH1(page, /Zelftest/);
}

async function answerAll(page) {
  const statements = page.locator('.statement');
  await expect(statements).toHaveCount(20);
  for (let i = 0; i < 20; i++) {
    const label = i === 2 ? 'Weet ik niet' : i < 12 ? 'Grotendeels' : 'Zelden';
    await statements.nth(i).getByRole('group').getByLabel(label, { exact: true }).tap();
  }
  await expect(page.getByText('20 van 20 beantwoord')).toBeVisible();
}

/** Number of pages in a PDF made by Chromium. */
function pdfPages(buffer) {
  return (buffer.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
}

test.describe('search', () => {
  test('"één" marks the word één/een, never a part of "gemeente" or "eenheid"', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await gotoAndWait(page, '/zoeken?q=%C3%A9%C3%A9n', 'Zoeken');
    await expect(results(page).first()).toBeVisible();
    // The page with "één" itself ("De gemeente is één van de spelers") comes first.
    await expect(results(page).first().locator('h2 a')).toHaveAttribute('href', /goede-samenwerkingsspeler$/);
    const marks = await results(page).locator('mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    expect(marks.map(fold).filter((m) => m !== 'een')).toEqual([]);
    // No mark touches a letter: whole words only.
    const snippets = await results(page).locator('.snippet').evaluateAll((els) => els.map((e) => e.innerHTML));
    for (const html of snippets) {
      expect(html, 'a mark inside a word').not.toMatch(/\p{L}<mark>|<\/mark>\p{L}/u);
    }
    const withGemeente = snippets.filter((html) => /gemeente/i.test(html.replace(/<[^>]+>/g, '')));
    expect(withGemeente.length, 'snippets that show "gemeente"').toBeGreaterThan(0);
    for (const html of withGemeente) expect(html).not.toMatch(/gem<mark>/i);
    tracker.assertClean();
  });

  test('the tools are found by name; the field says what it searches', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await gotoAndWait(page, '/zoeken', 'Zoeken');
    await expect(searchbox(page)).toHaveAccessibleDescription(/^Zoekt in alle pagina’s: de startpagina, de evaluatie 2017, de handreikingen en de voorbeelden\. .*hulpmiddelen/);
    await searchbox(page).fill('zelftest');
    const tool = results(page).first();
    await expect(tool.locator('.result-kind')).toHaveText('Hulpmiddel');
    await expect(tool.getByRole('link', { name: 'Zelftest', exact: true })).toBeVisible();
    await expect(page.locator('.result-count')).toHaveText(/^1 hulpmiddel( en \d+ pagina(’s)?)? gevonden$/);
    for (const [query, name] of [['checklist', 'Checklists'], ['werkbladen', 'Werkbladen'], ['evaluaties', 'Evaluaties'],
      ['groep', 'Groep'], ['gegevens', 'Gegevens'], ['ontwikkelagenda', 'Ontwikkelagenda']]) {
      await searchbox(page).fill(query);
      await expect(results(page).filter({ has: page.locator('.result-kind') }).getByRole('link', { name, exact: true })).toBeVisible();
    }
    await searchbox(page).fill('zelftest');
    await tool.getByRole('link', { name: 'Zelftest', exact: true }).click();
    await waitForH1(page, 'Zelftest');
    tracker.assertClean();
  });
});

test('no "1 evaluaties" or "(s)" anywhere after creating one record of each kind', async ({ page }) => {
  test.setTimeout(120_000);
  const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
  await startChecklist(page, 'valkuilen', 'Eén checklist');
  await startAssessment(page);
  await answerAll(page);
  await gotoAndWait(page, '/evaluaties', 'Evaluaties');
  await page.getByRole('button', { name: 'Nieuwe evaluatie', exact: true }).tap();
  await page.getByLabel('Titel van de casus').fill('Eén evaluatie');
  await page.getByRole('button', { name: 'Evaluatie aanmaken' }).tap();
  await expect(page.locator('h1')).toHaveText('Eén evaluatie');
  await page.locator('#onderdeel-lessen > summary').tap();
  await page.getByRole('button', { name: 'Les toevoegen' }).tap();
  await page.getByLabel('Les', { exact: true }).fill('Eén les');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await gotoAndWait(page, '/werkbladen', 'Werkbladen');
  await page.getByRole('button', { name: 'Nieuw werkblad: Maatwerkcanvas' }).tap();
  await expect(page).toHaveURL(/\/werkbladen\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();

  const wrong = /\b1 (evaluaties|zelftests|checklists|werkbladen|onderdelen|punten|lessen|stellingen|pagina’s|resultaten|hulpmiddelen)\b|\(s\)|\b1 waren\b|\(1 \w+en\b/;
  const expected = {
    '/gegevens': '4 onderdelen (1 evaluatie, 1 zelftest, 1 checklist, 1 werkblad)',
    '/evaluaties': '1 evaluatie',
    '/ontwikkelagenda': '1 les',
  };
  for (const route of ['/', '/gegevens', '/evaluaties', '/checklists', '/zelftest', '/werkbladen', '/groep', '/ontwikkelagenda', '/voorbeelden']) {
    await gotoAndWait(page, route, null);
    const text = await page.locator('main').innerText();
    expect(text, `${route} counts a single thing as many`).not.toMatch(wrong);
    if (expected[route]) await expect(page.locator('main')).toContainText(expected[route]);
  }
  await gotoAndWait(page, '/groep', 'Groepsoverzicht');
  await expect(page.getByText('1 afgeronde zelftest en 1 checklist op dit apparaat.')).toBeVisible();
  tracker.assertClean();
});

test.describe('checklists', () => {
  test('the valkuilen answer Vermeden / Trad op / N.v.t.; the export keeps done / notDone / notApplicable', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await startChecklist(page, 'valkuilen', 'Woorden');
    await expect(page.locator('h1 .h1-kicker')).toHaveText('Checklist');
    const item1 = page.getByRole('group', { name: /^1\. Participatie om de participatie/ });
    await expect(item1.locator('label.choice')).toHaveText(['Vermeden', 'Trad op', 'N.v.t.']);
    await item1.getByLabel('Vermeden', { exact: true }).tap();
    await page.getByRole('group', { name: /^2\. / }).getByLabel('Trad op', { exact: true }).tap();
    await page.getByRole('group', { name: /^3\. / }).getByLabel('N.v.t.', { exact: true }).tap();
    await expect(page.getByText('3 van 10 ingevuld · Vermeden: 1 · Trad op: 1 · N.v.t.: 1')).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren' }).tap();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(file.checklists[0].items).toEqual({
      'valkuil-01': { state: 'done' },
      'valkuil-02': { state: 'notDone' },
      'valkuil-03': { state: 'notApplicable' },
    });
    tracker.assertClean();
  });

  test('"Goede samenwerkingsspeler" reads as sentences: its lead-in stands above the items', async ({ page }) => {
    await startChecklist(page, 'helpen', 'Inleiding');
    await expect(page.locator('.checklist-lead')).toHaveText('Gemeenteraden kunnen initiatieven of het bundelen van krachten helpen door:');
    const item = page.getByRole('group', { name: /^2\. Minder regels te stellen/ });
    await expect(item.locator('label.choice')).toHaveText(['Gedaan', 'Niet gedaan', 'N.v.t.']);
    // The lead-in is above the first item.
    const lead = await page.locator('.checklist-lead').boundingBox();
    const first = await page.locator('.checklist-item').first().boundingBox();
    expect(lead.y + lead.height).toBeLessThanOrEqual(first.y);
  });

  test('print: a compact document with the note in full and no form controls', async ({ page }) => {
    await startChecklist(page, 'valkuilen', 'Afdruk');
    const note = ['Eerste regel', 'Tweede regel', 'Derde regel', 'Vierde regel', 'Vijfde regel'].join('\n');
    const item4 = page.getByRole('group', { name: /^4\. / });
    await item4.getByLabel('Trad op', { exact: true }).tap();
    await item4.getByLabel('Notitie bij punt 4').fill(note);
    await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.checklist-item').nth(3).locator('.print-note');
    await expect(printed).toBeVisible();
    expect(await printed.innerText()).toBe(note);
    // Nothing of the note is cut off.
    expect(await printed.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    await expect(page.locator('.checklist-item').nth(3).locator('.print-state')).toHaveText('Trad op');
    // No form control, no resize handle, anywhere on the printed page.
    for (const selector of ['input', 'textarea', 'select', 'button', 'progress']) {
      await expect(page.locator(`main ${selector}:visible`), selector).toHaveCount(0);
    }
    await expect(page.locator('main label.choice:visible'), 'the answer buttons').toHaveCount(0);
    await expect(page.locator('[role="status"]:visible').filter({ hasText: 'Opgeslagen' })).toHaveCount(0);
    await expect(page.locator('h1')).toContainText('Afdruk');
    await expect(page.getByText(/^Datum: \d+ \w+ \d{4}$/)).toBeVisible();

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPages(pdf), 'ten items with a note fit on two A4 pages').toBeLessThanOrEqual(2);
  });
});

test.describe('zelftest', () => {
  test('at 820 px the five answers are one line from low to high, "Weet ik niet" apart, no wrapping', async ({ page }) => {
    await startAssessment(page);
    for (const index of [0, 11]) {
      const choices = page.locator('.statement').nth(index).locator('label.choice');
      await expect(choices).toHaveCount(6);
      const boxes = [];
      for (let i = 0; i < 6; i++) boxes.push(await choices.nth(i).boundingBox());
      const scale = boxes.slice(0, 5);
      for (const box of scale) expect(Math.abs(box.y - scale[0].y), 'same row').toBeLessThan(2);
      for (let i = 1; i < 5; i++) expect(scale[i].x, 'left to right').toBeGreaterThan(scale[i - 1].x);
      expect(boxes[5].y, '"Weet ik niet" on its own row').toBeGreaterThan(scale[0].y + scale[0].height - 1);
      // Every label is a single line of text.
      const lines = await choices.locator('span').evaluateAll((spans) => spans.map((s) => s.getClientRects().length));
      expect(lines).toEqual([1, 1, 1, 1, 1, 1]);
    }
    const texts = await page.locator('.statement').first().locator('label.choice').allInnerTexts();
    expect(texts.map((t) => t.trim())).toEqual(['Helemaal niet', 'Een beetje', 'Voor de helft', 'Grotendeels', 'Helemaal', 'Weet ik niet']);
  });

  test('headings hyphenate Dutch words: hyphens auto in a page with lang="nl"', async ({ page }) => {
    await startAssessment(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    const hyphens = await page.locator('h1').evaluate((h) => getComputedStyle(h).hyphens);
    expect(hyphens).toBe('auto');
  });

  test('the result lists say each statement once, with its number', async ({ page }) => {
    await startAssessment(page);
    await answerAll(page);
    const result = page.getByRole('region', { name: 'Uitkomst' });
    const first = result.locator('.point-list li').first();
    await expect(first).toHaveText(/^Stelling \d+ – \p{Lu}/u);
    // One colon per point: "Stelling 3 – Doen we veel: …", never "Stelling 3: Doen we veel: …".
    const lines = await result.locator('.point-list li').evaluateAll((items) =>
      items.map((li) => `${li.querySelector('.point-number').textContent}${li.querySelector('.point-text').textContent}`));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.split(':'), line).toHaveLength(2);
    const listTags = await result.locator('.point-list').evaluateAll((els) => els.map((e) => e.tagName));
    expect(listTags).toEqual(['UL', 'UL']);
  });

  test('print: title, role, score and chart come first, every answer as text, a few pages', async ({ page }) => {
    await startAssessment(page);
    await answerAll(page);
    await page.getByLabel('Actiepunten').fill('Een\nTwee\nDrie');
    await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const score = await page.locator('.score-number').boundingBox();
    const firstStatement = await page.locator('.statement').first().boundingBox();
    expect(score.y, 'the score before the statements').toBeLessThan(firstStatement.y);
    await expect(page.locator('.statement').nth(2).locator('.choice.chosen')).toHaveText('Weet ik niet');
    for (const selector of ['input', 'textarea', 'button']) {
      await expect(page.locator(`main ${selector}:visible`), selector).toHaveCount(0);
    }
    await expect(page.locator('.print-note-text')).toHaveText('Een\nTwee\nDrie');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPages(pdf)).toBeLessThanOrEqual(4);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('"Volgende" stays in place and brings the next statement into view below the header', async ({ page }) => {
    await startAssessment(page);
    const next = page.getByRole('button', { name: 'Volgende' });
    const before = await next.boundingBox();
    for (let step = 2; step <= 4; step++) {
      await next.tap();
      const current = page.locator('.statement.current');
      await expect(current.locator('.statement-number')).toHaveText(`Stelling ${step} van 20`);
      await expect(current.locator('.statement-number')).toBeInViewport();
      const header = await page.locator('.site-header').boundingBox();
      const number = await current.locator('.statement-number').boundingBox();
      expect(number.y, 'the statement number is below the sticky header').toBeGreaterThanOrEqual(header.y + header.height);
      const after = await next.boundingBox();
      expect(Math.abs(after.y - before.y), '"Volgende" does not move').toBeLessThan(2);
    }
  });
});

test('"Delen" brings its panel into view on a tablet', async ({ page }) => {
  await startChecklist(page, 'valkuilen', 'Delen');
  await page.getByRole('button', { name: 'Delen', exact: true }).tap();
  const panel = page.getByRole('region', { name: 'Delen met de begeleider' });
  await expect(panel.getByRole('heading', { name: 'Delen met de begeleider' })).toBeInViewport();
  await expect(panel.getByRole('button', { name: 'Link kopiëren' })).toBeInViewport();
});

test.describe('words', () => {
  test('the zelftest lead names its handreiking without a "!" in mid-sentence', async ({ page }) => {
    await gotoAndWait(page, '/zelftest', 'Zelftest');
    const lead = page.locator('main .lead').first();
    await expect(lead).toContainText('de stellingen uit de handreiking Goede samenwerkingsspeler over de gemeente zelf;');
    await expect(lead).toContainText('over hoe zij de gemeente zien. Het duurt ongeveer vijf minuten.');
    expect(await lead.innerText()).not.toContain('!');
    await expect(lead.getByRole('link', { name: 'Goede samenwerkingsspeler' })).toHaveAttribute('href', /handreikingen\/goede-samenwerkingsspeler$/);
  });

  test('the tool cards say what is on the page: no statements "hieronder", one word werkvormenregister', async ({ page }) => {
    await gotoAndWait(page, '/handreikingen/goede-samenwerkingsspeler', null);
    const card = page.getByRole('complementary', { name: 'Zelftest: hoe goed zijn wij als samenwerkingspartner?' });
    await expect(card.locator('p').nth(1)).toHaveText('Toets jullie eigen praktijk aan de punten op deze pagina: beantwoord de stellingen van de zelftest en zie waar jullie sterk zijn.');
    await expect(page.locator('main')).not.toContainText('stellingen hieronder');
    await gotoAndWait(page, '/handreikingen/werkvormen', null);
    await expect(page.locator('main')).not.toContainText('werkvormen register');
    await expect(page.getByRole('link', { name: 'Open het werkvormenregister' })).toBeVisible();
  });
});

test.describe('small layout', () => {
  test('/ontwikkelagenda has its own menu entry "Agenda" and lives under "Evaluaties" in the breadcrumb', async ({ page }) => {
    await gotoAndWait(page, '/ontwikkelagenda', 'Ontwikkelagenda');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(menu.locator('[aria-current="page"]')).toHaveText('Agenda');
    await expect(page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Evaluaties' })).toBeVisible();
  });

  test('/evaluatie-2017 says where the 2017 findings were and what the button does, as the app’s own words', async ({ page }) => {
    await gotoAndWait(page, '/evaluatie-2017', 'Waar staat Noordoostpolder in 2017?');
    const note = page.locator('.prose p.app-text');
    await expect(note).toHaveCount(1);
    await expect(note).toHaveText(/^Toelichting van deze app: De uitkomsten van de evaluatie uit 2017 stonden hier, in zeven afbeeldingen\. Die afbeeldingen zijn niet meer te vinden; daarom staan ze niet in deze app\. Met de knop hieronder/);
    await expect(page.locator('main')).not.toContainText('aparte pagina');
    // The seed's own paragraphs are not marked.
    await expect(page.locator('.prose p:not(.app-text)').first()).toHaveText(/^Voorafgaande aan de bouw van deze Samenwerkingswijzer/);
  });

  test('the valkuilen list numbers stay inside the text column', async ({ page }) => {
    await gotoAndWait(page, '/handreikingen/valkuilen', null);
    const list = page.locator('.prose ol').first();
    const [left, pad] = await list.evaluate((ol) => [ol.getBoundingClientRect().left, parseFloat(getComputedStyle(ol).paddingLeft)]);
    const mainLeft = await page.locator('main .page, main article').first().evaluate((el) => el.getBoundingClientRect().left);
    // The marker "10." (about 1.9em of bold digits) fits in the list's own padding.
    const markerWidth = await list.evaluate((ol) => {
      const probe = document.createElement('span');
      probe.textContent = '10.';
      probe.style.fontWeight = '700';
      ol.querySelector('li').appendChild(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return width;
    });
    expect(left).toBeGreaterThanOrEqual(mainLeft - 1);
    expect(pad).toBeGreaterThan(markerWidth + 4);
  });

  test('the foldable sections of an evaluation show open or closed', async ({ page }) => {
    await gotoAndWait(page, '/evaluaties', 'Evaluaties');
    await page.getByRole('button', { name: 'Nieuwe evaluatie', exact: true }).tap();
    await page.getByLabel('Titel van de casus').fill('Markering');
    await page.getByRole('button', { name: 'Evaluatie aanmaken' }).tap();
    await expect(page.locator('h1')).toHaveText('Markering');
    const section = page.locator('details.editor-section').nth(1);
    // The marker turns with a transition: read it once every running transition has ended, so
    // what is compared is where it rests, not a frame on the way.
    const marker = () => section.locator('summary .section-title').evaluate(async (el) => {
      // Reading the style first brings it up to date, which starts a pending transition.
      void getComputedStyle(el, '::before').transform;
      await Promise.all(document.getAnimations().map((a) => a.finished));
      const style = getComputedStyle(el, '::before');
      return { content: style.content, transform: style.transform };
    });
    // rotate(-45deg) closed (pointing right), rotate(45deg) open (pointing down).
    const rotated = (deg) => {
      const [c, s] = [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)].map((v) => Number(v.toFixed(6)));
      return `matrix(${c}, ${s}, ${-s}, ${c}, 0, 0)`;
    };
    const closed = await marker();
    expect(closed.content).not.toBe('none');
    expect(closed.transform).toBe(rotated(-45));
    await section.locator('summary').tap();
    await expect(section).toHaveAttribute('open', '');
    const open = await marker();
    expect(open.transform).toBe(rotated(45));
    await expectNoA11yViolations(page);
  });
});
