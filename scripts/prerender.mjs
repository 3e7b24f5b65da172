#!/usr/bin/env node
// Pre-renders the guidance pages of a built app, so their text shows before the wasm has
// loaded: writes into every content route's HTML file (scripts/routes.mjs: content/pages as
// the Rust build reads them) the body the app renders there, and its title. No browser: the app's own views are rendered to HTML
// natively by Leptos (`cargo run --features ssr --example prerender`, `app::render` in
// src/app.rs: the same shell, layout and pages, for a first visitor with nothing stored).
// The app's mount() clears <body> and renders the same route in one go, so it takes over
// without the content moving. Tool routes (routes.json) get only their static
// part pre-rendered (header, breadcrumb, heading and intro up to the first form control), so
// they paint before their wasm has loaded; their controls come with the app (typing into a
// pre-rendered field before the app runs would be lost). Finally runs scripts/pwa.mjs again
// (CSP and the service worker's precache list and version).
// /zelftest and /checklists also get their answer form after the lead (issue 26): the HTML
// comes from Rust (`cargo run --example answer_first`, src/answer_first.rs), with public/answer-first.js inline after it; their loader says when the app could
// not be loaded (`app-mislukt`), so the form can say that the answers are kept.
//
// The pages are rendered for the root of a host; scripts/subpath.mjs writes a sub-path's base
// into them.
//
// Usage: node scripts/prerender.mjs <dir>
import { transform } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finish } from './pwa.mjs';
import { appRoutes as toolRoutes, contentRoutes, entries } from './routes.mjs';
import { staticPart } from './static-part.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dir = args[0];
if (!dir || args.length > 1) {
  console.error('usage: node scripts/prerender.mjs <dir>');
  process.exit(2);
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
 * lives. Refuses a body with a script (the CSP allows only the loaders' hashes).
 */
function withRendered(route, body, title) {
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
 * The app's rendering of `routes`, by route: {title, body}, from Rust (`app::render`, through
 * examples/prerender.rs). Leptos's markers for hydration (`<!>`, `<!--<() />-->`) are left
 * out: nothing hydrates this HTML (the app empties the body when it takes over, app::mount),
 * and they would cost bytes. Any other comment fails the build: the app renders none.
 */
function rendered(routes) {
  const out = execFileSync('cargo', ['run', '--quiet', '--features', 'ssr', '--example', 'prerender', '--', ...routes], {
    cwd: REPO,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const pages = JSON.parse(out);
  for (const route of routes) {
    const page = pages[route];
    if (!page) throw new Error(`${route}: not rendered`);
    page.body = page.body.replace(/<!>|<!--<\(\) \/>-->/g, '');
    if (page.body.includes('<!--')) throw new Error(`${route}: the rendered body holds a comment Leptos does not write`);
    if (/<h1>Pagina niet gevonden<\/h1>/.test(page.body)) throw new Error(`${route}: the app has no page here`);
  }
  return pages;
}

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
const pages = rendered([...contentRoutes(), ...toolRoutes()]);
for (const route of contentRoutes()) {
  const { body, title } = pages[route];
  const { file, next } = withRendered(route, body, title);
  writeFileSync(file, NEEDS_APP.has(route) ? next : staticPage(next, route));
  console.log(`prerender: ${route} → ${path.relative(root, file)} (${title})`);
}
// The tools: only their static part, and they keep loading their app.
for (const route of toolRoutes()) {
  const { title } = pages[route];
  const body = staticPart(pages[route].body);
  if (!body) throw new Error(`${route}: no static part (an <h1> before any control) to pre-render`);
  const rendered = withRendered(route, body, title);
  const { file } = rendered;
  const next = forms[route] ? withAnswerForm(route, rendered.next, forms[route], script) : rendered.next;
  if (!/<script type="module">/.test(next)) throw new Error(`${route}: the tool page lost its app loader`);
  writeFileSync(file, next);
  console.log(`prerender: ${route} → ${path.relative(root, file)} (static part; ${title})`);
}
const { version, files } = finish(root);
console.log(`prerender: ${dir}: sw.js version ${version} precaches ${files.length} files`);
