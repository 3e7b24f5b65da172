// The WebDriver side of the engine journeys: starts the drivers (WebKitWebDriver under a
// virtual X server, geckodriver), opens fresh browser sessions at tablet size, and gives the
// journeys a small page API that finds elements the way users and screen readers do — by
// role and accessible name, by label, by visible text — and waits on what the app shows.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Builder } from 'selenium-webdriver';
import { Pointer } from 'selenium-webdriver/lib/input.js';

export const VIEWPORT = { width: 820, height: 1180 };
// Generous: a cold wasm start on a loaded 2-core machine can take many seconds; waits poll.
const WAIT_MS = 30_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------
// Drivers
// ---------------------------------------------------------------------------------------

/** One engine: how to start its driver and which capabilities open a session. */
export const ENGINES = {
  webkit: {
    label: 'WebKit (WebKitGTK MiniBrowser)',
    // -noreset: by default Xvfb resets when its last client leaves, and a MiniBrowser started
    // for the next session during that reset cannot open the display ("cannot open display:
    // :99"); it exits, and WebKitWebDriver waits for it forever. That was the WebKit journeys'
    // stall (a journey's session never opened, 180 s, at random after the first journey).
    command: (port) => ['xvfb-run', ['-a', '-s', '-screen 0 1280x1400x24 -noreset', 'WebKitWebDriver', `--port=${port}`]],
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    }),
  },
  firefox: {
    label: 'Firefox ESR (geckodriver, headless)',
    command: (port) => [process.env.GECKODRIVER || 'geckodriver', ['--port', String(port), '--websocket-port', String(port + 1)]],
    capabilities: (downloadDir, prefs = {}) => ({
      browserName: 'firefox',
      webSocketUrl: true, // WebDriver BiDi: console messages and script errors
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX_BINARY || '/usr/bin/firefox-esr',
        args: ['-headless', `-width=${VIEWPORT.width}`, `-height=${VIEWPORT.height}`],
        prefs: {
          'intl.accept_languages': 'nl-NL, nl',
          'browser.download.dir': downloadDir,
          'browser.download.folderList': 2,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.download.manager.showWhenStarting': false,
          'browser.helperApps.neverAsk.saveToDisk': 'application/json',
          ...prefs,
        },
      },
    }),
  },
};

/**
 * Starts the driver of `engine` on `port` in its own process group; resolves when it answers
 * /status. `home`: its HOME (WebKit's MiniBrowser saves downloads there).
 */
export async function startDriver(engine, port, home) {
  const [cmd, args] = ENGINES[engine].command(port);
  const child = spawn(cmd, args, {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, HOME: home },
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-4000);
  });
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${cmd} exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 30_000) throw new Error(`${cmd} did not start on port ${port}: ${stderr}`);
    await sleep(200);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    /** The driver's last output (its log, and what the browsers it started wrote). */
    log: () => stderr,
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}

/**
 * A fresh browser session (a fresh profile: WebKitWebDriver sessions are ephemeral,
 * geckodriver makes a new profile) at tablet size. Returns a Page. `prefs`: Firefox
 * preferences besides the harness's own (e.g. WebAssembly off).
 */
export async function openSession(engine, driverUrl, origin, downloadDir, prefs = {}, onPage = () => {}) {
  const driver = await new Builder().usingServer(driverUrl).withCapabilities(ENGINES[engine].capabilities(downloadDir, prefs)).build();
  const page = new Page(driver, engine, origin, downloadDir);
  // The caller holds the session from here on, so a journey that stalls while the window is
  // sized still gets its screenshot and is closed.
  onPage(page);
  try {
    // The window, then once more so the page itself (the viewport) is 820×1180.
    let rect = { ...VIEWPORT };
    let inner = [0, 0];
    for (let i = 0; i < 5; i++) {
      await driver.manage().window().setRect({ ...rect, x: 0, y: 0 });
      // The page learns its new size a moment after the window has it.
      const until = Date.now() + 1000;
      do {
        inner = await driver.executeScript('return [innerWidth, innerHeight]');
      } while ((inner[0] !== VIEWPORT.width || inner[1] !== VIEWPORT.height) && Date.now() < until && (await sleep(50), true));
      if (inner[0] === VIEWPORT.width && inner[1] === VIEWPORT.height) break;
      rect = { width: rect.width + VIEWPORT.width - inner[0], height: rect.height + VIEWPORT.height - inner[1] };
    }
    if (inner[0] !== VIEWPORT.width || inner[1] !== VIEWPORT.height) page.notes.push(`viewport ${inner[0]}×${inner[1]}`);
  } catch (e) {
    page.notes.push(`window size not set: ${e.message}`);
  }
  if (engine === 'firefox') await page.listenToBidiLogs();
  return page;
}

export function tempDir(prefix) {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir) {
  rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------
// Finding elements in the page (runs in the browser)
// ---------------------------------------------------------------------------------------

// Roles as the app's HTML expresses them (semantic elements first, ARIA roles too).
const FIND = function find(query, scope) {
  const ROLES = {
    button: 'button, input[type=button], input[type=submit], [role=button]',
    link: 'a[href], [role=link]',
    group: 'fieldset, [role=group], [role=radiogroup]',
    region: 'section[aria-label], section[aria-labelledby], [role=region]',
    dialog: 'dialog, [role=dialog], [role=alertdialog]',
    textbox: 'input:not([type]), input[type=text], input[type=url], input[type=search], input[type=email], textarea, [role=textbox]',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
    status: '[role=status], output',
    alert: '[role=alert]',
    radio: 'input[type=radio], [role=radio]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    combobox: 'select, [role=combobox]',
    img: 'img, [role=img]',
    figure: 'figure, [role=figure]',
    navigation: 'nav, [role=navigation]',
    row: 'tr, [role=row]',
    cell: 'td, [role=cell]',
  };
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const byIds = (ids) => ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' ');
  const nameOf = (el) => {
    if (el.getAttribute('aria-labelledby')) return norm(byIds(el.getAttribute('aria-labelledby')));
    if (el.getAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
    if (el.matches('input, textarea, select')) {
      if (el.labels && el.labels.length) return norm([...el.labels].map((l) => l.textContent).join(' '));
      if (el.type === 'button' || el.type === 'submit') return norm(el.value);
      return norm(el.getAttribute('title') || el.getAttribute('placeholder'));
    }
    if (el.tagName === 'FIELDSET') return norm(el.querySelector(':scope > legend')?.textContent);
    if (el.tagName === 'IMG') return norm(el.alt);
    if (el.tagName === 'FIGURE') return norm(el.querySelector(':scope > figcaption')?.textContent);
    if (el.matches('dialog, section, nav, [role=dialog], [role=region], [role=group], [role=status], output, tr, td')) {
      return el.matches('tr, td, [role=status], output') ? norm(el.textContent) : '';
    }
    return norm(el.textContent);
  };
  const visible = (el) => {
    if (el.checkVisibility) return el.checkVisibility();
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const matches = (text) => {
    if (query.name == null) return true;
    if (query.pattern) return new RegExp(query.name, query.flags).test(text);
    return query.exact === false ? text.includes(query.name) : text === query.name;
  };
  const root = scope || document;
  let candidates;
  if (query.role) {
    candidates = [...root.querySelectorAll(ROLES[query.role] || `[role=${query.role}]`)].filter((el) => matches(nameOf(el)));
  } else if (query.label != null) {
    candidates = [...root.querySelectorAll('input, textarea, select')].filter((el) => el.type !== 'hidden' && matches(nameOf(el)));
  } else if (query.text != null) {
    // The innermost elements whose visible text matches.
    candidates = [...root.querySelectorAll('body *, :scope *')].filter(
      (el) => matches(norm(el.innerText)) && ![...el.children].some((c) => matches(norm(c.innerText))),
    );
  } else if (query.css) {
    candidates = [...root.querySelectorAll(query.css)].filter((el) => matches(norm(el.textContent)));
  } else {
    throw new Error('query needs role, label, text or css');
  }
  const withVisibility = candidates.filter((el) => {
    if (query.visible === false) return true;
    // A radio or checkbox styled away inside its label counts as visible through the label.
    const target = !visible(el) && el.labels && el.labels.length ? el.labels[0] : el;
    return visible(target);
  });
  return withVisibility;
};

const describeQuery = (q) =>
  [
    q.role && `role=${q.role}`,
    q.label != null && `label`,
    q.text != null && `text`,
    q.css && `css=${q.css}`,
    q.name != null && `"${q.name}"`,
    q.within && '(within an element)',
  ]
    .filter(Boolean)
    .join(' ');

/** A query object for FIND: `name` may be a string (exact) or a RegExp. */
function toQuery(q) {
  const out = { ...q };
  delete out.within;
  if (q.name instanceof RegExp) {
    out.name = q.name.source;
    out.flags = q.name.flags;
    out.pattern = true;
  }
  if (q.label != null) {
    out.name = q.label instanceof RegExp ? q.label.source : q.label;
    if (q.label instanceof RegExp) {
      out.flags = q.label.flags;
      out.pattern = true;
    }
    out.label = true;
  }
  if (q.text != null) {
    out.name = q.text instanceof RegExp ? q.text.source : q.text;
    if (q.text instanceof RegExp) {
      out.flags = q.text.flags;
      out.pattern = true;
    } else if (q.exact === undefined) {
      out.exact = false;
    }
    out.text = true;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The page API
// ---------------------------------------------------------------------------------------

export class Page {
  constructor(driver, engine, origin, downloadDir) {
    this.driver = driver;
    this.engine = engine;
    this.origin = origin;
    this.downloadDir = downloadDir;
    this.notes = [];
    this.bidiProblems = [];
  }

  /** Firefox: console errors and script exceptions through WebDriver BiDi. */
  async listenToBidiLogs() {
    try {
      const { default: LogInspector } = await import('selenium-webdriver/bidi/logInspector.js');
      const inspector = await LogInspector(this.driver);
      await inspector.onConsoleEntry((entry) => {
        if (entry.level === 'error') this.bidiProblems.push(`console error: ${entry.text}`);
      });
      await inspector.onJavascriptException((entry) => this.bidiProblems.push(`script error: ${entry.text}`));
      this.bidi = inspector;
    } catch (e) {
      this.notes.push(`no BiDi log: ${e.message}`);
    }
  }

  async quit() {
    try {
      if (this.bidi) await this.bidi.close?.();
    } catch {
      // closing anyway
    }
    await this.driver.quit();
  }

  /** Runs `fn` (a function) in the page with JSON-able or element arguments. */
  js(fn, ...args) {
    return this.driver.executeScript(`return (${fn}).apply(null, arguments);`, ...args);
  }

  async goto(p) {
    await this.driver.get(new URL(p, this.origin).href);
  }

  async reload() {
    await this.driver.navigate().refresh();
  }

  /** Loads the current URL again as a navigation (how a person reopens a page). */
  async softReload() {
    await this.driver.get(await this.driver.getCurrentUrl());
  }

  url() {
    return this.driver.getCurrentUrl();
  }

  /**
   * Polls `check` (async, truthy = done) until it holds; fails with `message` (text, or a
   * function giving the text at that moment) after `timeout`.
   */
  async waitFor(check, message, timeout = WAIT_MS) {
    const until = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        const value = await check();
        if (value) return value;
      } catch (e) {
        last = e;
      }
      if (Date.now() > until) {
        const what = typeof message === 'function' ? message() : message;
        throw new Error(`timed out after ${timeout} ms: ${what}${last ? ` (last error: ${last.message})` : ''}`);
      }
      await sleep(100);
    }
  }

  /** All elements matching `q` now (no waiting). */
  async all(q) {
    return this.driver.executeScript(`return (${FIND}).apply(null, arguments);`, toQuery(q), q.within ?? null);
  }

  /** Waits for the first element matching `q` ({role, name} | {label} | {text} | {css}, within?). */
  async find(q, timeout) {
    return this.waitFor(async () => (await this.all(q))[0], `find ${describeQuery(q)}`, timeout);
  }

  /** Waits until nothing matches `q`. */
  async gone(q, timeout) {
    await this.waitFor(async () => (await this.all(q)).length === 0, `${describeQuery(q)} to disappear`, timeout);
  }

  /** Waits until exactly `n` elements match `q`; returns them. */
  async count(q, n, timeout) {
    let seen = 0;
    return this.waitFor(
      async () => {
        const found = await this.all(q);
        seen = found.length;
        return found.length === n ? found : null;
      },
      () => `${n} × ${describeQuery(q)} (saw ${seen})`,
      timeout,
    );
  }

  /**
   * Clicks an element (or the first match of a query) the way a user does; a radio or
   * checkbox styled away inside its label is clicked through its label.
   */
  async click(target) {
    const el = target?.getId ? target : await this.find(target);
    const clickable = await this.js(
      (node) => {
        const shown = node.checkVisibility ? node.checkVisibility() : node.getBoundingClientRect().width > 0;
        const it = !shown && node.labels && node.labels.length ? node.labels[0] : node;
        it.scrollIntoView({ block: 'center', inline: 'nearest' });
        return it;
      },
      el,
    );
    if (this.engine === 'firefox') {
      // A tap: geckodriver turns a touch pointer into touch events, as on a tablet.
      // (WebKitWebDriver turns it into mouse events, so there it is a click.)
      const finger = new Pointer('finger', Pointer.Type.TOUCH);
      await this.driver.actions().insert(finger, finger.move({ origin: clickable }), finger.press(), finger.release()).perform();
    } else {
      await clickable.click();
    }
    return el;
  }

  /** Replaces the value of a text field found by `q` (or given) with `text`, by typing. */
  async fill(target, text) {
    const el = target?.getId ? target : await this.find(target);
    await this.js((node) => node.scrollIntoView({ block: 'center' }), el);
    await el.clear();
    if (text) await el.sendKeys(text);
    return el;
  }

  /** Chooses the option with `value` in a <select>. */
  async select(target, value) {
    const el = target?.getId ? target : await this.find(target);
    const option = await this.waitFor(
      async () => (await this.js((s, v) => [...s.options].find((o) => o.value === v) || null, el, value)),
      `option ${value}`,
    );
    await this.js((node) => node.scrollIntoView({ block: 'center' }), el);
    await option.click();
    await this.waitFor(async () => (await this.js((s) => s.value, el)) === value, `select ${value}`);
  }

  async value(el) {
    return this.js((node) => node.value, el);
  }

  async checked(el) {
    return this.js((node) => node.checked, el);
  }

  async textOf(el) {
    return this.js((node) => node.innerText.replace(/\s+/g, ' ').trim(), el);
  }

  /** Waits until the element's (or the page's) visible text contains `expected` (string or RegExp). */
  async expectText(expected, el = null, timeout) {
    let last = '';
    await this.waitFor(
      async () => {
        last = await this.js((node) => (node || document.body).innerText.replace(/\s+/g, ' ').trim(), el);
        return expected instanceof RegExp ? expected.test(last) : last.includes(expected);
      },
      () => `text ${expected} (saw: ${last.slice(0, 300)})`,
      timeout,
    );
  }

  /**
   * Waits for the app to have rendered a page with exactly one <h1> (matching `h1`: string =
   * whole text, RegExp = a match) and its main landmark.
   */
  async waitH1(h1) {
    let seen = '';
    await this.waitFor(
      async () => {
        const state = await this.js(() => ({
          ready: document.documentElement.dataset.app === 'ready',
          h1s: [...document.querySelectorAll('h1')].map((h) => h.textContent.replace(/\s+/g, ' ').trim()),
          main: !!document.querySelector('main#inhoud'),
        }));
        seen = JSON.stringify(state);
        if (!state.ready || !state.main || state.h1s.length !== 1) return false;
        if (h1 == null) return true;
        return h1 instanceof RegExp ? h1.test(state.h1s[0]) : state.h1s[0] === h1;
      },
      () => `one <h1> ${h1 ?? ''} (saw ${seen})`,
    );
  }

  async gotoAndWait(p, h1) {
    await this.goto(p);
    await this.waitH1(h1);
  }

  /** The save status in the header says "Opgeslagen". */
  async saved() {
    await this.waitFor(
      async () => (await this.all({ role: 'status', name: 'Opgeslagen', visible: false })).length > 0,
      'the save status "Opgeslagen"',
    );
  }

  /**
   * What went wrong in the page so far: the probe's records (console errors, script errors,
   * failed loads, CSP violations, requests to other origins), requests to other origins in
   * this document's resource timing, and (Firefox) BiDi console errors. Empties the lists.
   */
  async problems() {
    const found = await this.js(() => {
      const key = '__webdriver_problems';
      let list = [];
      try {
        list = JSON.parse(sessionStorage.getItem(key) || '[]');
        sessionStorage.removeItem(key);
      } catch {
        list = ['sessionStorage unreadable'];
      }
      const foreign = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /^(https?|wss?):/.test(n) && new URL(n).origin !== location.origin)
        .map((n) => `request to another origin: ${n}`);
      return { list, foreign, probe: !!window.__webdriverProbe };
    });
    const out = [...found.list, ...found.foreign, ...this.bidiProblems];
    if (!found.probe && this.expectProbe) out.push('the error probe is not in this page');
    this.bidiProblems = [];
    return [...new Set(out)];
  }

  /** Fails when problems() is not empty. */
  async assertClean(where) {
    const problems = await this.problems();
    if (problems.length) throw new Error(`problems ${where}:\n  ${problems.join('\n  ')}`);
  }
}
