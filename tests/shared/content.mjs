// The content pages as data, read from content/pages/*.md (the same source the app is built
// from), and the app's own routes: shared by the Playwright specs (tests/e2e/helpers.mjs
// re-exports them) and the WebDriver journeys, so both walk the same pages.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CONTENT_PAGES_DIR = path.join(REPO_ROOT, 'content', 'pages');
export const SITE_NAME = 'Samenwerkingswijzer';

// ---------------------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------------------

/** Reads one TOML basic ("...") or literal ('...') string starting at s[i]; returns [value, end]. */
function readTomlString(s, i, where) {
  const quote = s[i];
  let out = '';
  let j = i + 1;
  while (j < s.length) {
    const c = s[j];
    if (c === quote) return [out, j + 1];
    if (c === '\\' && quote === '"') {
      const e = s[j + 1];
      const simple = { '"': '"', '\\': '\\', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };
      if (e in simple) {
        out += simple[e];
        j += 2;
      } else if (e === 'u' || e === 'U') {
        const len = e === 'u' ? 4 : 8;
        out += String.fromCodePoint(parseInt(s.slice(j + 2, j + 2 + len), 16));
        j += 2 + len;
      } else {
        throw new Error(`${where}: unknown escape \\${e}`);
      }
    } else {
      out += c;
      j += 1;
    }
  }
  throw new Error(`${where}: unterminated string`);
}

/**
 * Parses the small TOML front matter of a content page: `key = "string"` lines (basic or
 * literal strings), plus bare numbers and booleans. Other TOML is not used by the pages.
 */
export function parseFrontMatter(toml, file = 'front matter') {
  const data = {};
  toml.split(/\r?\n/).forEach((raw, n) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const where = `${file}:${n + 2}`;
    const m = /^([A-Za-z0-9_-]+)\s*=\s*(.*)$/.exec(line);
    if (!m) throw new Error(`${where}: cannot read front matter line: ${raw}`);
    const [, key, rest] = m;
    if (rest.startsWith('"') || rest.startsWith("'")) {
      const [value, end] = readTomlString(rest, 0, where);
      const tail = rest.slice(end).trim();
      if (tail && !tail.startsWith('#')) throw new Error(`${where}: unexpected text after string: ${tail}`);
      data[key] = value;
    } else if (/^(true|false)\b/.test(rest)) {
      data[key] = rest.startsWith('true');
    } else if (/^[+-]?\d[\d_]*(\.\d+)?\b/.test(rest)) {
      data[key] = Number(rest.replace(/_/g, '').split(/\s/)[0]);
    } else {
      data[key] = rest; // arrays/tables are not used; keep the raw text
    }
  });
  return data;
}

/** Markdown inline syntax to plain text (enough for the content's paragraphs). */
export function markdownToPlain(text) {
  return text
    .replace(/\{#[^}\s]+\}\s*/g, '') // {#id} prefixes
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/<[^>]+>/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The paragraphs of a Markdown body that are ordinary running text. */
export function ordinaryParagraphs(body) {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(
      (p) =>
        p &&
        !p.startsWith('#') && // heading
        !p.startsWith('<!--') && // marker
        !p.startsWith('![') && // image
        !p.startsWith('<') && // raw HTML
        !p.startsWith('|') && // table
        !p.startsWith('>') && // quote
        !p.startsWith('```') &&
        !/^([-*+]|\d+[.)])\s/.test(p), // list
    )
    .map(markdownToPlain)
    .filter(Boolean);
}

/**
 * A plain-text sentence of at least `min` characters from the first ordinary paragraph that
 * has one (or the whole paragraph, when it is long enough but has no such sentence).
 */
export function firstSentence(body, min = 40) {
  for (const para of ordinaryParagraphs(body)) {
    const sentences = para.match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g) ?? [];
    const found = sentences.map((s) => s.trim()).find((s) => s.length >= min);
    if (found) return found;
    if (para.length >= min) return para;
  }
  return null;
}

/** Parses one content page file into {file, path, kind, slug, title, short, body, sentence}. */
export function parsePage(text, file = 'page.md') {
  const m = /^\uFEFF?\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: does not start with front matter between +++ lines`);
  const fm = parseFrontMatter(m[1], file);
  for (const key of ['path', 'kind', 'title']) {
    if (typeof fm[key] !== 'string' || !fm[key]) throw new Error(`${file}: front matter has no ${key}`);
  }
  const body = m[2];
  return {
    file,
    path: fm.path,
    kind: fm.kind,
    slug: fm.slug ?? '',
    title: fm.title,
    short: fm.short ?? fm.title,
    body,
    sentence: firstSentence(body),
  };
}

let cachedPages;
/** All content pages, in file-name order (the order of the guide). */
export function loadPages(dir = CONTENT_PAGES_DIR) {
  if (dir === CONTENT_PAGES_DIR && cachedPages) return cachedPages;
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parsePage(readFileSync(path.join(dir, f), 'utf8'), path.join('content/pages', f)));
  if (dir === CONTENT_PAGES_DIR) cachedPages = pages;
  return pages;
}

export function handreikingen(pages = loadPages()) {
  return pages.filter((p) => p.kind === 'handreiking');
}

export function pageByPath(p, pages = loadPages()) {
  const page = pages.find((x) => x.path === p);
  if (!page) throw new Error(`no content page with path ${p}`);
  return page;
}

/** The `<h1>` text of a content page. */
export function h1For(page) {
  return page.title;
}

/** The expected `document.title` of a content page. */
export function documentTitleFor(page) {
  return page.path === '/' ? SITE_NAME : `${page.title} · ${SITE_NAME}`;
}

export function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches an href that points at `p` (absolute, with or without a base prefix or origin). */
export function hrefEndingIn(p) {
  return new RegExp(`${escapeRegExp(p.replace(/\/$/, ''))}/?(?:[?#].*)?$`);
}

/** The app's own fixed routes (scripts/app-routes.txt), e.g. /zoeken. */
export function appRoutes() {
  return readFileSync(path.join(REPO_ROOT, 'scripts', 'app-routes.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
