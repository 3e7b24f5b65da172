#!/usr/bin/env node
// Runs the core journeys (journeys.mjs) in WebKit and Firefox through W3C WebDriver
// (selenium-webdriver; Playwright cannot drive Debian's WebKitGTK or Firefox ESR builds).
// Serves the release build with scripts/serve.mjs behind the probe proxy (proxy.mjs), starts
// each engine's driver, gives every journey a fresh session at 820×1180, and prints per
// engine how many journeys ran and passed. Exit status 1 on any failure.
//
// Usage: node tests/webdriver/run.mjs [--engine webkit|firefox]... [--only TEXT] [--dist dist]
// Ports: E2E_PORT (default 4173) + 2 … + 8; Playwright's two servers use E2E_PORT and + 1.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, startDriver, openSession, tempDir, removeDir } from './harness.mjs';
import { startProxy } from './proxy.mjs';
import { JOURNEYS } from './journeys.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]] : []));
const engines = option('--engine').length ? option('--engine') : Object.keys(ENGINES);
const only = option('--only')[0];
const dist = option('--dist')[0] || 'dist';
const base = Number(process.env.E2E_PORT || 4173);
// firefox + 1: geckodriver's WebDriver BiDi socket.
const PORTS = { serve: base + 2, proxy: base + 3, offline: base + 4, webkit: base + 5, firefox: base + 6, offlineServe: base + 8, held: base + 9 };
const JOURNEY_TIMEOUT_MS = 180_000;
const FAILURES = path.join(REPO, 'test-results', 'webdriver');

for (const e of engines) if (!ENGINES[e]) throw new Error(`unknown engine ${e}`);

// Everything started here stops when the runner ends, however it ends.
const running = new Set();
const stopAll = () => {
  for (const r of running) {
    try {
      r.stop();
    } catch {
      // already gone
    }
  }
  running.clear();
};
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

/** Fails when something already listens on `port` (a leftover would answer for us). */
function assertFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`port ${port} is already in use; set E2E_PORT to a free range`)));
    probe.listen(port, '127.0.0.1', () => probe.close(resolve));
  });
}

function startServer(port) {
  const child = spawn(process.execPath, [path.join(REPO, 'scripts/serve.mjs'), path.resolve(REPO, dist), String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const entry = { stop: () => child.kill() };
  running.add(entry);
  child.on('exit', () => running.delete(entry));
  return child;
}

async function waitUntilServing(url) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server at ${url}`);
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

for (const port of [PORTS.serve, PORTS.proxy, PORTS.offline, PORTS.offlineServe, PORTS.held, ...engines.map((e) => PORTS[e])]) {
  await assertFree(port);
}
const server = startServer(PORTS.serve);
await waitUntilServing(`http://127.0.0.1:${PORTS.serve}/`);
const proxy = await startProxy(PORTS.proxy, PORTS.serve);
const origin = `http://127.0.0.1:${PORTS.proxy}`;

const summary = [];
let failed = 0;
try {
  for (const engine of engines) {
    const home = tempDir(`wd-${engine}-`);
    const started = Date.now();
    let driver;
    const results = [];
    try {
      driver = await startDriver(engine, PORTS[engine], home);
      running.add(driver);
    } catch (e) {
      console.error(`${engine}: the driver did not start: ${e.message}`);
      failed += 1;
      summary.push(`${ENGINES[engine].label}: driver did not start`);
      removeDir(home);
      continue;
    }
    console.log(`\n${ENGINES[engine].label}`);
    for (const journey of JOURNEYS) {
      if (only && !journey.name.includes(only)) continue;
      // A journey about one engine's own setting (Firefox's WebAssembly switch) runs there only.
      if (journey.engines && !journey.engines.includes(engine)) continue;
      const t0 = Date.now();
      const sessions = [];
      const downloadDir = tempDir(`wd-${engine}-dl-`);
      // WebKit's MiniBrowser saves downloads into its HOME.
      const dlDir = engine === 'webkit' ? home : downloadDir;
      // Where the journey is when it stalls: opening a session (the engine starting) or in
      // the journey itself; a timeout names it.
      let phase = 'opening a session';
      const open = async ({ prefs } = {}) => {
        phase = `opening session ${sessions.length + 1} (the engine starting)`;
        const page = await openSession(engine, driver.url, origin, dlDir, prefs, (p) => sessions.push(p));
        page.expectProbe = true;
        phase = 'in the journey';
        return page;
      };
      // Checks a session and closes it before the journey goes on (one device at a time).
      const finish = async (page) => {
        await page.assertClean(`on the first device of "${journey.name}"`);
        await page.quit();
        sessions.splice(sessions.indexOf(page), 1);
      };
      // A site of its own whose server the journey can stop (the network going off); the
      // probe proxy in front of it stays, so pages still report errors.
      const offline = [];
      const offlineSite = async () => {
        const child = startServer(PORTS.offlineServe);
        offline.push(child);
        await waitUntilServing(`http://127.0.0.1:${PORTS.offlineServe}/`);
        const front = await startProxy(PORTS.offline, PORTS.offlineServe);
        offline.push(front);
        return { origin: `http://127.0.0.1:${PORTS.offline}`, stopServer: () => child.kill() };
      };
      // The same site behind a proxy that holds the participant's wasm back until `release()`
      // (issue 26: answering before the app arrives); with `fail`, its download fails until then.
      const heldSite = async ({ fail = false } = {}) => {
        const front = await startProxy(PORTS.held, PORTS.serve, '/', { hold: /\/(zelftest|checklists)-[0-9a-f]+_bg\.wasm$/, fail });
        offline.push(front);
        return { origin: `http://127.0.0.1:${PORTS.held}`, release: () => front.release() };
      };
      let error = null;
      try {
        await withTimeout(
          (async () => {
            const page = await open();
            await journey.run({ page, open, finish, offlineSite, heldSite, engine, downloadDir: dlDir });
            for (const s of sessions) await s.assertClean(`after "${journey.name}"`);
          })(),
          JOURNEY_TIMEOUT_MS,
          journey.name,
        );
      } catch (e) {
        error = e;
        error.message += `\n    (${phase}; ${sessions.length} session(s) open)`;
        const log = driver.log().trim().split('\n').slice(-15).join('\n      ');
        if (log) error.message += `\n    the driver's last output:\n      ${log}`;
      }
      // What the page showed when the journey failed: its screenshot, address and HTML, in
      // test-results/webdriver/ (the e2e suite's failures sit beside them in test-results/).
      if (error) {
        for (const [i, s] of sessions.entries()) {
          const stem = path.join(FAILURES, `${engine}-${journey.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}-${i + 1}`);
          try {
            mkdirSync(FAILURES, { recursive: true });
            // A stalled engine may not answer these either: 20 s each at most.
            const ask = (what, call) => withTimeout(call(), 20_000, what);
            writeFileSync(`${stem}.png`, await ask('the screenshot', () => s.driver.takeScreenshot()), 'base64');
            const url = await ask('the address', () => s.driver.getCurrentUrl());
            writeFileSync(`${stem}.html`, `<!-- ${url} -->\n${await ask('the HTML', () => s.driver.getPageSource())}`);
            error.message += `\n    (page ${i + 1}: ${path.relative(REPO, stem)}.png and .html)`;
          } catch (e) {
            error.message += `\n    (page ${i + 1}: no screenshot: ${e.message})`;
          }
        }
      }
      for (const s of sessions) {
        try {
          await withTimeout(s.quit(), 30_000, 'closing the session');
        } catch {
          // session already gone
        }
      }
      for (const o of offline) {
        if (o.kill) o.kill();
        else {
          o.close();
          o.closeAllConnections();
        }
      }
      removeDir(downloadDir);
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      const notes = [...new Set(sessions.flatMap((s) => s.notes))];
      results.push({ name: journey.name, ok: !error });
      if (error) {
        failed += 1;
        console.log(`  ✗ ${journey.name} (${seconds} s)\n    ${String(error.stack || error).split('\n').join('\n    ')}`);
      } else {
        console.log(`  ✓ ${journey.name} (${seconds} s)${notes.length ? `\n    note: ${notes.join('; ')}` : ''}`);
      }
    }
    driver.stop();
    running.delete(driver);
    removeDir(home);
    const passed = results.filter((r) => r.ok).length;
    const line = `${ENGINES[engine].label}: ${results.length} journeys ran, ${passed} passed (${((Date.now() - started) / 1000).toFixed(0)} s)`;
    summary.push(line);
  }
} finally {
  proxy.close();
  proxy.closeAllConnections();
  server.kill();
}

console.log(`\n${summary.join('\n')}`);
process.exit(failed ? 1 : 0);
