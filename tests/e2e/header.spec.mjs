// The header on a tablet (both orientations) and a desktop: at most 100 px tall, the menu in
// its two groups (reading, tools) with search and "Gegevens" as icons, one menu row on a
// desktop; on the static guidance pages (no wasm) as well as on the tools. The start page's
// cards are whole-card links of at least 44 px.
import { test, expect } from '@playwright/test';
import { gotoAndWait, waitForH1, h1For, pageByPath, trackErrorsAndForeignRequests, expectNoA11yViolations, expectTouchTargets } from './helpers.mjs';

const READING = ['Start', 'Evaluatie 2017', 'Handreikingen', 'Voorbeelden'];
const TOOLS = ['Zelftest', 'Checklists', 'Evaluaties', 'Agenda', 'Werkbladen', 'Groep'];
const EXTRA = ['Zoeken', 'Gegevens'];
const VIEWPORTS = [
  { width: 820, height: 1180 },
  { width: 1180, height: 820 },
  { width: 1366, height: 900 },
];
// A static guidance page, the start page (static too) and two tool pages (the wasm app).
const ROUTES = [
  { path: '/', h1: h1For(pageByPath('/')), isStatic: true },
  { path: '/handreikingen/valkuilen', h1: h1For(pageByPath('/handreikingen/valkuilen')), isStatic: true },
  { path: '/zelftest', h1: 'Zelftest', isStatic: false },
  { path: '/groep', h1: 'Groepsoverzicht', isStatic: false },
];

/** Boxes of the header and of every menu link, by accessible name. */
async function measure(page) {
  return page.evaluate(() => {
    const header = document.querySelector('header.site-header').getBoundingClientRect();
    const links = [...document.querySelectorAll('nav[aria-label="Hoofdmenu"] a')].map((a) => {
      const r = a.getBoundingClientRect();
      const style = getComputedStyle(a);
      return { name: a.textContent.trim(), top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height, visible: style.visibility !== 'hidden' && r.width > 0 };
    });
    return { header: { height: header.height, bottom: header.bottom }, links };
  });
}

for (const viewport of VIEWPORTS) {
  test(`the header at ${viewport.width}×${viewport.height} is at most 100 px tall and shows the whole menu`, async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await page.setViewportSize(viewport);
    for (const r of ROUTES) {
      await gotoAndWait(page, r.path, r.h1);
      // The guidance pages really are the static ones (no wasm), so the header works there too.
      expect(await page.locator('script[type="module"]').count(), `${r.path} static`).toBe(r.isStatic ? 0 : 1);
      await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeHidden();
      const { header, links } = await measure(page);
      expect(header.height, `${r.path}: header height`).toBeLessThanOrEqual(100);
      const names = links.map((l) => l.name);
      expect(names).toEqual([...READING, ...TOOLS, ...EXTRA]);
      for (const l of links) {
        expect(l.visible, `${l.name} visible`).toBe(true);
        expect(l.bottom, `${l.name} inside the header`).toBeLessThanOrEqual(header.bottom + 0.5);
        expect(l.right, `${l.name} inside the window`).toBeLessThanOrEqual(viewport.width);
        expect(Math.min(l.width, l.height), `${l.name} is a 44 px target`).toBeGreaterThanOrEqual(44 - 0.5);
      }
      // The two groups each read as one row.
      for (const group of [READING, TOOLS]) {
        const tops = new Set(links.filter((l) => group.includes(l.name)).map((l) => Math.round(l.top)));
        expect(tops.size, `${r.path}: ${group.join(', ')} on one row`).toBe(1);
      }
      if (viewport.width >= 1366) {
        const tops = new Set(links.map((l) => Math.round(l.top)));
        expect(tops.size, `${r.path}: the whole menu on one row at ${viewport.width}`).toBe(1);
      }
      // Search and Gegevens are icons named by their label, not two more tabs.
      for (const name of EXTRA) {
        const link = page.getByRole('navigation', { name: 'Hoofdmenu', exact: true }).getByRole('link', { name, exact: true });
        await expect(link).toBeVisible();
        expect((await link.boundingBox()).width, `${name} is an icon`).toBeLessThanOrEqual(48);
      }
      // The current page is marked.
      if (r.path === '/zelftest') await expect(page.getByRole('link', { name: 'Zelftest', exact: true }).first()).toHaveAttribute('aria-current', 'page');
    }
    // The header does not cover what scrolling brings to the top: an item scrolled to is
    // below the sticky header.
    await gotoAndWait(page, '/handreikingen/valkuilen', ROUTES[1].h1);
    const heading = page.locator('main li').nth(5);
    await heading.evaluate((el) => el.scrollIntoView());
    const [{ header }, box] = [await measure(page), await heading.boundingBox()];
    expect(box.y, 'a heading scrolled into view is not under the header').toBeGreaterThanOrEqual(header.bottom - 0.5);
    tracker.assertClean();
  });
}

test('the phone menu still opens with "Menu" on a static page and in the app, and holds search and Gegevens', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const r of [ROUTES[1], ROUTES[2]]) {
    await gotoAndWait(page, r.path, r.h1);
    const button = page.getByRole('button', { name: 'Menu', exact: true });
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu', exact: true });
    await expect(nav.getByRole('link', { name: 'Gegevens', exact: true })).toBeHidden();
    await button.tap();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    for (const name of [...READING, ...TOOLS, ...EXTRA]) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
    // Labels are text in the phone menu.
    await expect(nav.getByText('Gegevens', { exact: true })).toBeVisible();
    await expectNoA11yViolations(page);
  }
  tracker.assertClean();
});

test('the start page cards are whole-card links of at least 44 px, on a tablet and a phone', async ({ page }) => {
  const tracker = trackErrorsAndForeignRequests(page);
  for (const viewport of [{ width: 820, height: 1180 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await gotoAndWait(page, '/', h1For(pageByPath('/')));
    const cards = page.locator('main .card');
    expect(await cards.count()).toBeGreaterThanOrEqual(10);
    for (const card of await cards.all()) {
      const link = card.getByRole('link');
      await expect(link).toHaveCount(1);
      const [c, l] = [await card.boundingBox(), await link.boundingBox()];
      expect(l.height, 'the link fills the card').toBeGreaterThanOrEqual(c.height - 2);
      expect(l.width, 'the link fills the card (inside its borders)').toBeGreaterThanOrEqual(c.width - 8);
      expect(l.height).toBeGreaterThanOrEqual(44);
    }
    await expectTouchTargets(page, { scope: 'main' });
    await expect(page.locator('main').getByRole('link', { name: /^Zelftest Hoe goed zijn wij/ })).toBeVisible();
  }
  // Tapping anywhere on a card follows it (here: its text, not its title).
  await page.locator('main .card', { hasText: 'De stellingen uit de handreiking per rol' }).locator('p').tap();
  await waitForH1(page, 'Zelftest');
  await expect(page).toHaveURL(/\/zelftest$/);
  tracker.assertClean();
});
