// The sub-path site is derived from the root site (scripts/subpath.mjs), not compiled again:
// these read the two build directories (no browser) and check that dist-sub/ is dist/ with
// the base written into every path that needs it. subpath.spec.mjs and the sub-path tests
// of entries, guidance and pwa walk the derived site in the browser.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, SUB_BASE } from './helpers.mjs';
import { check, rebaseHtml } from '../../scripts/subpath.mjs';
import { listFiles } from '../../scripts/pwa.mjs';

const DIST = path.join(REPO_ROOT, 'dist');
const SUB = path.join(REPO_ROOT, 'dist-sub');

test('no file of dist-sub names a root-absolute path without the base', () => {
  expect(check(SUB, SUB_BASE)).toEqual([]);
  // The check sees what the rewrite is for: against the base, the root site fails it in
  // every HTML file, with its <base>, its links and its loaders' imports.
  const bad = check(DIST, SUB_BASE);
  const html = listFiles(DIST).filter((f) => f.endsWith('.html'));
  for (const file of html) expect(bad.some((b) => b.startsWith(`${file}: <base href>`)), file).toBe(true);
  expect(bad).toContainEqual(expect.stringMatching(/^404\.html: script: '\/zelftest-[0-9a-f]+\.js$/));
  expect(bad).toContainEqual(expect.stringMatching(/^zelftest\/index\.html: href="\/zelftest-[0-9a-f]+\.js"$/));
  expect(bad).toContainEqual(expect.stringMatching(/^handreikingen\/index\.html: href="\/zelftest"$/));
});

test('dist-sub has the files of dist, the same bytes but for the HTML files and sw.js', () => {
  const files = listFiles(DIST);
  expect(listFiles(SUB)).toEqual(files);
  for (const file of files.filter((f) => !f.endsWith('.html') && f !== 'sw.js')) {
    expect(readFileSync(path.join(SUB, file)).equals(readFileSync(path.join(DIST, file))), file).toBe(true);
  }
});

test('the rewrite: markup URLs, and in inline scripts only the paths of built files', () => {
  const files = new Set(['/app-1.js', '/app-1_bg.wasm', '/tools-2.css']);
  const html = [
    '<base href="/"><link rel="stylesheet" href="/tools-2.css"><a href="/zelftest">x</a>',
    '<a href="https://example.org/x">y</a><a href="//cdn/x">z</a><a href="#inhoud">s</a><img src="/afbeeldingen/a.png">',
    "<script type=\"module\">import init from '/app-1.js'; await init({ module_or_path: '/app-1_bg.wasm' });",
    "document.head.insertAdjacentHTML('beforeend', '<link href=\"/tools-2.css\">'); const p = '/zelftest'; x.split('/');</script>",
    '<script src="/app-1.js"></script>',
  ].join('\n');
  const want = [
    '<base href="/sw/"><link rel="stylesheet" href="/sw/tools-2.css"><a href="/sw/zelftest">x</a>',
    '<a href="https://example.org/x">y</a><a href="//cdn/x">z</a><a href="#inhoud">s</a><img src="/sw/afbeeldingen/a.png">',
    "<script type=\"module\">import init from '/sw/app-1.js'; await init({ module_or_path: '/sw/app-1_bg.wasm' });",
    "document.head.insertAdjacentHTML('beforeend', '<link href=\"/sw/tools-2.css\">'); const p = '/zelftest'; x.split('/');</script>",
    '<script src="/sw/app-1.js"></script>',
  ].join('\n');
  expect(rebaseHtml(html, '/sw/', files)).toBe(want);
});
