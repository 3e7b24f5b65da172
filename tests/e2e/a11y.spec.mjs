// End-to-end accessibility checks across the app: axe-core in the light and the dark theme
// on every fixed route, touch targets of at least 44×44 CSS px at tablet width, reduced
// motion, 200% zoom (410 CSS px wide) without loss, and the guidance journeys by keyboard
// alone (Tab, Shift+Tab, Enter) with a visible focus at every stop.
import { test, expect } from '@playwright/test';
import {
  loadPages,
  handreikingen,
  pageByPath,
  h1For,
  appRoutes,
  hrefEndingIn,
  gotoAndWait,
  waitForH1,
  trackErrorsAndForeignRequests,
  expectNoA11yViolations,
  expectTouchTargets,
  expectVisibleFocus,
  pressUntilFocused,
  openMainMenu,
  textOf,
} from './helpers.mjs';

const pages = loadPages();
const guides = handreikingen(pages);
const valkuilen = pageByPath('/handreikingen/valkuilen');
const routes = [...pages.map((p) => ({ path: p.path, h1: h1For(p) })), ...appRoutes().map((r) => ({ path: r, h1: null }))];

test.describe('themes', () => {
  // One test per route, both themes: each route's check has the whole timeout to itself (one
  // test for every route took half of it, so a loaded machine could time it out).
  for (const r of [...routes, { path: '/zoeken?q=samenwerking', h1: null, marks: true }]) {
    test(`axe-core finds nothing on ${r.path} in the light and the dark theme (contrast AA included)`, async ({ page }) => {
      const tracker = trackErrorsAndForeignRequests(page);
      await gotoAndWait(page, r.path, r.h1);
      // The search with results: a state with marks.
      if (r.marks) await expect(page.locator('ol.zoekresultaten mark').first()).toBeVisible();
      for (const colorScheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
        await expectNoA11yViolations(page);
      }
      tracker.assertClean();
    });
  }

  test('the dark theme really is dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await gotoAndWait(page, '/', h1For(pageByPath('/')));
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g).map(Number);
    expect(r + g + b, `background ${bg}`).toBeLessThan(150);
  });
});

test.describe('touch targets', () => {
  test('every interactive element on every route is at least 44×44 CSS px at tablet width', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    for (const r of routes) {
      await gotoAndWait(page, r.path, r.h1);
      await expectTouchTargets(page);
    }
    await gotoAndWait(page, '/zoeken?q=samenwerking', null);
    await expect(page.locator('ol.zoekresultaten > li').first()).toBeVisible();
    await expectTouchTargets(page);
    tracker.assertClean();
  });

  test('the helper does catch a small target', async ({ page }) => {
    await gotoAndWait(page, '/', h1For(pageByPath('/')));
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.textContent = 'x';
      b.style.cssText = 'min-height:0;min-width:0;padding:0;width:20px;height:20px';
      document.querySelector('main').append(b);
    });
    await expect(expectTouchTargets(page)).rejects.toThrow(/20\.0×20\.0/);
  });
});

test.describe('reduced motion', () => {
  test('with prefers-reduced-motion nothing animates or scrolls smoothly', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const path of ['/', valkuilen.path, '/zoeken']) {
      await gotoAndWait(page, path, null);
      const moving = await page.evaluate(() =>
        [document.documentElement, ...document.querySelectorAll('body *')]
          .filter((el) => {
            const s = getComputedStyle(el);
            const long = (v) => v.split(',').some((d) => parseFloat(d) > 0.01);
            return long(s.transitionDuration) || (s.animationName !== 'none' && long(s.animationDuration)) || s.scrollBehavior === 'smooth';
          })
          .map((el) => el.tagName + (el.className ? `.${el.className}` : '')),
      );
      expect(moving, path).toEqual([]);
    }
  });
});

test.describe('zoom 200%', () => {
  // 820 CSS px at 200% zoom is 410 CSS px: the layout must reflow without horizontal scrolling.
  test.use({ viewport: { width: 410, height: 590 } });

  test('every route reflows at 410 CSS px without horizontal scrolling or clipped text', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    for (const r of routes) {
      await gotoAndWait(page, r.path, r.h1);
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('main *, header *, footer *')]
          .filter((el) => {
            const rect = el.getBoundingClientRect();
            // A box past the edge, or text overflowing its box (a long word).
            return (
              rect.width > 0 &&
              getComputedStyle(el).position !== 'fixed' &&
              (rect.right > width + 1 || (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible'))
            );
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`);
        return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5) };
      });
      expect(overflow.scroll, `${r.path} scrolls sideways: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(0);
      expect(overflow.wide, r.path).toEqual([]);
      await expect(page.locator('h1')).toBeInViewport();
    }
    // The menu stays reachable.
    await gotoAndWait(page, '/', null);
    const nav = await openMainMenu(page);
    await nav.getByRole('link', { name: 'Handreikingen', exact: true }).click();
    await waitForH1(page, h1For(pageByPath('/handreikingen')));
    await expectTouchTargets(page);
    tracker.assertClean();
  });
});

/** Focus predicates (run in the page). */
const isMenuLink = (name) => new Function('el', `return !!el && el.closest('nav[aria-label="Hoofdmenu"]') !== null && el.textContent.trim() === ${JSON.stringify(name)};`);
const isLinkTo = (p) => new Function('el', `return !!el && el.tagName === 'A' && (el.getAttribute('href') || '').replace(/\\/$/, '').endsWith(${JSON.stringify(p)});`);

test.describe('keyboard only', () => {
  test('menu: from the start page to a handreiking and back, with Tab, Shift+Tab and Enter', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await gotoAndWait(page, '/', h1For(pageByPath('/')));
    await pressUntilFocused(page, isMenuLink('Zoeken'), { what: 'the menu link "Zoeken"' });
    await pressUntilFocused(page, isMenuLink('Handreikingen'), { key: 'Shift+Tab', max: 12, what: 'the menu link "Handreikingen" (backwards)' });
    await page.keyboard.press('Enter');
    await waitForH1(page, h1For(pageByPath('/handreikingen')));

    await pressUntilFocused(page, isLinkTo(valkuilen.path), { what: `the link to ${valkuilen.path}` });
    await page.keyboard.press('Enter');
    await waitForH1(page, h1For(valkuilen));
    await expect(page).toHaveURL(hrefEndingIn(valkuilen.path));

    await pressUntilFocused(page, isMenuLink('Start'), { key: 'Shift+Tab', max: 80, what: 'the menu link "Start" (backwards)' });
    await page.keyboard.press('Enter');
    await waitForH1(page, h1For(pageByPath('/')));
    tracker.assertClean();
  });

  test('skip link: the first Tab offers "Naar de inhoud", Enter moves focus into the page', async ({ page }) => {
    await gotoAndWait(page, valkuilen.path, h1For(valkuilen));
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Naar de inhoud');
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    // The next Tab lands inside the main content, not in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });

  test('search: type a word, Tab to a result, open it with Enter', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await gotoAndWait(page, '/', h1For(pageByPath('/')));
    await pressUntilFocused(page, isMenuLink('Zoeken'), { what: 'the menu link "Zoeken"' });
    await page.keyboard.press('Enter');
    await waitForH1(page, null);
    await pressUntilFocused(page, (el) => el?.getAttribute('type') === 'search', { what: 'the search box' });
    await page.keyboard.type('klankbordgroep');
    await expect(page.locator('ol.zoekresultaten > li').first()).toBeVisible();
    await pressUntilFocused(page, isLinkTo(valkuilen.path), { what: 'the result for valkuilen' });
    await page.keyboard.press('Enter');
    await waitForH1(page, h1For(valkuilen));
    tracker.assertClean();
  });

  test('previous and next: walk the handreikingen forward and back with the keyboard', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    const [first, second, third] = guides;
    await gotoAndWait(page, first.path, h1For(first));
    await pressUntilFocused(page, isLinkTo(second.path), { max: 150, what: `the "volgende" link to ${second.path}` });
    expect(await page.evaluate(() => !!document.activeElement.closest('nav[aria-label="Vorige en volgende"]'))).toBe(true);
    await page.keyboard.press('Enter');
    await waitForH1(page, h1For(second));
    await pressUntilFocused(page, isLinkTo(third.path), { max: 150, what: `the "volgende" link to ${third.path}` });
    await pressUntilFocused(page, isLinkTo(first.path), { key: 'Shift+Tab', max: 3, what: `the "vorige" link to ${first.path}` });
    await page.keyboard.press('Enter');
    await waitForH1(page, h1For(first));
    await expect.poll(() => textOf(page.locator('main#inhoud'))).toContain(first.sentence);
    tracker.assertClean();
  });
});
