#!/usr/bin/env node
// Measures the size of a built app: every file raw and gzipped (-9), and what a first
// visit to "/" downloads (index.html plus the .js, .wasm and .css it references).
// Checks the first-visit size against a budget. No dependencies.
//
// Usage: node scripts/bench-size.mjs [dir=dist] [--budget-kb N] [--json out.json]
//   KB = 1000 bytes. Exit 1 when the first visit (gzipped) is over the budget.

import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync, constants } from 'node:zlib';

function usage(message) {
  if (message) console.error(`bench-size: ${message}`);
  console.error('usage: node scripts/bench-size.mjs [dir=dist] [--budget-kb N] [--json out.json]');
  process.exit(2);
}

const args = process.argv.slice(2);
let dir = 'dist';
let budgetKb = null;
let jsonOut = null;
const positional = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const value = () => {
    if (i + 1 >= args.length) usage(`${a} needs a value`);
    return args[++i];
  };
  if (a === '--budget-kb') budgetKb = Number(value());
  else if (a.startsWith('--budget-kb=')) budgetKb = Number(a.split('=')[1]);
  else if (a === '--json') jsonOut = value();
  else if (a.startsWith('--json=')) jsonOut = a.slice('--json='.length);
  else if (a === '-h' || a === '--help') usage();
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else positional.push(a);
}
if (positional.length > 1) usage('too many arguments');
if (positional[0]) dir = positional[0];
if (budgetKb !== null && !(budgetKb > 0)) usage('--budget-kb needs a positive number');

const root = path.resolve(dir);
if (!existsSync(root) || !statSync(root).isDirectory()) {
  console.error(`bench-size: ${dir} is not a directory (build the app first)`);
  process.exit(2);
}

const gz = (buf) => gzipSync(buf, { level: constants.Z_BEST_COMPRESSION }).length;

function walk(d) {
  const out = [];
  for (const entry of readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (entry.isFile()) out.push(p);
  }
  return out;
}

const files = walk(root)
  .map((p) => {
    const buf = readFileSync(p);
    return { path: path.relative(root, p).split(path.sep).join('/'), raw: buf.length, gzip: gz(buf) };
  })
  .sort((a, b) => a.path.localeCompare(b.path));
const byPath = new Map(files.map((f) => [f.path, f]));

// --- first visit: index.html and the assets it references ------------------------------
const indexPath = path.join(root, 'index.html');
if (!existsSync(indexPath)) {
  console.error(`bench-size: ${dir}/index.html is missing`);
  process.exit(2);
}
const html = readFileSync(indexPath, 'utf8');

// src=/href= attributes, and quoted strings inside inline scripts (Trunk's loader imports
// the JS glue and passes the .wasm path as string literals).
const refs = new Set();
const ASSET = /\.(?:m?js|wasm|css)$/i;
for (const m of html.matchAll(/\b(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
  refs.add(m[1] ?? m[2] ?? m[3]);
}
for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
  for (const s of m[1].matchAll(/(["'`])([^"'`\s]+?)\1/g)) refs.add(s[2]);
}

const missing = [];
const firstVisit = new Map([['index.html', byPath.get('index.html')]]);
for (const ref of refs) {
  const clean = ref.split(/[?#]/)[0];
  if (!ASSET.test(clean)) continue;
  if (/^[a-z][a-z0-9+.-]*:/i.test(clean) || clean.startsWith('//')) {
    missing.push(`${ref} (another origin: not counted)`);
    continue;
  }
  // Absolute paths may carry the public URL prefix (e.g. /samenwerkingswijzer/): try the
  // path as it is, then with leading segments removed.
  let rel = clean.startsWith('/') ? clean.slice(1) : clean.replace(/^\.\//, '');
  let found = null;
  for (;;) {
    const normal = path.posix.normalize(decodeURIComponent(rel));
    if (byPath.has(normal)) {
      found = normal;
      break;
    }
    const slash = rel.indexOf('/');
    if (slash < 0) break;
    rel = rel.slice(slash + 1);
  }
  if (found) firstVisit.set(found, byPath.get(found));
  else missing.push(`${ref} (not in ${dir})`);
}

const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
const fv = [...firstVisit.values()];
const totals = { raw: sum(files, 'raw'), gzip: sum(files, 'gzip') };
const first = { raw: sum(fv, 'raw'), gzip: sum(fv, 'gzip') };

// --- report -------------------------------------------------------------------------------
const num = (n) => n.toLocaleString('en-US');
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const width = Math.max(30, ...files.map((f) => f.path.length)) + 2;
const line = (a, b, c) => `${a.padEnd(width)}${b.padStart(12)}${c.padStart(12)}`;

console.log(`Sizes of ${dir}/ (gzip -9; KB = 1000 bytes)\n`);
console.log(line('file', 'raw B', 'gzip B'));
console.log('-'.repeat(width + 24));
for (const f of files) console.log(line(f.path, num(f.raw), num(f.gzip)));
console.log('-'.repeat(width + 24));
console.log(line(`all ${files.length} files`, num(totals.raw), num(totals.gzip)));
console.log('\nFirst visit to "/":');
for (const f of fv) console.log(line(`  ${f.path}`, num(f.raw), num(f.gzip)));
console.log(line('  total', num(first.raw), num(first.gzip)));
console.log(`  = ${kb(first.raw)} raw, ${kb(first.gzip)} gzipped`);
for (const m of missing) console.log(`  note: referenced but not counted: ${m}`);

let over = false;
if (budgetKb !== null) {
  const budget = budgetKb * 1000;
  over = first.gzip > budget;
  if (over) {
    console.error(
      `\nbench-size: OVER BUDGET: the first visit downloads ${kb(first.gzip)} gzipped, ` +
        `${kb(first.gzip - budget)} more than the budget of ${budgetKb} KB.`,
    );
  } else {
    console.log(`\nWithin budget: ${kb(first.gzip)} gzipped of ${budgetKb} KB (${kb(budget - first.gzip)} to spare).`);
  }
}

if (jsonOut) {
  const report = {
    dir,
    measuredAt: new Date().toISOString(),
    unit: 'bytes; gzip at level 9',
    files,
    total: totals,
    firstVisit: { files: fv.map((f) => f.path), ...first },
    notCounted: missing,
    budget: budgetKb === null ? null : { kb: budgetKb, bytes: budgetKb * 1000, over },
  };
  writeFileSync(jsonOut, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nWrote ${jsonOut}`);
}

process.exit(over ? 1 : 0);
