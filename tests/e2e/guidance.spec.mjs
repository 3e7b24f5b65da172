// End-to-end tests of the foundation: every content page at its route with its layout,
// navigation through the menu, search, the unknown-path page, deep links and the sub-path
// build. Every route is also checked for console errors, requests to other origins and
// axe-core violations.
import { test, expect } from '@playwright/test';
import {
  SUB_ORIGIN,
  SUB_BASE,
  SITE_NAME,
  loadPages,
  handreikingen,
  pageByPath,
  h1For,
  documentTitleFor,
  hrefEndingIn,
  escapeRegExp,
  gotoAndWait,
  waitForH1,
  trackErrorsAndForeignRequests,
  expectNoA11yViolations,
  openMainMenu,
  linkNamed,
  textOf,
} from './helpers.mjs';

const pages = loadPages();
const guides = handreikingen(pages);
const valkuilen = pageByPath('/handreikingen/valkuilen');

test.describe('content', () => {
  test('content/pages has the start page and the nine handreikingen', () => {
    expect(pages.map((p) => p.path)).toContain('/');
    expect(pages.map((p) => p.path)).toContain('/handreikingen');
    expect(guides).toHaveLength(9);
    for (const p of pages) expect(p.sentence, `${p.path} has a sentence of 40+ characters`).toBeTruthy();
  });
});

test.describe('every content page', () => {
  for (const p of pages) {
    test(`${p.path} renders with layout, title and text`, async ({ page }) => {
      const tracker = trackErrorsAndForeignRequests(page);
      await gotoAndWait(page, p.path, h1For(p));
      await expect(page).toHaveTitle(documentTitleFor(p));

      // Layout
      await expect(page.locator('main#inhoud')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Hoofdmenu', exact: true })).toHaveCount(1);
      await expect(page.locator('header [role="status"]').first()).toBeAttached();
      const crumbs = page.getByRole('navigation', { name: 'Kruimelpad', exact: true });
      if (p.path === '/') await expect(crumbs).toHaveCount(0);
      else await expect(crumbs).toBeVisible();

      // The text of the page (the first sentence of its body)
      const main = page.locator('main#inhoud');
      await expect.poll(() => textOf(main)).toContain(p.sentence);

      await expectNoA11yViolations(page);
      tracker.assertClean();
    });
  }
});

test.describe('layout', () => {
  test('the skip link comes first in the tab order and points at the main content', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await gotoAndWait(page, valkuilen.path, h1For(valkuilen));
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveText('Naar de inhoud');
    await expect(focused).toHaveAttribute('href', '#inhoud');
    expect(await focused.evaluate((el) => el.tagName)).toBe('A');
    await expect(page.locator('#inhoud')).toHaveCount(1);

    // Following it stays on this page (a <base href> would otherwise send "#inhoud" to "/").
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(valkuilen.path)}(#inhoud)?$`));
    await expect(page.locator('h1')).toHaveText(h1For(valkuilen));
    await expect(page.locator('main#inhoud')).toBeInViewport();
    tracker.assertClean();
  });

  test('at phone width the main menu is behind a "Menu" button', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await gotoAndWait(page, '/', h1For(pageByPath('/')));
    const button = page.getByRole('button', { name: 'Menu', exact: true });
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    const link = page
      .getByRole('navigation', { name: 'Hoofdmenu', exact: true })
      .getByRole('link', { name: 'Handreikingen', exact: true });
    await expect(link).toBeHidden();
    await expectNoA11yViolations(page);

    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(link).toBeVisible();
    await expectNoA11yViolations(page);
    await link.click();
    await waitForH1(page, h1For(pageByPath('/handreikingen')));
    await expect(page).toHaveURL(/\/handreikingen$/);
    tracker.assertClean();
  });

  test('at tablet width the main menu is visible without a button', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await gotoAndWait(page, '/', h1For(pageByPath('/')));
    await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeHidden();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu', exact: true });
    const link = nav.getByRole('link', { name: 'Handreikingen', exact: true });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', hrefEndingIn('/handreikingen'));
    tracker.assertClean();
  });
});

test.describe('handreikingen', () => {
  test('/handreikingen lists all nine handreikingen as links', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await gotoAndWait(page, '/handreikingen', h1For(pageByPath('/handreikingen')));
    const main = page.locator('main#inhoud');
    for (const g of guides) {
      const link = main.locator(`a[href$="${g.path}"]`).first();
      await expect(link, `a link to ${g.path}`).toBeVisible();
      await expect(link).toHaveText(new RegExp(`${escapeRegExp(g.short)}|${escapeRegExp(g.title)}`));
    }
    tracker.assertClean();
  });

  for (const g of guides) {
    test(`${g.path} is reachable from the main menu`, async ({ page }) => {
      const tracker = trackErrorsAndForeignRequests(page);
      await gotoAndWait(page, '/', h1For(pageByPath('/')));
      const nav = await openMainMenu(page);
      const direct = linkNamed(nav, [g.short, g.title]);
      if ((await direct.count()) > 0 && (await direct.isVisible())) {
        await direct.click();
      } else {
        await nav.getByRole('link', { name: 'Handreikingen', exact: true }).click();
        await waitForH1(page, h1For(pageByPath('/handreikingen')));
        await linkNamed(page.locator('main#inhoud'), [g.short, g.title]).click();
      }
      await waitForH1(page, h1For(g));
      await expect(page).toHaveURL(hrefEndingIn(g.path));
      await expect(page).toHaveTitle(documentTitleFor(g));
      tracker.assertClean();
    });
  }

  test('each handreiking links to its neighbours under "Vorige en volgende"', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    for (const [i, g] of guides.entries()) {
      await gotoAndWait(page, g.path, h1For(g));
      const nav = page.getByRole('navigation', { name: 'Vorige en volgende', exact: true });
      await expect(nav, `${g.path} has a "Vorige en volgende" nav`).toBeVisible();
      const hrefs = await nav.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const neighbours = [guides[i - 1], guides[i + 1]].filter(Boolean);
      for (const n of neighbours) {
        expect(
          hrefs.some((h) => hrefEndingIn(n.path).test(h ?? '')),
          `${g.path} links to ${n.path} (found ${hrefs.join(', ')})`,
        ).toBe(true);
      }
    }
    tracker.assertClean();
  });
});

test.describe('search', () => {
  const searchbox = (page) => page.getByRole('searchbox', { name: 'Zoeken in de Samenwerkingswijzer', exact: true });
  const results = (page) => page.locator('ol.zoekresultaten > li');
  const nothing = (page) => page.getByText('Niets gevonden');

  async function openSearch(page, url = '/zoeken') {
    await gotoAndWait(page, url, null);
    await expect(searchbox(page)).toBeVisible();
    await expect(searchbox(page)).toHaveAttribute('type', 'search');
  }

  test('/zoeken has a search box and one h1', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await openSearch(page);
    await expect(page).toHaveTitle(new RegExp(`${SITE_NAME}$`));
    await expect(page.getByRole('navigation', { name: 'Kruimelpad', exact: true })).toBeVisible();
    await expectNoA11yViolations(page);
    tracker.assertClean();
  });

  test('typing finds and marks matches instantly, and updates the URL', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await openSearch(page);
    await searchbox(page).pressSequentially('klankbordgroep');
    const hit = results(page).filter({ has: page.locator(`a[href*="${valkuilen.path}"]`) });
    await expect(hit).toHaveCount(1);
    await expect(hit.getByRole('link', { name: valkuilen.title, exact: true })).toBeVisible();
    await expect(hit.locator('mark').filter({ hasText: /^klankbordgroep$/i }).first()).toBeVisible();
    await expect(page).toHaveURL(/[?&]q=klankbordgroep(&|$)/);
    await expectNoA11yViolations(page);

    await hit.getByRole('link', { name: valkuilen.title, exact: true }).click();
    await waitForH1(page, h1For(valkuilen));
    tracker.assertClean();
  });

  test('search ignores case and accents ("EEN" matches "één")', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await openSearch(page);
    await searchbox(page).fill('EEN');
    await expect(results(page).first()).toBeVisible();
    const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const marks = await results(page).locator('mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map(fold).filter((m) => m !== 'een'), 'every <mark> wraps a match of "een"').toEqual([]);
    // The goede-samenwerkingsspeler page says "De gemeente is één van de spelers."
    await expect(
      results(page).filter({ has: page.locator('a[href*="/handreikingen/goede-samenwerkingsspeler"]') }),
    ).toHaveCount(1);

    // A word that appears only with a diaeresis: "geevalueerd" finds "geëvalueerd".
    await searchbox(page).fill('GEEVALUEERD');
    const hit = results(page).filter({ has: page.locator('a[href*="/evaluatie-2017"]') });
    await expect(hit).toHaveCount(1);
    await expect(hit.locator('mark').filter({ hasText: /^geëvalueerd$/i }).first()).toBeVisible();
    tracker.assertClean();
  });

  for (const [name, query] of [
    ['a 10,000-character query', 'samenwerking '.repeat(800).slice(0, 10_000)],
    ['regular-expression characters', '.*[('],
    ['emoji', '🙂🙂'],
  ]) {
    test(`${name} gives results or "Niets gevonden", without errors`, async ({ page }) => {
      const tracker = trackErrorsAndForeignRequests(page);
      await openSearch(page);
      await searchbox(page).fill(query);
      await expect(nothing(page).or(results(page).first())).toBeVisible();
      await expect(page.locator('h1')).toHaveCount(1);
      tracker.assertClean();
    });
  }

  test('a query that matches nothing says "Niets gevonden"', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await openSearch(page);
    await searchbox(page).fill('xyzzyquux');
    await expect(nothing(page)).toBeVisible();
    await expect(results(page)).toHaveCount(0);
    tracker.assertClean();
  });

  test('opening /zoeken?q=valkuil shows its results', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await openSearch(page, '/zoeken?q=valkuil');
    await expect(searchbox(page)).toHaveValue('valkuil');
    await expect(results(page).filter({ has: page.locator(`a[href*="${valkuilen.path}"]`) })).toHaveCount(1);
    await expect(results(page).locator('mark').first()).toBeVisible();
    await expectNoA11yViolations(page);
    tracker.assertClean();
  });
});

test.describe('routing', () => {
  test('an unknown path shows "Pagina niet gevonden"', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
    const response = await gotoAndWait(page, '/bestaat-niet', 'Pagina niet gevonden');
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle(new RegExp(SITE_NAME));
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu', exact: true })).toHaveCount(1);
    await expectNoA11yViolations(page);
    tracker.assertClean();
  });

  test('a deep link opens directly and survives a reload', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    const response = await gotoAndWait(page, valkuilen.path, h1For(valkuilen));
    expect(response?.status(), 'a fixed route exists as a file in the build').toBe(200);
    await page.reload();
    await waitForH1(page, h1For(valkuilen));
    await expect(page).toHaveURL(hrefEndingIn(valkuilen.path));
    tracker.assertClean();
  });

  test('the sub-path build works under /samenwerkingswijzer/', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    const response = await gotoAndWait(page, `${SUB_ORIGIN}${SUB_BASE}handreikingen/valkuilen`, h1For(valkuilen));
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(documentTitleFor(valkuilen));
    await expectNoA11yViolations(page);

    const nav = await openMainMenu(page);
    await nav.getByRole('link', { name: 'Handreikingen', exact: true }).click();
    await waitForH1(page, h1For(pageByPath('/handreikingen')));
    await expect(page).toHaveURL(`${SUB_ORIGIN}${SUB_BASE}handreikingen`);
    tracker.assertClean(SUB_ORIGIN);
  });

  test('the sub-path build serves its start page and falls back for unknown paths', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
    await gotoAndWait(page, `${SUB_ORIGIN}${SUB_BASE}`, h1For(pageByPath('/')));
    await expect(page).toHaveTitle(SITE_NAME);
    await gotoAndWait(page, `${SUB_ORIGIN}${SUB_BASE}bestaat-niet`, 'Pagina niet gevonden');
    tracker.assertClean(SUB_ORIGIN);
  });
});
