#!/usr/bin/env node
// Minifies Trunk's hashed outputs in a combined build with esbuild, and rewrites their
// Subresource Integrity in every HTML file:
//  - the wasm-bindgen JS glue of each entry (`<bin>-<hash>.js`), as an ES module, so the
//    names the loaders import (`init`, `* as bindings`) stay;
//  - the hashed stylesheet (`styles-<hash>.css`).
// Not Trunk's own --minify: that also minifies the HTML into unquoted attributes, which
// scripts/entries.mjs, scripts/prerender.mjs and scripts/pwa.mjs parse. The other scripts
// are left as they are (docs/size.md has what minifying them would save): sw.js is a template
// pwa.mjs fills in, jsQR.js the npm package's file kept byte for byte, and static-page.js and
// scanner.js are no part of a tool route's load. Finally runs scripts/pwa.mjs (the service
// worker's version hashes every file, and the CSP hashes the inline scripts). Each minified
// file is renamed after its new bytes, so a name always stands for one content. Idempotent: a
// minified file is kept as it is, and so is its name.
//
// Usage: node scripts/minify.mjs <dist>
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { finish, listFiles } from './pwa.mjs';

/**
 * Trunk's hashed file names: `<name>-<hash>.js` and `.css` (not `_bg.wasm`). The hash is a
 * 64-bit number in hex without leading zeros, so 1 to 16 digits. Every .js and .css a page
 * loads with an integrity attribute must have been minified here (checkIntegrity).
 */
const HASHED = /^[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*-[0-9a-f]{1,16}\.(js|css)$/;

/**
 * The browsers esbuild writes syntax for (it uses nothing they lack, lowers what the input
 * uses beyond them and fails when it cannot). Trunk's loader awaits at the top level of a
 * module script, so no older browser runs the app at all.
 */
const TARGET = ['chrome89', 'edge89', 'firefox89', 'safari15'];

const sri = (buf) => `sha384-${createHash('sha384').update(buf).digest('base64')}`;

/**
 * Minifies `file` (js or css) in place; returns its size before and after. Keeps the file when
 * esbuild's output is not smaller: a minified file comes back the same size with its locals
 * renamed differently, so a second run changes nothing.
 */
async function minifyFile(file, kind) {
  const source = readFileSync(file, 'utf8');
  const { code, warnings } = await transform(source, {
    loader: kind,
    minify: true,
    target: TARGET,
    // The glue is an ES module: keep its exports and import.meta.
    ...(kind === 'js' ? { format: 'esm' } : {}),
    // Non-ASCII as it was (the stylesheet's "›", "·"), not as escapes: a stylesheet without
    // @charset is read in its page's encoding, UTF-8.
    charset: 'utf8',
    sourcefile: path.basename(file),
  });
  for (const w of warnings) console.warn(`minify: ${path.basename(file)}: ${w.text}`);
  const before = Buffer.byteLength(source);
  const after = Buffer.byteLength(code);
  if (after >= before) return { before, after: before };
  writeFileSync(file, code);
  return { before, after };
}

/**
 * Sets the integrity of every tag in `html` whose href or src names one of `hashes`' files
 * (by base name: the hashed files live at the build's root, under any public URL).
 */
export function withIntegrity(html, hashes) {
  return html.replace(/<(?:link|script)\b[^>]*>/gi, (tag) => {
    const ref = /\b(?:href|src)="([^"]*)"/.exec(tag)?.[1];
    const name = ref && ref.split(/[?#]/)[0].split('/').pop();
    if (!name || !hashes.has(name) || !/\bintegrity="/.test(tag)) return tag;
    return tag.replace(/\bintegrity="[^"]*"/, `integrity="${hashes.get(name)}"`);
  });
}

/**
 * Every integrity attribute in the HTML files of `root` against the file it names, so a
 * stale hash (the browser would refuse the file) fails the build instead of the page.
 */
function checkIntegrity(root, htmlFiles, minified) {
  const bad = [];
  for (const file of htmlFiles) {
    const html = readFileSync(path.join(root, file), 'utf8');
    for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*\bintegrity="[^"]*"[^>]*>/gi)) {
      const ref = /\b(?:href|src)="([^"]*)"/.exec(tag)?.[1];
      const want = /\bintegrity="([^"]*)"/.exec(tag)[1];
      const name = ref && ref.split(/[?#]/)[0].split('/').pop();
      let got = null;
      try {
        got = sri(readFileSync(path.join(root, name)));
      } catch {
        bad.push(`${file}: ${ref} is not in the build`);
        continue;
      }
      if (!want.startsWith('sha384-')) bad.push(`${file}: ${ref}: ${want.split('-')[0]} (expected sha384)`);
      else if (got !== want) bad.push(`${file}: ${ref}: integrity does not match the file`);
      else if (/\.(js|css)$/.test(name) && !minified.has(name)) bad.push(`${file}: ${ref} was not minified`);
    }
  }
  if (bad.length) throw new Error(`minify: Subresource Integrity:\n  ${bad.join('\n  ')}`);
}

/**
 * The name of a minified file: Trunk's stem with a hash of the bytes it now holds, so a name
 * always stands for one content (a host may cache these files as immutable) and a second
 * run, which keeps the bytes, keeps the name.
 */
function contentName(name, bytes) {
  const m = /^(.*)-[0-9a-f]{1,16}\.(js|css)$/.exec(name);
  return `${m[1]}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${m[2]}`;
}

export async function minify(dist) {
  const root = path.resolve(dist);
  const hashes = new Map();
  const renamed = new Map();
  const sizes = [];
  for (const name of readdirSync(root).sort()) {
    const m = HASHED.exec(name);
    if (!m) continue;
    const { before, after } = await minifyFile(path.join(root, name), m[1]);
    const bytes = readFileSync(path.join(root, name));
    const final = contentName(name, bytes);
    if (final !== name) {
      renameSync(path.join(root, name), path.join(root, final));
      renamed.set(name, final);
    }
    hashes.set(final, sri(bytes));
    sizes.push(`${final} ${before} → ${after} B`);
  }
  if (!hashes.size) throw new Error(`minify: no hashed .js or .css of Trunk in ${dist}`);
  const htmlFiles = listFiles(root).filter((f) => f.endsWith('.html'));
  for (const file of htmlFiles) {
    const p = path.join(root, file);
    const html = readFileSync(p, 'utf8');
    // The new names everywhere the page names the files: links, Trunk's loader, the 404
    // page's dispatcher (pwa.mjs then writes the CSP hashes of the changed inline scripts).
    let next = html;
    for (const [from, to] of renamed) next = next.split(from).join(to);
    next = withIntegrity(next, hashes);
    if (next !== html) writeFileSync(p, next);
  }
  checkIntegrity(root, htmlFiles, hashes);
  return { sizes, ...finish(root) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dist] = process.argv.slice(2);
  if (!dist) {
    console.error('usage: node scripts/minify.mjs <dist>');
    process.exit(2);
  }
  let result;
  try {
    result = await minify(dist);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
  const { sizes, version } = result;
  console.log(`minify: ${dist}: ${sizes.join('; ')}; integrity rewritten; sw.js version ${version}`);
}
