#!/usr/bin/env node
// Derives the sub-path site (dist-sub/, served under e.g. /samenwerkingswijzer/) from the
// finished root site (dist/) without compiling again. The two builds differed only where
// Trunk, scripts/entries.mjs and the pre-rendered app write the public URL, all of it in the
// HTML files (docs/size.md, "One build, two sites"):
//  - `<base href="/">` and every root-absolute href or src in the markup: Trunk's
//    stylesheet, icon, modulepreload and preload links, and the links the app rendered into
//    the pre-rendered pages (header, menu, cards, breadcrumb);
//  - in the inline scripts, the quoted paths of built files: Trunk's loader (the glue it
//    imports, the wasm it instantiates) and the 404 page's dispatcher (the same, plus the
//    tools' stylesheet link it inserts);
//  - then the CSP hashes of those changed inline scripts, and sw.js's version (a hash of
//    every file), by scripts/pwa.mjs.
// Everything else is the same bytes in both: the hashed .js/.wasm/.css (wasm-bindgen,
// wasm-opt and esbuild do not see the public URL), the manifest (relative URLs), sw.js's
// precache list (relative to its scope) and the scripts that resolve paths against
// document.baseURI or the worker's scope at run time (static-page.js, scanner.js, the app).
// Finally checks the result (check below) and fails when a root-absolute path is left.
//
// Usage: node scripts/subpath.mjs <from> <to> <base>   (base like /samenwerkingswijzer/)
//        node scripts/subpath.mjs --check <dir> <base>
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finish, listFiles } from './pwa.mjs';

/** A base path this script can write into HTML attributes and JS strings as it is. */
const BASE = /^\/(?:[A-Za-z0-9._~-]+\/)+$/;

/** Inline scripts (no src): their body is JS, rewritten by other rules than the markup. */
const INLINE_SCRIPT = /(<script\b(?![^>]*\bsrc\s*=)[^>]*>)([\s\S]*?)(<\/script>)/gi;

/** Attributes that hold a URL. */
const URL_ATTR = /(\s(?:href|src|action|formaction|poster)\s*=\s*["'])\/(?!\/)/gi;

/** A quoted root-absolute path in JS: the quote and the path (up to ?, # or the quote). */
const QUOTED_PATH = /(["'`])\/(?!\/)([^"'`?#\s]*)/g;

/** The files of a build, as root-absolute paths ("/styles-….css", "/icons/icon.svg"). */
function builtFiles(root) {
  return new Set(listFiles(root).map((f) => `/${f}`));
}

/**
 * One HTML file of the root site as the sub-path site serves it. `files` are the build's
 * files as root-absolute paths: in a script only a quoted path naming one of them is
 * rewritten (a string "/" or "/zelftest" in a script may be anything).
 */
export function rebaseHtml(html, base, files) {
  const prefix = base.slice(0, -1); // "/samenwerkingswijzer"
  let out = '';
  let last = 0;
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    out += html.slice(last, m.index).replace(URL_ATTR, `$1${base}`);
    const body = m[2].replace(QUOTED_PATH, (all, quote, rest) => (files.has(`/${rest}`) ? `${quote}${prefix}/${rest}` : all));
    out += m[1] + body + m[3];
    last = m.index + m[0].length;
  }
  return out + html.slice(last).replace(URL_ATTR, `$1${base}`);
}

/**
 * Every root-absolute path in `dir` that does not carry `base`; [] when there is none:
 *  - HTML: `<base href>` other than base; any href/src/… in the markup starting with "/"
 *    but not with base; a quoted path in an inline script naming a built file;
 *  - every other text file (.js, .css, .json, .webmanifest, .svg, .txt): a quoted or url()
 *    path naming a built file. Their route strings ("/zelftest") are the app's and
 *    static-page.js's, prefixed at run time with document.baseURI's path, so only paths of
 *    files count. The .wasm is not read: the app builds every URL from its base at run time.
 */
export function check(dir, base) {
  const root = path.resolve(dir);
  const files = builtFiles(root);
  // Under the root every root-absolute path is right; a quoted path under `base` is no file.
  const inBuild = (p) => base !== '/' && files.has(p);
  const bad = [];
  for (const rel of listFiles(root)) {
    const ext = path.extname(rel);
    if (!['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt'].includes(ext)) continue;
    const text = readFileSync(path.join(root, rel), 'utf8');
    const report = (what) => bad.push(`${rel}: ${what}`);
    if (ext === '.html') {
      const bases = [...text.matchAll(/<base\b[^>]*\bhref="([^"]*)"/gi)].map((m) => m[1]);
      if (bases.length !== 1 || bases[0] !== base) report(`<base href> is ${JSON.stringify(bases)}, not ${base}`);
      const scripts = [];
      const markup = text.replace(INLINE_SCRIPT, (_, open, body) => {
        scripts.push(body);
        return open;
      });
      for (const m of markup.matchAll(/\s(href|src|action|formaction|poster)\s*=\s*["'](\/(?!\/)[^"']*)/gi)) {
        if (!m[2].startsWith(base)) report(`${m[1]}="${m[2]}"`);
      }
      for (const body of scripts) {
        for (const m of body.matchAll(QUOTED_PATH)) {
          if (inBuild(`/${m[2]}`)) report(`script: ${m[1]}/${m[2]}`);
        }
      }
    } else {
      for (const m of text.matchAll(/(?:["'`]|url\(\s*["']?)\/(?!\/)([^"'`?#\s)]*)/g)) {
        if (inBuild(`/${m[1]}`)) report(`/${m[1]}`);
      }
    }
  }
  return bad;
}

/** Copies the root site `from` to `to` and rewrites it for `base`; returns pwa.mjs's result. */
export function derive(from, to, wanted) {
  // "/a/b", "a/b/" and "/a/b/" are one base, as for Trunk's --public-url.
  const base = `/${wanted.split('/').filter(Boolean).join('/')}/`;
  if (!BASE.test(base)) throw new Error(`subpath: the base must be like /a/ or /a/b/, not ${JSON.stringify(wanted)}`);
  const src = path.resolve(from);
  const dst = path.resolve(to);
  if (!existsSync(path.join(src, 'index.html')) || !statSync(src).isDirectory()) {
    throw new Error(`subpath: ${from} is not a built site (no index.html)`);
  }
  const before = check(src, '/');
  if (before.length) throw new Error(`subpath: ${from} is not a root build:\n  ${before.slice(0, 10).join('\n  ')}`);
  rmSync(dst, { recursive: true, force: true });
  cpSync(src, dst, { recursive: true, preserveTimestamps: true });
  const files = builtFiles(dst);
  for (const rel of listFiles(dst).filter((f) => f.endsWith('.html'))) {
    const p = path.join(dst, rel);
    const html = readFileSync(p, 'utf8');
    const next = rebaseHtml(html, base, files);
    if (next !== html) writeFileSync(p, next);
  }
  const result = finish(dst);
  const left = check(dst, base);
  if (left.length) throw new Error(`subpath: ${to} still names paths without ${base}:\n  ${left.join('\n  ')}`);
  return { base, ...result };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  try {
    if (args[0] === '--check' && args.length === 3) {
      const bad = check(args[1], args[2]);
      if (bad.length) throw new Error(`subpath: ${args[1]} names paths without ${args[2]}:\n  ${bad.join('\n  ')}`);
      console.log(`subpath: ${args[1]}: every path carries ${args[2]}`);
    } else if (args.length === 3 && !args[0].startsWith('-')) {
      const { base, version, files } = derive(...args);
      console.log(`subpath: ${args[1]} from ${args[0]} under ${base}; sw.js version ${version} precaches ${files.length} files`);
    } else {
      console.error('usage: node scripts/subpath.mjs <from> <to> <base> | --check <dir> <base>');
      process.exit(2);
    }
  } catch (e) {
    console.error(e.message);
    // Not process.exit: it could cut a long list short on a pipe.
    process.exitCode = 1;
  }
}
