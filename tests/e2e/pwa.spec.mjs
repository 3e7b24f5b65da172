// End-to-end tests of offline use and installation: the service worker (every fixed route,
// a reload and a deep link without network; the "Er is een nieuwe versie" prompt after a new
// build), the manifest and icons, the Content-Security-Policy (no other origin, no inline
// script but Trunk's loader), and the pre-rendered guidance pages (text before the wasm).
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import {
  REPO_ROOT,
  SUB_ORIGIN,
  SUB_BASE,
  loadPages,
  pageByPath,
  h1For,
  appRoutes,
  gotoAndWait,
  waitForH1,
  trackErrorsAndForeignRequests,
  expectNoA11yViolations,
  textOf,
  openMainMenu,
  linkNamed,
  STORAGE_KEY,
  RECENT_SEED,
} from './helpers.mjs';
import { finish } from '../../scripts/pwa.mjs';

const pages = loadPages();
const valkuilen = pageByPath('/handreikingen/valkuilen');
const voorbeelden = pageByPath('/voorbeelden');
const start = pageByPath('/');

/** Waits until the service worker is active and controls the page (reloading once if needed). */
async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await waitForH1(page, null);
  }
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test.describe('offline', () => {
  test('after one visit every fixed route, a reload and a deep link work without network', async ({ page, context }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await gotoAndWait(page, '/', h1For(start));
    await waitForServiceWorker(page);

    await context.setOffline(true);
    for (const p of pages) {
      await gotoAndWait(page, p.path, h1For(p));
      await expect.poll(() => textOf(page.locator('main#inhoud'))).toContain(p.sentence);
    }
    for (const route of appRoutes()) await gotoAndWait(page, route, null);

    await gotoAndWait(page, '/', h1For(start));
    await page.reload();
    await waitForH1(page, h1For(start));

    // A deep link in a new tab, a reload there, and a route the build has no file for.
    const tab = await context.newPage();
    const tabTracker = trackErrorsAndForeignRequests(tab);
    await gotoAndWait(tab, valkuilen.path, h1For(valkuilen));
    await tab.reload();
    await waitForH1(tab, h1For(valkuilen));
    await gotoAndWait(tab, '/zoeken?q=klankbordgroep', null);
    await expect(tab.locator('ol.zoekresultaten > li').first()).toBeVisible();
    await gotoAndWait(tab, '/bestaat-niet', 'Pagina niet gevonden');
    // In-app navigation offline.
    await tab.getByRole('navigation', { name: 'Hoofdmenu', exact: true }).getByRole('link', { name: 'Handreikingen', exact: true }).click();
    await waitForH1(tab, h1For(pageByPath('/handreikingen')));
    tabTracker.assertClean('http://127.0.0.1:' + new URL(page.url()).port);
    tracker.assertClean();
  });

  test('offline: start a checklist, tick an item, write a note, reload: all saved', async ({ page, context }) => {
    // Reloading an id route offline is served by the worker (the shell); online it would be
    // the 404.html fallback, so allow that document status.
    const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
    await gotoAndWait(page, '/', h1For(start));
    await waitForServiceWorker(page);
    await context.setOffline(true);

    await gotoAndWait(page, valkuilen.path, h1For(valkuilen));
    await page.getByRole('link', { name: /^Gebruik als checklist/ }).tap();
    // The app first (a title typed before it arrives makes the checklist at once).
    await waitForH1(page, 'Checklists');
    await page.getByLabel('Titel (de casus of het overleg)').fill('Zonder wifi');
    await page.getByRole('button', { name: 'Checklist starten' }).tap();
    await expect(page).toHaveURL(/\/checklists\/[0-9a-f-]{36}$/);
    await waitForH1(page, /Zonder wifi/);
    const item = page.getByRole('group', { name: /^4\. / });
    await item.getByLabel('Vermeden', { exact: true }).tap();
    await item.getByLabel('Notitie bij punt 4').fill('Offline besproken');
    await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();

    await page.reload();
    await waitForH1(page, /Zonder wifi/);
    await expect(item.getByLabel('Vermeden', { exact: true })).toBeChecked();
    await expect(item.getByLabel('Notitie bij punt 4')).toHaveValue('Offline besproken');
    await gotoAndWait(page, '/checklists', 'Checklists');
    await expect(page.locator('.record').filter({ hasText: 'Zonder wifi' })).toHaveCount(1);
    tracker.assertClean();
  });

  test('the sub-path build works offline too', async ({ page, context }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await gotoAndWait(page, `${SUB_ORIGIN}${SUB_BASE}`, h1For(start));
    await waitForServiceWorker(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${SUB_ORIGIN}${SUB_BASE}`);
    await context.setOffline(true);
    await gotoAndWait(page, `${SUB_ORIGIN}${SUB_BASE}handreikingen/valkuilen`, h1For(valkuilen));
    await page.reload();
    await waitForH1(page, h1For(valkuilen));
    tracker.assertClean(SUB_ORIGIN);
  });

  test('a repeat visit downloads nothing from the network', async ({ page }) => {
    await gotoAndWait(page, '/', h1For(start));
    await waitForServiceWorker(page);
    // The listener asks for each response, which takes a round trip: keep the answers as
    // promises and wait for all of them before reading, so no request is missed.
    const finished = [];
    page.on('requestfinished', (req) => {
      finished.push(req.response().then((res) => (res && !res.fromServiceWorker() ? req.url() : null)));
    });
    await page.goto(valkuilen.path);
    await waitForH1(page, h1For(valkuilen));
    await page.reload();
    await waitForH1(page, h1For(valkuilen));
    await page.waitForLoadState('load');
    const fromNetwork = (await Promise.all(finished)).filter((u) => u != null);
    expect(finished.length, 'requests seen').toBeGreaterThan(0);
    // sw.js itself is checked for updates by the browser; everything else comes from the cache.
    expect(fromNetwork.filter((u) => !u.endsWith('/sw.js'))).toEqual([]);
  });
});

test.describe('update', () => {
  let dir;
  let server;
  let origin;

  test.beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sww-update-'));
    cpSync(path.join(REPO_ROOT, 'dist'), dir, { recursive: true });
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts', 'serve.mjs'), dir, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    origin = await new Promise((resolve, reject) => {
      child.on('error', reject);
      child.stdout.on('data', (chunk) => {
        const m = /at (http:\/\/[^/]+)/.exec(String(chunk));
        if (m) resolve(m[1]);
      });
    });
    server = child;
  });

  test.afterEach(() => {
    server?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('a new build served after the first shows "Er is een nieuwe versie"; reloading saves first', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    // The notice lives in the app; the guidance pages are static and have nothing to lose.
    await gotoAndWait(page, `${origin}/zelftest`, 'Zelftest');
    await waitForServiceWorker(page);
    const before = await page.evaluate(() => caches.keys());
    expect(before).toHaveLength(1);
    const notice = page.getByText('Er is een nieuwe versie', { exact: false });
    await expect(notice).toHaveCount(0);

    // A new deploy: a changed file, and the post-build step writes a new worker.
    writeFileSync(path.join(dir, 'nieuw.txt'), `nieuwe versie ${Date.now()}\n`);
    const { version } = finish(dir);
    // The app looks for a new version when the page comes back into view.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    await expect(notice).toBeVisible();
    const button = page.getByRole('button', { name: 'Nu vernieuwen', exact: true });
    await expect(button).toBeVisible();
    await expect(page.getByRole('status').filter({ has: button })).toHaveCount(1);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: test.info().outputPath('update-notice.png') });

    // Something kept on this device before the update must survive it (typing right before
    // the reload is covered by the next test).
    await page.getByRole('group', { name: 'Jouw rol' }).getByLabel('Raad', { exact: true }).check();
    await page.getByRole('button', { name: 'Zelftest starten' }).click();
    await waitForH1(page, /Zelftest/);
    await Promise.all([page.waitForEvent('load'), button.click()]);
    await waitForH1(page, /Zelftest/);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('samenwerkingswijzer') || '{}'));
    expect(stored.assessments?.map((a) => a.role)).toEqual(['raad']);
    await expect(notice).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([expect.stringContaining(version)]);
    tracker.assertClean(origin);
  });

  test('"Nu vernieuwen" right after typing keeps what was typed', async ({ page }) => {
    // Id routes are served by the 404.html fallback when the worker is not in control yet.
    const tracker = trackErrorsAndForeignRequests(page, { ignoreDocument404: true });
    await gotoAndWait(page, `${origin}${valkuilen.path}`, h1For(valkuilen));
    await waitForServiceWorker(page);
    await page.getByRole('link', { name: /^Gebruik als checklist/ }).tap();
    await waitForH1(page, 'Checklists');
    await page.getByLabel('Titel (de casus of het overleg)').fill('Net getypt');
    await page.getByRole('button', { name: 'Checklist starten' }).tap();
    await waitForH1(page, /Net getypt/);

    writeFileSync(path.join(dir, 'nieuw.txt'), `nieuwe versie ${Date.now()}\n`);
    finish(dir);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    const button = page.getByRole('button', { name: 'Nu vernieuwen', exact: true });
    await expect(button).toBeVisible();

    // Type, and press the button before the debounced save (400 ms) has run.
    const note = page.getByRole('group', { name: /^2\. / }).getByLabel('Notitie bij punt 2');
    await note.fill('Vlak voor het vernieuwen getypt');
    await Promise.all([page.waitForEvent('load'), button.tap()]);
    await waitForH1(page, /Net getypt/);
    await expect(page.getByRole('group', { name: /^2\. / }).getByLabel('Notitie bij punt 2')).toHaveValue('Vlak voor het vernieuwen getypt');
    await expect(button).toHaveCount(0);
    tracker.assertClean(origin);
  });
});

test.describe('install', () => {
  test('the manifest makes the app installable, with PNG icons of the stated sizes', async ({ page, request }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    await gotoAndWait(page, '/', h1For(start));
    const href = await page.locator('link[rel="manifest"]').evaluate((l) => l.href);
    const res = await request.get(href);
    expect(res.status()).toBe(200);
    const manifest = await res.json();
    expect(manifest.name).toContain('Samenwerkingswijzer');
    expect(manifest.short_name).toBeTruthy();
    expect(manifest.display).toBe('standalone');
    expect(manifest.lang).toBe('nl');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(new URL(manifest.start_url, href).href).toBe(new URL('/', href).href);
    const pngs = manifest.icons.filter((i) => i.type === 'image/png');
    for (const size of ['192x192', '512x512']) expect(pngs.some((i) => i.sizes === size && i.purpose.includes('any'))).toBe(true);
    expect(pngs.some((i) => i.purpose.includes('maskable'))).toBe(true);
    for (const icon of manifest.icons) {
      const r = await request.get(new URL(icon.src, href).href);
      expect(r.status(), icon.src).toBe(200);
      if (icon.type !== 'image/png') continue;
      const png = await r.body();
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    // iOS home screen and the browser's colour.
    const apple = await page.locator('link[rel="apple-touch-icon"]').evaluate((l) => l.href);
    const touch = await (await request.get(apple)).body();
    expect(`${touch.readUInt32BE(16)}x${touch.readUInt32BE(20)}`).toBe('180x180');
    await expect(page.locator('meta[name="theme-color"]').first()).toHaveAttribute('content', manifest.theme_color);
    tracker.assertClean();
  });

  test('under a sub-path the manifest and worker stay inside it', async ({ page, request }) => {
    await gotoAndWait(page, `${SUB_ORIGIN}${SUB_BASE}`, h1For(start));
    const href = await page.locator('link[rel="manifest"]').evaluate((l) => l.href);
    expect(href).toBe(`${SUB_ORIGIN}${SUB_BASE}manifest.webmanifest`);
    const manifest = await (await request.get(href)).json();
    expect(new URL(manifest.start_url, href).href).toBe(`${SUB_ORIGIN}${SUB_BASE}`);
    expect(new URL(manifest.scope, href).href).toBe(`${SUB_ORIGIN}${SUB_BASE}`);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${SUB_ORIGIN}${SUB_BASE}`);
  });
});

/** Every HTML file of a build directory. */
function htmlFiles(dir) {
  const out = [];
  const walk = (rel) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = path.join(rel, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(p);
    }
  };
  walk('');
  return out;
}

test.describe('content security policy', () => {
  test('every HTML file has the policy before any script, with the hash of each inline script', () => {
    for (const build of ['dist', 'dist-sub']) {
      const dir = path.join(REPO_ROOT, build);
      const files = htmlFiles(dir);
      expect(files.length).toBeGreaterThan(5);
      for (const file of files) {
        const html = readFileSync(path.join(dir, file), 'utf8');
        const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
        expect(m, `${build}/${file} has a CSP <meta>`).not.toBeNull();
        expect(m.index, `${build}/${file}: the CSP comes before any script`).toBeLessThan(html.indexOf('<script'));
        const csp = m[1];
        expect(csp).toContain("default-src 'self'");
        expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
        expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
        for (const s of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
          if (/\bsrc=/.test(s[1])) continue;
          const hash = createHash('sha256').update(s[2]).digest('base64');
          expect(csp, `${build}/${file}: hash of an inline script`).toContain(`'sha256-${hash}'`);
        }
      }
    }
  });

  test('no route violates the policy or asks another origin; the policy does block inline code', async ({ page }) => {
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const tracker = trackErrorsAndForeignRequests(page);
    for (const p of pages) {
      await gotoAndWait(page, p.path, h1For(p));
      expect(await page.evaluate(() => window.__cspViolations), p.path).toEqual([]);
    }
    for (const route of appRoutes()) {
      await gotoAndWait(page, route, null);
      expect(await page.evaluate(() => window.__cspViolations), route).toEqual([]);
    }
    tracker.assertClean();

    // The policy is in force: an injected inline script and a request elsewhere are blocked.
    const blocked = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.head.append(s);
      try {
        await fetch('https://example.org/x');
      } catch {
        // blocked
      }
      return !!window.__ran;
    });
    expect(blocked).toBe(false);
    // Violation events arrive in a later task.
    const violations = () => page.evaluate(() => window.__cspViolations);
    await expect.poll(async () => (await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
    await expect.poll(async () => (await violations()).some((v) => v.startsWith('connect-src') && v.includes('example.org'))).toBe(true);
  });
});

test.describe('pre-rendered pages', () => {
  test('every guidance page has its heading and text in the HTML file itself', async ({ request }) => {
    for (const p of pages) {
      const html = await (await request.get(p.path)).text();
      const h1s = [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)];
      expect(h1s, `${p.path}: one <h1> in the HTML`).toHaveLength(1);
      expect(h1s[0][1].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').trim()).toBe(h1For(p));
      expect(html).toMatch(/<main id="inhoud"/);
      expect(html).toContain(`<title>${p.path === '/' ? 'Samenwerkingswijzer' : `${p.title} · Samenwerkingswijzer`}</title>`.replace(/&/g, '&amp;'));
    }
    // A tool route has its static part (one <h1>) but no form control: typing before the
    // app runs would be lost. Except the participant's two (issue 26): their answer form is
    // in the HTML, and its script keeps what is typed (answerfirst.spec.mjs).
    for (const route of appRoutes()) {
      const html = await (await request.get(route)).text();
      expect([...html.matchAll(/<h1\b/g)], `${route}: one <h1> in the HTML`).toHaveLength(1);
      const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
      if (route === '/zelftest' || route === '/checklists') {
        expect(main, `${route}: its answer form before the app runs`).toMatch(/<form class="panel vooraf" id="vooraf"/);
        const rest = main.replace(/<form class="panel vooraf" id="vooraf"[\s\S]*?<\/form>/, '');
        expect(rest, `${route}: no other form control before the app runs`).not.toMatch(/<(input|button|select|textarea|form)\b/);
      } else {
        expect(main, `${route}: no form control before the app runs`).not.toMatch(/<(input|button|select|textarea|form)\b/);
      }
    }
  });

  test('every pre-rendered page is what the app renders there', async ({ page, request }) => {
    // The build renders the pages natively (scripts/prerender.mjs: the app's views through
    // Leptos's `ssr`, app::render), without a browser; here the app renders them in one.
    const tracker = trackErrorsAndForeignRequests(page);
    // A body as comparable text: elements with their attributes in name order (the order is
    // the renderer's), text, and no comments (Leptos's markers). `html`: a file's body (less
    // the participant's answer form and its script, which the build adds: answerfirst.spec);
    // null: the app's, with `cut` its static part, as the build writes a tool's.
    const canonical = (html, cut = false) =>
      page.evaluate(
        ({ html, cut }) => {
          let body = document.body.cloneNode(true);
          if (html != null) {
            body = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
            body.querySelectorAll('#vooraf, script').forEach((e) => e.remove());
          }
          const main = body.querySelector('main');
          const h1 = main && main.querySelector('h1');
          if (cut && h1) {
            const CONTROL = 'input, select, textarea, button, form, fieldset, details, dialog, [contenteditable], [tabindex]:not(main)';
            let keep = h1;
            for (let node = h1.parentElement; node && node !== main; node = node.parentElement) keep = node;
            let gone = false;
            for (const child of [...h1.parentElement.children]) {
              if (!gone && (child.matches(CONTROL) || child.querySelector(CONTROL))) gone = true;
              if (gone) child.remove();
            }
            let after = false;
            for (const child of [...main.children]) {
              if (after) child.remove();
              if (child === keep) after = true;
            }
          }
          const text = (node) =>
            node.nodeType === Node.TEXT_NODE
              ? node.data
              : node.nodeType === Node.ELEMENT_NODE
                ? `<${node.localName}${[...node.attributes].map((a) => ` ${a.name}="${a.value}"`).sort().join('')}>${[...node.childNodes].map(text).join('')}</${node.localName}>`
                : '';
          return [...body.childNodes].map(text).join('');
        },
        { html, cut },
      );
    const file = async (route) => {
      const html = await (await request.get(route)).text();
      return { body: /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '', title: /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '' };
    };
    const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    // The guidance, as the main app renders it (its routes include them): in-page navigation
    // from /voorbeelden, a page of that app.
    await gotoAndWait(page, voorbeelden.path, h1For(voorbeelden));
    for (const p of pages) {
      await page.evaluate((path) => {
        history.pushState(null, '', path);
        dispatchEvent(new PopStateEvent('popstate'));
      }, p.path);
      await waitForH1(page, h1For(p));
      const built = await file(p.path);
      expect(await canonical(null), `${p.path}: the app renders the pre-rendered body`).toBe(await canonical(built.body));
      expect(await page.title(), `${p.path}: the title`).toBe(unescape(built.title));
    }
    // The tools: their own app, its static part.
    for (const route of appRoutes()) {
      await page.goto(route);
      await waitForH1(page, null);
      // What the page shows once the browser has answered its question (a first visit's).
      if (route === '/gegevens') await expect(page.getByRole('button', { name: 'Vraag de browser om te bewaren' })).toBeVisible();
      const built = await file(route);
      expect(await canonical(null, true), `${route}: the app renders the pre-rendered static part`).toBe(await canonical(built.body));
      expect(await page.title(), `${route}: the title`).toBe(unescape(built.title));
    }
    tracker.assertClean();
  });

  test('without JavaScript a guidance page still shows its text', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
    const page = await context.newPage();
    await page.goto(valkuilen.path);
    await expect(page.locator('h1')).toHaveText(h1For(valkuilen));
    await expect(page.locator('h1')).toHaveCount(1);
    await expect.poll(() => textOf(page.locator('main#inhoud'))).toContain(valkuilen.sentence);
    await context.close();
  });

  test('on an app page with guidance text (/voorbeelden) the text shows before the wasm loads, and does not move when the app takes over', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(/_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(voorbeelden.path);
    await expect(page.locator('h1')).toHaveText(h1For(voorbeelden));
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
    const measure = () =>
      page.evaluate(() => {
        const box = (el) => {
          const r = el.getBoundingClientRect();
          return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
        };
        return {
          h1: box(document.querySelector('h1')),
          paragraphs: [...document.querySelectorAll('main p')].slice(0, 5).map(box),
          height: document.documentElement.scrollHeight,
        };
      });
    const before = await measure();
    release();
    await waitForH1(page, h1For(voorbeelden));
    expect(await measure()).toEqual(before);
    tracker.assertClean();
  });

  test('guidance pages are static: no wasm, and the menu, skip link and "verder waar je was" still work', async ({ page }) => {
    const tracker = trackErrorsAndForeignRequests(page);
    const wasm = [];
    page.on('request', (r) => {
      if (/_bg\.wasm$|samenwerkingswijzer-[0-9a-f]+\.js$/.test(r.url())) wasm.push(r.url());
    });
    await gotoAndWait(page, valkuilen.path, h1For(valkuilen));
    await page.setViewportSize({ width: 390, height: 844 });
    const nav = await openMainMenu(page);
    await linkNamed(nav, ['Handreikingen']).tap();
    await waitForH1(page, 'Handreikingen');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#inhoud')).toBeFocused();
    expect(page.url()).toMatch(/\/handreikingen$/);
    // "Verder waar je was" on the static start page, from this device's data.
    await page.evaluate(([key, data]) => localStorage.setItem(key, JSON.stringify(data)), [STORAGE_KEY, RECENT_SEED]);
    await gotoAndWait(page, '/', h1For(start));
    const verder = page.getByRole('region', { name: 'Verder waar je was' });
    await expect(verder.getByRole('link', { name: '<b>Overleg</b>' })).toHaveAttribute('href', '/checklists/c1');
    await expect(verder).toContainText('Checklist · bijgewerkt 2 november 2026');
    expect(wasm, 'a guidance page loads no app code').toEqual([]);
    tracker.assertClean();
  });
});
