// Shared helpers for the end-to-end tests: the content pages as data (read from
// content/pages/*.md, the same source the app is built from), navigation that waits for the
// wasm app to render, and the checks every route must pass (no console errors, no requests
// to other origins, no axe-core violations).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CONTENT_PAGES_DIR = path.join(REPO_ROOT, 'content', 'pages');

/** The sub-path build (dist-sub/), served by the second web server. */
export const SUB_ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT || 4173) + 1}`;
export const SUB_BASE = '/samenwerkingswijzer/';

export const SITE_NAME = 'Samenwerkingswijzer';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// ---------------------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------------------

/** Reads one TOML basic ("...") or literal ('...') string starting at s[i]; returns [value, end]. */
function readTomlString(s, i, where) {
  const quote = s[i];
  let out = '';
  let j = i + 1;
  while (j < s.length) {
    const c = s[j];
    if (c === quote) return [out, j + 1];
    if (c === '\\' && quote === '"') {
      const e = s[j + 1];
      const simple = { '"': '"', '\\': '\\', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };
      if (e in simple) {
        out += simple[e];
        j += 2;
      } else if (e === 'u' || e === 'U') {
        const len = e === 'u' ? 4 : 8;
        out += String.fromCodePoint(parseInt(s.slice(j + 2, j + 2 + len), 16));
        j += 2 + len;
      } else {
        throw new Error(`${where}: unknown escape \\${e}`);
      }
    } else {
      out += c;
      j += 1;
    }
  }
  throw new Error(`${where}: unterminated string`);
}

/**
 * Parses the small TOML front matter of a content page: `key = "string"` lines (basic or
 * literal strings), plus bare numbers and booleans. Other TOML is not used by the pages.
 */
export function parseFrontMatter(toml, file = 'front matter') {
  const data = {};
  toml.split(/\r?\n/).forEach((raw, n) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const where = `${file}:${n + 2}`;
    const m = /^([A-Za-z0-9_-]+)\s*=\s*(.*)$/.exec(line);
    if (!m) throw new Error(`${where}: cannot read front matter line: ${raw}`);
    const [, key, rest] = m;
    if (rest.startsWith('"') || rest.startsWith("'")) {
      const [value, end] = readTomlString(rest, 0, where);
      const tail = rest.slice(end).trim();
      if (tail && !tail.startsWith('#')) throw new Error(`${where}: unexpected text after string: ${tail}`);
      data[key] = value;
    } else if (/^(true|false)\b/.test(rest)) {
      data[key] = rest.startsWith('true');
    } else if (/^[+-]?\d[\d_]*(\.\d+)?\b/.test(rest)) {
      data[key] = Number(rest.replace(/_/g, '').split(/\s/)[0]);
    } else {
      data[key] = rest; // arrays/tables are not used; keep the raw text
    }
  });
  return data;
}

/** Markdown inline syntax to plain text (enough for the content's paragraphs). */
export function markdownToPlain(text) {
  return text
    .replace(/\{#[^}\s]+\}\s*/g, '') // {#id} prefixes
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/<[^>]+>/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The paragraphs of a Markdown body that are ordinary running text. */
export function ordinaryParagraphs(body) {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(
      (p) =>
        p &&
        !p.startsWith('#') && // heading
        !p.startsWith('<!--') && // marker
        !p.startsWith('![') && // image
        !p.startsWith('<') && // raw HTML
        !p.startsWith('|') && // table
        !p.startsWith('>') && // quote
        !p.startsWith('```') &&
        !/^([-*+]|\d+[.)])\s/.test(p), // list
    )
    .map(markdownToPlain)
    .filter(Boolean);
}

/**
 * A plain-text sentence of at least `min` characters from the first ordinary paragraph that
 * has one (or the whole paragraph, when it is long enough but has no such sentence).
 */
export function firstSentence(body, min = 40) {
  for (const para of ordinaryParagraphs(body)) {
    const sentences = para.match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g) ?? [];
    const found = sentences.map((s) => s.trim()).find((s) => s.length >= min);
    if (found) return found;
    if (para.length >= min) return para;
  }
  return null;
}

/** Parses one content page file into {file, path, kind, slug, title, short, body, sentence}. */
export function parsePage(text, file = 'page.md') {
  const m = /^\uFEFF?\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: does not start with front matter between +++ lines`);
  const fm = parseFrontMatter(m[1], file);
  for (const key of ['path', 'kind', 'title']) {
    if (typeof fm[key] !== 'string' || !fm[key]) throw new Error(`${file}: front matter has no ${key}`);
  }
  const body = m[2];
  return {
    file,
    path: fm.path,
    kind: fm.kind,
    slug: fm.slug ?? '',
    title: fm.title,
    short: fm.short ?? fm.title,
    body,
    sentence: firstSentence(body),
  };
}

let cachedPages;
/** All content pages, in file-name order (the order of the guide). */
export function loadPages(dir = CONTENT_PAGES_DIR) {
  if (dir === CONTENT_PAGES_DIR && cachedPages) return cachedPages;
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parsePage(readFileSync(path.join(dir, f), 'utf8'), path.join('content/pages', f)));
  if (dir === CONTENT_PAGES_DIR) cachedPages = pages;
  return pages;
}

export function handreikingen(pages = loadPages()) {
  return pages.filter((p) => p.kind === 'handreiking');
}

export function pageByPath(p, pages = loadPages()) {
  const page = pages.find((x) => x.path === p);
  if (!page) throw new Error(`no content page with path ${p}`);
  return page;
}

/** The `<h1>` text of a content page. */
export function h1For(page) {
  return page.title;
}

/** The expected `document.title` of a content page. */
export function documentTitleFor(page) {
  return page.path === '/' ? SITE_NAME : `${page.title} · ${SITE_NAME}`;
}

export function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches an href that points at `p` (absolute, with or without a base prefix or origin). */
export function hrefEndingIn(p) {
  return new RegExp(`${escapeRegExp(p.replace(/\/$/, ''))}/?(?:[?#].*)?$`);
}

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

/** The app's own fixed routes (scripts/app-routes.txt), e.g. /zoeken. */
export function appRoutes() {
  return readFileSync(path.join(REPO_ROOT, 'scripts', 'app-routes.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
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

/** A filled-in valkuilen checklist as the app stores it (data and shared-tablet specs). */
export function checklist(id, updatedAt, title) {
  return {
    id,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt,
    list: 'valkuilen',
    title,
    date: '2026-11-01',
    items: { 'valkuil-01': { state: 'done' } },
  };
}

/** A stored envelope: one evaluation and two checklists, plus `extra` fields. */
export function envelope(extra = {}) {
  return {
    format: 'samenwerkingswijzer',
    version: 1,
    exportedAt: '2026-11-29T10:00:00.000Z',
    app: '0.1.0',
    evaluations: [
      { id: 'e-1', createdAt: '2026-11-03T10:00:00.000Z', updatedAt: '2026-11-03T10:00:00.000Z', status: 'concept', title: 'Dorpshuis' },
    ],
    assessments: [],
    checklists: [
      checklist('c-1', '2026-11-01T11:00:00.000Z', 'Overleg'),
      checklist('c-2', '2026-11-01T12:00:00.000Z', 'Raadsvergadering'),
    ],
    worksheets: [],
    ...extra,
  };
}
