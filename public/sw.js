// Service worker of the Samenwerkingswijzer: after one visit the whole app works offline.
// The post-build step (scripts/pwa.mjs) fills in VERSION (a hash of every built file) and
// PRECACHE (every built file, relative to this worker's scope); this file is the template.
'use strict';

const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const SCOPE = self.registration.scope; // e.g. https://host/ or https://host/samenwerkingswijzer/
const PREFIX = `samenwerkingswijzer ${SCOPE} `;
const CACHE = PREFIX + VERSION;
// The plain app shell: it renders any route itself (routes with an id included).
const SHELL = '404.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // `cache: 'reload'`: never fill the cache from a stale HTTP cache.
      cache.addAll(PRECACHE.map((file) => new Request(new URL(file, SCOPE), { cache: 'reload' }))),
    ),
  );
  // No skipWaiting here: a new version waits until the page asks (after saving), so an
  // open page never runs against files of another version.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)))),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') self.skipWaiting();
});

/** The cached file for a navigation to `url`: the route's own (pre-rendered) page, or the shell. */
async function pageFor(cache, url) {
  let rel = url.pathname.startsWith(new URL(SCOPE).pathname) ? url.pathname.slice(new URL(SCOPE).pathname.length) : '';
  try {
    rel = decodeURIComponent(rel);
  } catch {
    // keep it encoded
  }
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`, `${rel}.html`];
  for (const file of candidates) {
    const hit = await cache.match(new URL(file, SCOPE).href);
    if (hit) return hit;
  }
  return cache.match(new URL(SHELL, SCOPE).href);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !request.url.startsWith(SCOPE.replace(/\/$/, ''))) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      if (request.mode === 'navigate') {
        const page = await pageFor(cache, url);
        if (page) return page;
      } else {
        const hit = await cache.match(request, { ignoreSearch: true });
        if (hit) return hit;
      }
      // Not precached (or the cache was cleared): the network, as without a worker.
      return fetch(request);
    })(),
  );
});
