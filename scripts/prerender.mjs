#!/usr/bin/env node
// Pre-renders the guidance pages of a built app, so their text shows before the wasm has
// loaded: serves <dir>, opens every content route (scripts/routes.mjs: content/pages as the
// Rust build reads them) in headless Chromium, and writes the body the app rendered (and its
// title) into that route's HTML file. The app's mount() clears <body> and renders the same
// route in one go, so it takes over without the content moving. Tool routes (routes.json) get
// only their static part pre-rendered (header, breadcrumb, heading and intro up to the first
// form control), so they paint before their wasm has loaded; their controls come with the app (typing into a
// pre-rendered field before the app runs would be lost). Finally runs scripts/pwa.mjs again
// (CSP and the service worker's precache list and version).
// /zelftest and /checklists also get their answer form after the lead (issue 26): the HTML
// comes from Rust (`cargo run --example answer_first`, src/answer_first.rs), not from the
// browser, with public/answer-first.js inline after it; their loader says when the app could
// not be loaded (`app-mislukt`), so the form can say that the answers are kept.
//
// Usage: node scripts/prerender.mjs <dir> [--base /prefix/]
import { chromium } from '@playwright/test';
import { transform } from 'esbuild';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finish } from './pwa.mjs';
import { appRoutes as toolRoutes, contentRoutes, entries } from './routes.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dir = args[0];
const baseIndex = args.indexOf('--base');
const base = baseIndex >= 0 ? args[baseIndex + 1] : '/';
if (!dir || (baseIndex >= 0 && !base)) {
  console.error('usage: node scripts/prerender.mjs <dir> [--base /prefix/]');
  process.exit(2);
}

/** Starts scripts/serve.mjs on a free port; resolves to {origin, stop}. */
function serve(root, prefix) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO, 'scripts', 'serve.mjs'), root, '0', '--base', prefix], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`serve.mjs stopped (${code})`)));
    child.stdout.on('data', (chunk) => {
      const m = /at (http:\/\/[^/]+)/.exec(String(chunk));
      if (m) resolve({ origin: m[1], stop: () => child.kill('SIGTERM') });
    });
  });
}

// Content routes that show data kept on this device, so they need the app itself.
const NEEDS_APP = new Set(['/voorbeelden']);

/**
 * A guidance page that reads as plain HTML: the wasm loader and its preloads are removed and
 * public/static-page.js (menu, skip link, "verder waar je was", service worker) is added, so
 * a first visit downloads kilobytes instead of the whole app. Links into the tools load the
 * app as usual.
 */
function staticPage(html, route) {
  const next = html
    .replace(/<script type="module">[\s\S]*?<\/script>\s*/i, '')
    .replace(/<link rel="modulepreload"[^>]*>/gi, '')
    .replace(/<link rel="preload"[^>]*application\/wasm"[^>]*>/gi, '')
    .replace('</head>', '<script src="static-page.js" defer></script>\n</head>');
  if (/_bg\.wasm|type="module"/.test(next)) throw new Error(`${route}: the static page still loads the app`);
  return next;
}

/**
 * The route's built page with the rendered body and title written in; `file` is where it
 * lives. Refuses a body with a script (the CSP allows only the loaders' hashes). Leptos's
 * empty text markers (`<!---->`) are left out: they only matter to the live app, which
 * empties the body when it takes over (app::mount), and they cost /zelftest 148 B gzip.
 */
function withRendered(route, rendered, title) {
  const body = rendered.replace(/<!---->/g, '');
  if (/<script\b/i.test(body)) throw new Error(`${route}: the rendered body holds a <script>`);
  const file = path.join(root, ...route.split('/').filter(Boolean), 'index.html');
  const html = readFileSync(file, 'utf8');
  const next = html
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace(/<body([^>]*)>[\s\S]*<\/body>/, (_, attrs) => `<body${attrs}>${body}</body>`);
  if (next === html) throw new Error(`${route}: could not write the rendered page into ${file}`);
  return { file, next };
}

/**
 * Runs in the page: the rendered body without the tool's controls. In the element holding
 * the <h1>, everything from the first child that is or holds a form control on is left out,
 * and so is anything in <main> after that element.
 */
const STATIC_PART = () => {
  const body = document.body.cloneNode(true);
  const main = body.querySelector('main');
  const h1 = main && main.querySelector('h1');
  if (!h1) return null;
  const CONTROL = 'input, select, textarea, button, form, fieldset, details, dialog, [contenteditable], [tabindex]:not(main)';
  let keep = h1;
  for (let node = h1.parentElement; node && node !== main; node = node.parentElement) keep = node;
  const container = h1.parentElement;
  let cut = false;
  for (const child of [...container.children]) {
    if (!cut && (child.matches(CONTROL) || child.querySelector(CONTROL))) cut = true;
    if (cut) child.remove();
  }
  let after = false;
  for (const child of [...main.children]) {
    if (after) child.remove();
    if (child === keep) after = true;
  }
  if (main.querySelector(CONTROL)) return null;
  return body.innerHTML;
};

/**
 * The answer forms by route, from Rust (src/answer_first.rs): the example names each by its
 * bundle (routes.json), and a form goes into that bundle's fixed route.
 */
function answerForms() {
  const out = execFileSync('cargo', ['run', '--quiet', '--example', 'answer_first'], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 26 });
  const forms = JSON.parse(out);
  const byRoute = {};
  for (const [bundle, form] of Object.entries(forms)) {
    const entry = entries().find((e) => e.name === bundle);
    if (!entry || entry.routes.length !== 1) throw new Error(`prerender: answer form for ${bundle}, which is not a bundle with one fixed route`);
    byRoute[entry.routes[0]] = form;
  }
  return byRoute;
}

/**
 * public/answer-first.js minified (esbuild, as scripts/minify.mjs does the glue; ES5 syntax
 * stays ES5, so it also runs in the older browsers that cannot run the app).
 */
async function answerScript() {
  const source = readFileSync(path.join(REPO, 'public', 'answer-first.js'), 'utf8');
  const { code } = await transform(source, { loader: 'js', minify: true, target: 'es2015' });
  return code.trim();
}

/**
 * A tool page with its answer form after the lead paragraph, and a loader that tells the
 * form when the app could not be loaded or run (its download failed, no WebAssembly): the
 * Trunk loader's static import becomes a dynamic one inside try, and a failure dispatches
 * `app-mislukt` (never a timeout: a slow download is not a failure).
 */
function withAnswerForm(route, html, form, script) {
  if (/<script>/.test(script) || /<\/script/i.test(script)) throw new Error('answer-first.js holds a script tag');
  let next = html.replace(/(<p class="lead">[\s\S]*?<\/p>)/, (lead) => `${lead}${form}<script>${script}</script>`);
  if (next === html) throw new Error(`${route}: no lead paragraph to put the answer form after`);
  const loader = /<script type="module">\s*import init, \* as bindings from '([^']+)';([\s\S]*?)<\/script>/;
  const m = loader.exec(next);
  if (!m && next.includes("new Event('app-mislukt')")) return next;
  if (!m) throw new Error(`${route}: no Trunk loader to watch`);
  const body = `const bindings = await import('${m[1]}');\nconst init = bindings.default;${m[2].trimEnd()}`;
  next = next.replace(loader, () => `<script type="module">\ntry {\n${body}\n} catch (error) {\ndispatchEvent(new Event('app-mislukt'));\nthrow error;\n}\n</script>`);
  // The wasm and its glue still download at once, but after what the form needs: on a shared
  // link the stylesheet came in with twenty wasm downloads and the form painted later
  // (scripts/bench-room.mjs: 10 tablets on 4 Mbit/s, first paint 1.74× → 0.98× the static
  // page's for /zelftest, 2.38× → 1.01× for a checklist link).
  const preloads = /<link rel="(modulepreload|preload)" (?!fetchpriority)/g;
  if (!preloads.test(next)) throw new Error(`${route}: no preload of the app to put after the form`);
  return next.replace(preloads, (_, rel) => `<link rel="${rel}" fetchpriority="low" `);
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const root = path.resolve(dir);
const forms = answerForms();
const script = await answerScript();
const prefix = '/' + base.split('/').filter(Boolean).join('/') + (base === '/' ? '' : '/');
const server = await serve(root, prefix);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
let failed = false;
try {
  // No service worker and no stored data: every page as a first visitor sees it.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 820, height: 1180 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    failed = true;
    console.error(`prerender: page error: ${e.message}`);
  });
  for (const route of contentRoutes()) {
    await page.goto(server.origin + prefix + route.replace(/^\//, ''));
    await page.waitForSelector('html[data-app="ready"] main h1');
    const { body, title } = await page.evaluate(() => ({ body: document.body.innerHTML, title: document.title }));
    const { file, next } = withRendered(route, body, title);
    writeFileSync(file, NEEDS_APP.has(route) ? next : staticPage(next, route));
    console.log(`prerender: ${prefix}${route.replace(/^\//, '')} → ${path.relative(root, file)} (${title})`);
  }
  // The tools: only their static part, and they keep loading their app.
  for (const route of toolRoutes()) {
    await page.goto(server.origin + prefix + route.replace(/^\//, ''));
    await page.waitForSelector('html[data-app="ready"] main h1');
    const body = await page.evaluate(STATIC_PART);
    const title = await page.title();
    if (!body) throw new Error(`${route}: no static part (an <h1> before any control) to pre-render`);
    const rendered = withRendered(route, body, title);
    const { file } = rendered;
    const next = forms[route] ? withAnswerForm(route, rendered.next, forms[route], script) : rendered.next;
    if (!/<script type="module">/.test(next)) throw new Error(`${route}: the tool page lost its app loader`);
    writeFileSync(file, next);
    console.log(`prerender: ${prefix}${route.replace(/^\//, '')} → ${path.relative(root, file)} (static part; ${title})`);
  }
  await context.close();
} finally {
  await browser.close();
  server.stop();
}
if (failed) process.exit(1);
const { version, files } = finish(root);
console.log(`prerender: ${dir}: sw.js version ${version} precaches ${files.length} files`);
