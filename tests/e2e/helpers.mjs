// Shared helpers for the end-to-end tests: navigation that waits for the wasm app to render,
// and the checks every route must pass (no console errors, no requests to other origins, no
// axe-core violations, touch targets, visible focus). The content pages as data and the
// stored-data fixture come from tests/shared/ and are re-exported here.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { STORAGE_KEY } from '../shared/envelope.mjs';

// The content pages and the app's routes, and the stored data's fixture, are shared with the
// WebDriver journeys (tests/shared/).
export * from '../shared/content.mjs';
export * from '../shared/envelope.mjs';

/** The sub-path build (dist-sub/), served by the second web server. */
export const SUB_ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT || 4173) + 1}`;
export const SUB_BASE = '/samenwerkingswijzer/';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// ---------------------------------------------------------------------------------------
// Navigation and checks
// ---------------------------------------------------------------------------------------

/**
 * Goes to `url` and waits until the app shows exactly one `<h1>` with text `h1` (string:
 * full text after whitespace normalisation; RegExp: a match). `h1` null: any single `<h1>`.
 * Returns the navigation response.
 */
export async function gotoAndWait(page, url, h1, options = {}) {
  const response = await page.goto(url, options);
  await waitForH1(page, h1);
  return response;
}

/** Waits for the app to render its single `<h1>` (with the given text, if any). */
export async function waitForH1(page, h1) {
  // Pages are pre-rendered: wait until the app has taken over from the static HTML, and look
  // at the flag and the heading in one go, in one document. Two separate waits could see the
  // old page's flag and then the new page's pre-rendered heading after a click that loads
  // another page, before the new page's wasm has run.
  const wanted = h1 instanceof RegExp ? { source: h1.source, flags: h1.flags } : h1 == null ? null : { text: String(h1) };
  await page
    .waitForFunction(
      (want) => {
        if (document.documentElement.dataset.app !== 'ready' || !document.querySelector('main#inhoud')) return false;
        const headings = document.querySelectorAll('h1');
        if (headings.length !== 1) return false;
        const text = (headings[0].textContent || '').replace(/\s+/g, ' ').trim();
        if (!want) return true;
        return want.text != null ? text === want.text.replace(/\s+/g, ' ').trim() : new RegExp(want.source, want.flags).test(text);
      },
      wanted,
      { timeout: 15_000 },
    )
    .catch(async (error) => {
      const seen = await page
        .evaluate(() => ({ ready: document.documentElement.dataset.app ?? null, h1s: [...document.querySelectorAll('h1')].map((h) => h.textContent), url: location.href }))
        .catch(() => 'nothing (the page was navigating)');
      throw new Error(`waitForH1(${h1}): no document with the app ready and that one <h1>; saw ${JSON.stringify(seen)}\n${error.message}`);
    });
  // Said again as expectations, for the report.
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  const heading = page.locator('h1');
  if (h1 != null) await expect(heading).toHaveText(h1);
  else await expect(heading.first()).toBeVisible();
  await expect(heading, 'every page has exactly one <h1>').toHaveCount(1);
  await expect(page.locator('main#inhoud')).toBeVisible();
}

/**
 * Collects console errors, page errors, failed responses and requests to other origins for
 * the whole browser context of `page` (so service-worker requests are seen too).
 * `ignoreDocument404`: allow the 404 status of the main document (the unknown-path test).
 * Call `assertClean()` at the end of the test.
 */
export function trackErrorsAndForeignRequests(page, { ignoreDocument404 = false } = {}) {
  const errors = [];
  const foreign = [];
  const requests = [];
  const documentUrls = new Set();

  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    if (
      ignoreDocument404 &&
      /status of 404/.test(msg.text()) &&
      (documentUrls.has(loc.url) || loc.url === page.url())
    ) {
      return;
    }
    errors.push(`console error: ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
  });
  page.on('pageerror', (err) => {
    errors.push(`page error: ${err.message}${err.stack ? `\n${err.stack}` : ''}`);
  });
  page.context().on('request', (req) => {
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) documentUrls.add(req.url());
    requests.push(req.url());
  });
  page.context().on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? 'failed';
    // Requests cut off by a navigation are aborted; that is not an error of the app.
    if (reason === 'net::ERR_ABORTED') return;
    errors.push(`request failed: ${req.url()} (${reason})`);
  });
  page.context().on('response', (res) => {
    if (res.status() < 400) return;
    const req = res.request();
    if (ignoreDocument404 && res.status() === 404 && req.isNavigationRequest()) return;
    errors.push(`HTTP ${res.status()} for ${res.url()}`);
  });

  return {
    errors,
    requests,
    foreign,
    /** Asserts no errors so far and no request to an origin other than the page's own. */
    assertClean(origin) {
      const own = origin ?? new URL(page.url()).origin;
      foreign.length = 0;
      for (const url of requests) {
        let u;
        try {
          u = new URL(url);
        } catch {
          continue;
        }
        if (!/^(https?|wss?):$/.test(u.protocol)) continue; // data:, blob: stay on the device
        if (u.origin !== own) foreign.push(url);
      }
      const report = [
        ...(foreign.length ? [`requests to other origins than ${own}:`, ...foreign.map((u) => `  ${u}`)] : []),
        ...(errors.length ? ['console/page errors:', ...errors.map((e) => `  ${e}`)] : []),
      ];
      expect(foreign.length + errors.length, `${report.join('\n')}\n`).toBe(0);
    },
  };
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page and fails with a readable summary. */
export async function expectNoA11yViolations(page, { include, exclude, disableRules } = {}) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  if (disableRules) builder = builder.disableRules(disableRules);
  const { violations } = await builder.analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((n) => `    ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n'),
  );
  expect(violations.length, `axe-core violations on ${page.url()}:\n${summary.join('\n')}\n`).toBe(0);
}

/** The main menu; at narrow widths it opens the "Menu" button first when needed. */
export async function openMainMenu(page) {
  const button = page.getByRole('button', { name: 'Menu', exact: true });
  if ((await button.count()) > 0 && (await button.first().isVisible())) {
    if ((await button.first().getAttribute('aria-expanded')) !== 'true') await button.first().click();
    await expect(button.first()).toHaveAttribute('aria-expanded', 'true');
  }
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu', exact: true });
  await expect(nav).toBeVisible();
  return nav;
}

/** A link whose accessible name is exactly one of `names` (the first one that exists). */
export function linkNamed(scope, names) {
  const [first, ...rest] = names;
  let loc = scope.getByRole('link', { name: first, exact: true });
  for (const n of rest) loc = loc.or(scope.getByRole('link', { name: n, exact: true }));
  return loc.first();
}

/** Whitespace-normalised visible text of an element. */
export async function textOf(locator) {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------
// Touch targets and focus
// ---------------------------------------------------------------------------------------

/**
 * Fails when a visible interactive element is smaller than `min`×`min` CSS px (default 44).
 * Measured: links, buttons, form fields, summary, and elements with a widget role or a
 * tabindex. Exempt (as in WCAG 2.5.5): links inline in a sentence. A checkbox or radio
 * counts with its label; a link whose ::after overlay stretches over a card counts as the
 * card. `scope`: a CSS selector to measure inside (default: the whole body).
 */
export async function expectTouchTargets(page, { min = 44, scope = 'body' } = {}) {
  const small = await page.evaluate(
    ({ min, scope }) => {
      const SELECTOR = [
        'a[href]', 'button', 'input:not([type="hidden"])', 'select', 'textarea', 'summary',
        '[role="button"]', '[role="link"]', '[role="checkbox"]', '[role="radio"]', '[role="tab"]',
        '[role="menuitem"]', '[role="switch"]', '[tabindex]:not([tabindex="-1"])',
      ].join(',');
      const union = (a, b) => {
        const left = Math.min(a.left, b.left);
        const top = Math.min(a.top, b.top);
        return { width: Math.max(a.right, b.right) - left, height: Math.max(a.bottom, b.bottom) - top };
      };
      const describe = (el) => {
        const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || '').replace(/\s+/g, ' ').trim();
        return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> "${name.slice(0, 40)}"`;
      };
      const out = [];
      for (const el of document.querySelector(scope)?.querySelectorAll(SELECTOR) ?? []) {
        const style = getComputedStyle(el);
        let rect = el.getBoundingClientRect();
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        if (el.closest('[hidden], [aria-hidden="true"], [inert]')) continue;
        // Moved off-screen until focused (the skip link).
        if (rect.bottom <= 0 || rect.right <= 0) continue;
        if (el.tagName === 'A') {
          const parentText = (el.parentElement?.textContent ?? '').replace(/\s+/g, ' ').trim();
          const ownText = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (style.display === 'inline' && parentText.length > ownText.length && !el.closest('nav')) continue;
          const after = getComputedStyle(el, '::after');
          if (after.content !== 'none' && after.position === 'absolute' && el.offsetParent) {
            rect = el.offsetParent.getBoundingClientRect();
          }
        }
        let box = { width: rect.width, height: rect.height };
        if (el.type === 'checkbox' || el.type === 'radio') {
          const label = el.closest('label') ?? (el.id && document.querySelector(`label[for="${CSS.escape(el.id)}"]`));
          if (label) box = union(rect, label.getBoundingClientRect());
        }
        if (rect.width === 0 && rect.height === 0) continue;
        if (box.width + 0.5 < min || box.height + 0.5 < min) {
          out.push(`${describe(el)}: ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
        }
      }
      return out;
    },
    { min, scope },
  );
  expect(small, `touch targets smaller than ${min}×${min} CSS px on ${page.url()}:\n${small.join('\n')}\n`).toEqual([]);
}

/**
 * Asserts that the focused element shows a visible focus indicator: an outline of at least
 * 2px (or a box-shadow) on it or on an ancestor that draws focus for it (`:focus-within`).
 */
export async function expectVisibleFocus(page) {
  const found = await page.evaluate(() => {
    let el = document.activeElement;
    if (!el || el === document.body) return 'nothing is focused';
    const shows = (node) => {
      const s = getComputedStyle(node);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
    };
    for (let node = el; node && node !== document.body; node = node.parentElement) {
      if (node === el ? shows(node) : node.matches(':focus-within') && shows(node)) return null;
    }
    return `no visible focus indicator on <${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  });
  expect(found, found ?? '').toBeNull();
}

/**
 * Presses `key` (Tab or Shift+Tab) until the focused element satisfies `matches` (a function
 * run in the page with the element), at most `max` times; checks the focus is visible there.
 */
export async function pressUntilFocused(page, matches, { key = 'Tab', max = 60, what = 'the element' } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const hit = await page.evaluate(`(${matches.toString()})(document.activeElement)`);
    if (hit) {
      await expectVisibleFocus(page);
      return;
    }
  }
  throw new Error(`${what} was not reached with ${max} presses of ${key}`);
}

/** Answers every statement of the open self-assessment with "Weet ik niet", by touch. */
export async function answerAllDontKnow(page) {
  const statements = page.locator('.statement');
  await expect(statements).toHaveCount(20);
  for (let i = 0; i < 20; i++) {
    const choice = statements.nth(i).getByRole('group').getByText('Weet ik niet', { exact: true });
    await choice.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await choice.tap();
  }
}

/**
 * The text stored under `key` once every pending save is written. The store saves a change
 * after a typing pause and at once when the page is hidden (store/mod.rs,
 * `flush_when_leaving`); a `pagehide` here makes that happen now, so what is read is all the
 * page has decided to store, never the data from before a save that is still to come.
 */
export async function storedNow(page, key = STORAGE_KEY) {
  return page.evaluate((key) => {
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    return localStorage.getItem(key);
  }, key);
}

/**
 * Prints a measurement and attaches it to the test's report. Timings are reported, never
 * checked: they depend on the machine and its load, and the test command must not fail on
 * them (a benchmark in scripts/ holds the numbers that are compared).
 */
export function reportMeasurement(text) {
  console.log(text);
  test.info().annotations.push({ type: 'measurement', description: text });
}

/**
 * Swipes horizontally from x `from` to x `to` at height `y` with real touch events (CDP), as
 * a finger does that comes to rest before it lifts. A finger lifted while still moving fast
 * (the two moves of a synthetic swipe are some 30 ms apart: thousands of px/s) makes Chrome
 * start a fling, even where `touch-action` lets nothing scroll; the next tap then only stops
 * that fling and is never delivered (Chrome's fling-cancel tap suppression). The rest is a
 * lower bound that a slow machine only lengthens, so the lift never has speed left.
 */
export async function swipe(page, { from, to, y }) {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  await touch('touchStart', [{ x: from, y }]);
  await touch('touchMove', [{ x: (from + to) / 2, y }]);
  await touch('touchMove', [{ x: to, y }]);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await touch('touchMove', [{ x: to, y: y + 1 }]);
  await touch('touchEnd', []);
  await cdp.detach();
}
