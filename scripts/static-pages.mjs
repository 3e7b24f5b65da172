#!/usr/bin/env node
// Writes plain static HTML pages with the same text as the app's guidance pages, generated
// from content/pages and styled with the app's own stylesheet: the baseline the benchmark
// (scripts/bench.mjs) compares the app with. A small Markdown subset is enough here:
// headings, paragraphs, lists, links, emphasis.
//
// Usage: node scripts/static-pages.mjs <out-dir> <stylesheet.css> [route...]
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MENU = [
  ['/', 'Start'],
  ['/evaluatie-2017', 'Evaluatie 2017'],
  ['/handreikingen', 'Handreikingen'],
  ['/voorbeelden', 'Voorbeelden'],
  ['/zoeken', 'Zoeken'],
];

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(text) {
  return escape(text.replace(/\{#[^}\s]+\}\s*/g, ''))
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '<a href="$2">$1</a>')
    .replace(/`([^`]*)`/g, '<code>$1</code>')
    .replace(/(\*\*|__)(.+?)\1/g, '<strong>$2</strong>')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1<em>$2</em>');
}

/** The Markdown subset of content/pages to HTML. */
export function markdown(body) {
  const out = [];
  for (const block of body.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n\s*\r?\n/)) {
    const text = block.trim();
    if (!text) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(text);
    const lines = text.split(/\r?\n/);
    if (heading) {
      const level = Math.max(2, heading[1].length);
      out.push(`<h${level}>${inline(heading[2])}</h${level}>`);
    } else if (lines.every((l) => /^\s*(\d+[.)]|[-*+])\s/.test(l) || /^\s{2,}\S/.test(l))) {
      const ordered = /^\s*\d/.test(lines[0]);
      const items = [];
      for (const l of lines) {
        if (/^\s*(\d+[.)]|[-*+])\s/.test(l)) items.push(l.replace(/^\s*(\d+[.)]|[-*+])\s+/, ''));
        else items[items.length - 1] += ` ${l.trim()}`;
      }
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${items.map((i) => `<li>${inline(i)}</li>`).join('')}</${tag}>`);
    } else if (!text.startsWith('![')) {
      out.push(`<p>${inline(lines.join(' '))}</p>`);
    }
  }
  return out.join('\n');
}

export function loadPages() {
  const dir = path.join(REPO, 'content', 'pages');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const m = /^\+\+\+\r?\n([\s\S]*?)\r?\n\+\+\+\r?\n([\s\S]*)$/.exec(text);
      const field = (k) => new RegExp(`^${k} = "(.*)"$`, 'm').exec(m[1])?.[1];
      return { path: field('path'), kind: field('kind'), title: field('title'), short: field('short'), body: m[2] };
    });
}

export function page(p, pages, css) {
  const title = p.path === '/' ? 'Samenwerkingswijzer' : `${p.title} · Samenwerkingswijzer`;
  const cards =
    p.path === '/' || p.path === '/handreikingen'
      ? `<ul class="cards">${pages
          .filter((x) => x.kind === 'handreiking')
          .map((x) => `<li class="card"><h3><a href="${x.path}">${escape(x.short ?? x.title)}</a></h3><p>${escape(x.title)}</p></li>`)
          .join('')}</ul>`
      : '';
  return `<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(title)}</title>
  <link rel="stylesheet" href="/${css}">
</head>
<body>
  <a class="skip-link" href="#inhoud">Naar de inhoud</a>
  <header class="site-header"><div class="header-bar"><a class="brand" href="/"><span class="brand-name">Samenwerkingswijzer</span></a></div>
  <nav aria-label="Hoofdmenu" class="main-nav"><ul>${MENU.map(([h, l]) => `<li><a href="${h}">${l}</a></li>`).join('')}</ul></nav></header>
  <main id="inhoud"><article class="page"><h1>${escape(p.title)}</h1><div class="prose">${markdown(p.body)}</div>${cards}</article></main>
  <footer class="site-footer"><p>Gebaseerd op de Samenwerkingswijzer van de gemeente Noordoostpolder (2017). Alles wat je invult blijft op dit apparaat.</p></footer>
</body>
</html>
`;
}

/** Writes the static pages for `routes` into outDir, with a copy of the stylesheet. */
export function writeStaticSite(outDir, cssFile, routes) {
  const pages = loadPages();
  const css = path.basename(cssFile);
  mkdirSync(outDir, { recursive: true });
  copyFileSync(cssFile, path.join(outDir, css));
  for (const route of routes) {
    const p = pages.find((x) => x.path === route);
    if (!p) throw new Error(`static-pages: no content page with path ${route}`);
    const dir = path.join(outDir, ...route.split('/').filter(Boolean));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), page(p, pages, css));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [out, css, ...routes] = process.argv.slice(2);
  if (!out || !css) {
    console.error('usage: node scripts/static-pages.mjs <out-dir> <stylesheet.css> [route...]');
    process.exit(2);
  }
  writeStaticSite(out, css, routes.length ? routes : loadPages().map((p) => p.path));
  console.log(`static-pages: wrote ${out}`);
}
