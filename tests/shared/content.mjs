// The content pages as data, as the app's build reads them from content/pages/*.md, and the
// app's own routes (routes.json), both through scripts/routes.mjs: shared by the Playwright
// specs (tests/e2e/helpers.mjs re-exports them) and the WebDriver journeys, so both walk the
// same pages.
import { REPO, appRoutes as registryAppRoutes, contentPages } from '../../scripts/routes.mjs';

export const REPO_ROOT = REPO;
export const SITE_NAME = 'Samenwerkingswijzer';

// ---------------------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------------------

/**
 * All content pages, in the guide's order: {path, kind, slug, title, short, sentence (the
 * first sentence of the body, 40+ characters, as its card shows it)}, as the Rust build read
 * them (scripts/routes.mjs: `cargo run --example pages`; front matter has one parser).
 */
export function loadPages() {
  return contentPages();
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

/** The app's own fixed routes that are not content pages (routes.json), e.g. /zoeken. */
export function appRoutes() {
  return registryAppRoutes();
}
