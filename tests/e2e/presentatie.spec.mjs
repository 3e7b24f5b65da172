// The group presentation for a room (issue 25), on a 1366×768 laptop and a 1920×1080
// projector: a group with eight gemeente results, three partners and four checklists. Every
// slide is walked: its smallest text (the computed font size of every element with text of its
// own) is at least 32 px at 1920×1080 and 23 px at 1366×768, nothing lies outside the slide
// and nothing scrolls, no slide has a link; Home and End go to the first and last slide; the
// page behind does not scroll on the wheel; "Presenteren" asks for fullscreen and leaving
// exits it, and where the browser has no fullscreen (an iPhone) nothing fails. The colours
// of the distribution bars differ and pass contrast on the black slide; a statement nobody
// answered on the scale has no bright empty bar. Also /groep at 1366: the statements in
// columns, each with its figures, and one legend. Set SCREENS=1 to write the screenshots
// into docs/screens/.
import { test, expect } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gotoAndWait, expectNoA11yViolations, trackErrorsAndForeignRequests, REPO_ROOT } from './helpers.mjs';

const T = '2026-12-01T10:00:00.000Z';
// The statements of wording version 2, in order (content/zelftest.toml).
const STATEMENT_IDS = [
  ...Array.from({ length: 8 }, (_, i) => `helpen-0${i + 1}`),
  'helpen-09a', 'helpen-09b', 'helpen-10', 'helpen-11',
  ...Array.from({ length: 8 }, (_, i) => `liever-niet-0${i + 1}`),
];
// Nobody answers this one on the scale: its bar has no parts.
const UNANSWERED = 'helpen-05';
const VIEWPORTS = [
  { width: 1366, height: 768, smallest: 23 },
  { width: 1920, height: 1080, smallest: 32 },
];
const SCREENS = process.env.SCREENS ? path.join(REPO_ROOT, 'docs', 'screens') : null;

let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

/** A file as the app exports it: eight of the gemeente (every score occurs), three partners, four checklists. */
function groupFile() {
  const result = (role, perspective, p, label = '') => ({
    id: uuid(), createdAt: T, updatedAt: T, role, perspective, wording: 2, label,
    answers: Object.fromEntries(STATEMENT_IDS
      .filter((id) => role !== 'ambtelijkeOrganisatie' || !['liever-niet-03', 'liever-niet-05'].includes(id))
      .map((id, i) => [id, id === UNANSWERED ? 'dontKnow' : perspective === 'partner' ? { scale: 2 } : { scale: ((i + p) % 5) + 1 }])),
    completedAt: T,
  });
  const roles = ['raad', 'raad', 'raad', 'college', 'college', 'college', 'ambtelijkeOrganisatie', 'ambtelijkeOrganisatie'];
  const checklist = (list, items) => ({ id: uuid(), createdAt: T, updatedAt: T, list, title: `Overleg ${list}`, date: '2026-11-30', items });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'presentatie-')), 'groep.json');
  writeFileSync(file, JSON.stringify({
    format: 'samenwerkingswijzer', version: 1, exportedAt: T, app: '0.1.0', evaluations: [], worksheets: [],
    assessments: [
      ...roles.map((role, p) => result(role, 'gemeente', p * 2, p < 3 ? `Tafel ${p + 1}` : '')),
      ...[0, 1, 2].map((p) => result('samenleving', 'partner', p)),
    ],
    checklists: [
      checklist('valkuilen', { 'valkuil-01': { state: 'done' } }),
      checklist('valkuilen', {}),
      checklist('helpen', {}),
      checklist('zeven-zaken', {}),
      checklist('raad-college', {}),
    ],
  }));
  return file;
}

async function openGroup(page, viewport) {
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  await gotoAndWait(page, '/groep', 'Groepsoverzicht');
  await page.getByLabel('Bestanden van deelnemers (één of meer)').setInputFiles(groupFile());
  await expect(page.getByTestId('deelnemers')).toHaveText('11');
}

/** What the slide shown now looks like: its smallest text, what lies outside it, links, scrolling. */
function measureSlide(page) {
  return page.evaluate(() => {
    const show = document.querySelector('.presentation');
    const slide = show.querySelector('.slide');
    const box = slide.getBoundingClientRect();
    const nav = show.querySelector('.slide-nav').getBoundingClientRect();
    let smallest = Infinity;
    let smallestText = '';
    const outside = [];
    for (const el of slide.querySelectorAll('*')) {
      if (el.closest('.visually-hidden')) continue;
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (style.display === 'none' || style.visibility === 'hidden' || (r.width === 0 && r.height === 0)) continue;
      if ([...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent.trim())) {
        const size = parseFloat(style.fontSize);
        if (size < smallest) {
          smallest = size;
          smallestText = el.textContent.trim().slice(0, 60);
        }
      }
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
        outside.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 40)}" ${Math.round(r.top)}–${Math.round(r.bottom)} in ${Math.round(box.top)}–${Math.round(box.bottom)}`);
      }
    }
    return {
      heading: slide.querySelector('h2')?.textContent ?? '',
      smallest,
      smallestText,
      outside,
      overflow: Math.max(slide.scrollHeight - slide.clientHeight, slide.scrollWidth - slide.clientWidth),
      links: slide.querySelectorAll('a').length,
      slideBottom: box.bottom,
      navTop: nav.top,
      navBottom: nav.bottom,
      zoom: getComputedStyle(slide.querySelector('.slide-body')).zoom,
      status: show.querySelector('.slide-nav [role="status"]').textContent,
    };
  });
}

/** The colours of the distribution bars on the slide shown now, with their contrast. */
function barColours(page) {
  return page.evaluate(() => {
    const rgb = (s) => s.match(/[\d.]+/g).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => {
      const f = (c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const parts = {};
    for (const el of document.querySelectorAll('.presentation .dist-part')) {
      const step = [...el.classList].find((c) => /^b\d$/.test(c));
      const style = getComputedStyle(el);
      const bg = rgb(style.backgroundColor);
      parts[step] = { bg: style.backgroundColor, text: ratio(rgb(style.color), bg), onBlack: ratio(bg, [0, 0, 0]), size: parseFloat(style.fontSize) };
    }
    const empty = [...document.querySelectorAll('.presentation .dist')].filter((el) => !el.querySelector('.dist-part'))
      .map((el) => ({ bg: getComputedStyle(el).backgroundColor, lum: getComputedStyle(el).backgroundColor.startsWith('rgba(0, 0, 0, 0)') ? 0 : lum(rgb(getComputedStyle(el).backgroundColor)) }));
    return { parts, empty };
  });
}

for (const viewport of VIEWPORTS) {
  test(`the presentation at ${viewport.width}×${viewport.height}: every slide fits at ${viewport.smallest} px text or more, no links, Home/End, fullscreen, nothing behind scrolls`, async ({ page }) => {
    test.setTimeout(180_000);
    const tracker = trackErrorsAndForeignRequests(page);
    await openGroup(page, viewport);
    await page.getByRole('button', { name: 'Presenteren' }).click();
    const show = page.getByRole('dialog', { name: 'Presentatie van het groepsoverzicht' });
    await expect(show.getByRole('heading', { name: 'Deelnemers' })).toBeVisible();
    // At 1366×768 the page behind is taller than the window; the wheel on the slides must not
    // move it.
    if (viewport.width === 1366) expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(viewport.height);
    await page.evaluate(() => window.scrollTo(0, 0));
    const scrolled = 0;
    // Fullscreen where the browser allows it.
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains('presentation') ?? false)).toBe(true);

    const total = Number((await show.getByRole('status').textContent()).match(/van (\d+)/)[1]);
    const slides = [];
    const colours = {};
    let empty = [];
    for (let i = 1; i <= total; i++) {
      await expect(show.getByRole('status')).toHaveText(`${i} van ${total}`);
      await page.mouse.move(viewport.width / 2, viewport.height / 2);
      await page.mouse.wheel(0, 600);
      const m = await measureSlide(page);
      slides.push(m);
      const c = await barColours(page);
      Object.assign(colours, c.parts);
      empty = empty.concat(c.empty);
      if (SCREENS) await page.screenshot({ path: path.join(SCREENS, `presentatie-${viewport.width}-${String(i).padStart(2, '0')}.png`) });
      const what = `slide ${i} "${m.heading}" at ${viewport.width}`;
      expect(m.outside, `${what}: nothing outside the slide`).toEqual([]);
      expect(m.overflow, `${what}: nothing scrolls`).toBeLessThanOrEqual(0);
      expect(m.slideBottom, `${what}: ends above the slide bar`).toBeLessThanOrEqual(m.navTop + 0.5);
      expect(m.navBottom, `${what}: the slide bar is on the screen`).toBeLessThanOrEqual(viewport.height + 0.5);
      expect(m.zoom, `${what}: not scaled down`).toBe('1');
      expect(m.links, `${what}: no links`).toBe(0);
      expect(m.smallest, `${what}: smallest text "${m.smallestText}"`).toBeGreaterThanOrEqual(viewport.smallest);
      if (i < total) await page.keyboard.press('ArrowRight');
    }
    const smallest = Math.min(...slides.map((s) => s.smallest));
    console.log(`${viewport.width}×${viewport.height}: ${total} slides, smallest text ${smallest.toFixed(2)} px; ${slides.map((s) => s.heading).join(' | ')}`);
    // The headings say which part and which page of it; strongest and weakest are two slides.
    const headings = slides.map((s) => s.heading);
    expect(headings).toContain('Sterkste punten van de groep');
    expect(headings).toContain('Hier valt voor de groep het meest te winnen');
    expect(headings.filter((h) => h.startsWith('Zo helpen we')).length).toBeGreaterThanOrEqual(2);
    // One numbering: the statement's own number, not a list number before it.
    await page.keyboard.press('Home');
    await expect(show.getByRole('status')).toHaveText(`1 van ${total}`);
    await page.keyboard.press('End');
    await expect(show.getByRole('status')).toHaveText(`${total} van ${total}`);
    // The page behind did not scroll.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

    // Five colours, one per score, each readable and each standing out from the black.
    expect(Object.keys(colours).sort()).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
    expect(new Set(Object.values(colours).map((c) => c.bg)).size).toBe(5);
    for (const [step, c] of Object.entries(colours)) {
      expect(c.text, `${step}: text in the bar`).toBeGreaterThanOrEqual(4.5);
      expect(c.onBlack, `${step}: the colour on black`).toBeGreaterThanOrEqual(3);
    }
    // The statement nobody answered on the scale: no bright empty bar.
    expect(empty.length, 'the unanswered statement was shown').toBeGreaterThanOrEqual(1);
    for (const e of empty) expect(e.lum, `empty bar ${e.bg}`).toBeLessThan(0.05);

    await expectNoA11yViolations(page, { include: '.presentation' });
    await show.getByRole('button', { name: 'Sluiten' }).click();
    await expect(show).toBeHidden();
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    tracker.assertClean();
  });
}

test('the strongest and weakest points are two slides with one list each, numbered once, without links', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await openGroup(page, VIEWPORTS[1]);
  await page.getByRole('button', { name: 'Presenteren' }).click();
  const show = page.getByRole('dialog', { name: 'Presentatie van het groepsoverzicht' });
  await expect(show.getByRole('heading', { name: 'Deelnemers' })).toBeVisible();
  for (const name of ['Sterkste punten van de groep', 'Hier valt voor de groep het meest te winnen']) {
    for (let i = 0; i < 30 && !(await show.getByRole('heading', { name, exact: true }).isVisible()); i++) await page.keyboard.press('ArrowRight');
    await expect(show.getByRole('heading', { name, exact: true })).toBeVisible();
    await expect(show.locator('ol, ul')).toHaveCount(1);
    const items = show.locator('li');
    await expect(items).toHaveCount(3);
    for (const text of await items.allTextContents()) expect(text).toMatch(/^\d+\. [^\d]/);
    // No list number before the statement's number.
    expect(await items.first().evaluate((el) => getComputedStyle(el).listStyleType)).toBe('none');
    await expect(show.locator('a')).toHaveCount(0);
  }
  tracker.assertClean();
});

test('where the browser has no fullscreen (an iPhone) or refuses it, the presentation works without an error', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await openGroup(page, VIEWPORTS[0]);
  // Safari on an iPhone has no requestFullscreen on elements.
  await page.evaluate(() => { Element.prototype.requestFullscreen = undefined; });
  await page.getByRole('button', { name: 'Presenteren' }).click();
  const show = page.getByRole('dialog', { name: 'Presentatie van het groepsoverzicht' });
  await expect(show.getByRole('heading', { name: 'Deelnemers' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(show.getByRole('status')).toHaveText(/^2 van \d+$/);
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  // A browser that refuses.
  await page.evaluate(() => { Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('refused')); });
  await page.getByRole('button', { name: 'Presenteren' }).click();
  await expect(show.getByRole('heading', { name: 'Deelnemers' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  // The refusal is a rejected promise, settled at the click: an unhandled one is reported
  // once the page's task queue has run, so one task later the tracker has seen it.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  tracker.assertClean();
});

test('/groep at 1366 px: the statements in columns, each with its figures and bar, and one legend', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await openGroup(page, { width: 1366, height: 768 });
  await expect(page.locator('.dist-legend')).toHaveCount(1);
  const layout = await page.evaluate(() => {
    const items = [...document.querySelectorAll('.group-statements > li')].map((li) => {
      const r = li.getBoundingClientRect();
      const inside = [...li.querySelectorAll('.statement-figures, .dist')].every((el) => {
        const b = el.getBoundingClientRect();
        return b.left >= r.left - 0.5 && b.right <= r.right + 0.5 && b.top >= r.top - 0.5 && b.bottom <= r.bottom + 0.5;
      });
      return { left: Math.round(r.left), inside, parts: li.querySelectorAll('.statement-figures, .dist').length };
    });
    return {
      items,
      columns: new Set(items.map((i) => i.left)).size,
      height: document.documentElement.scrollHeight,
      horizontal: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      main: document.querySelector('main').getBoundingClientRect().width,
      article: document.querySelector('article.group-page').getBoundingClientRect().width,
    };
  });
  console.log(`/groep at 1366: ${layout.columns} columns, page ${layout.height} px tall, content ${Math.round(layout.article)} of ${Math.round(layout.main)} px wide`);
  expect(layout.items.length).toBe(20);
  expect(layout.columns, 'the statements stand in columns').toBeGreaterThanOrEqual(2);
  for (const item of layout.items) {
    expect(item.parts, 'figures and bar with each statement').toBe(2);
    expect(item.inside, 'the figures and the bar inside the statement’s cell').toBe(true);
  }
  expect(layout.horizontal).toBeLessThanOrEqual(0);
  expect(layout.article / layout.main, 'the page uses the screen').toBeGreaterThan(0.85);
  if (SCREENS) await page.screenshot({ path: path.join(SCREENS, 'groep-1366.png'), fullPage: true });
  await expectNoA11yViolations(page);
  tracker.assertClean();
});
