#!/usr/bin/env node
// A small static file server for the built app, with the same rules as the common static
// hosts (GitHub Pages, Netlify): `x/index.html` answers `/x` and `/x/`, anything unknown gets
// `404.html` with status 404 (the app shell, so routes with an id still work).
// No dependencies, so it runs before `npm ci` too.
//
// Usage: node scripts/serve.mjs [dir=dist] [port=8080] [--base /prefix/] [--gzip]
//   --gzip: compress text and wasm responses when the browser accepts it, as real hosts do
//   (used by the benchmark, scripts/bench.mjs).

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

function usage(message) {
  if (message) console.error(`serve: ${message}`);
  console.error('usage: node scripts/serve.mjs [dir=dist] [port=8080] [--base /prefix/] [--gzip]');
  process.exit(2);
}

function parseArgs(argv) {
  const positional = [];
  let base = '/';
  let gzip = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--base') {
      if (i + 1 >= argv.length) usage('--base needs a value, for example --base /samenwerkingswijzer/');
      base = argv[++i];
    } else if (arg.startsWith('--base=')) {
      base = arg.slice('--base='.length);
    } else if (arg === '--gzip') {
      gzip = true;
    } else if (arg === '-h' || arg === '--help') {
      usage();
    } else if (arg.startsWith('--')) {
      usage(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length > 2) usage('too many arguments');
  const dir = positional[0] ?? 'dist';
  const port = Number(positional[1] ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`not a port number: ${positional[1]}`);
  // Normalise the base to "/", or "/prefix/" with exactly one slash at each end.
  base = '/' + base.split('/').filter(Boolean).join('/') + '/';
  base = base.replace(/^\/\/$/, '/');
  return { dir, port, base, gzip };
}

const { dir, port, base, gzip } = parseArgs(process.argv.slice(2));
const root = path.resolve(dir);

try {
  if (!(await stat(root)).isDirectory()) throw new Error('not a directory');
} catch {
  console.error(`serve: ${dir} is not a directory (build the app first)`);
  process.exit(1);
}

async function fileAt(p) {
  try {
    const s = await stat(p);
    if (s.isFile()) return p;
    if (s.isDirectory()) {
      const index = path.join(p, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    // not there
  }
  return null;
}

/** Maps a URL path to a file inside root, or returns {status} when it must not be served. */
async function resolve(urlPath) {
  let rest;
  if (base === '/') {
    rest = urlPath;
  } else if (urlPath === base.slice(0, -1)) {
    rest = '/';
  } else if (urlPath.startsWith(base)) {
    rest = urlPath.slice(base.length - 1);
  } else {
    return { status: 404, outside: true };
  }
  let decoded;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { status: 400 };
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..')) return { status: 400 };
  const target = path.join(root, ...segments.filter(Boolean));
  if (target !== root && !target.startsWith(root + path.sep)) return { status: 400 };

  const found = (await fileAt(target)) ?? (!decoded.endsWith('/') && (await fileAt(target + '.html')));
  if (found) return { status: 200, file: found };
  return { status: 404 };
}

async function send(req, res, status, file) {
  let body = await readFile(file);
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
  if (gzip && /text|javascript|json|wasm|svg|xml|manifest/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body, { level: 9 });
    headers['Content-Encoding'] = 'gzip';
    headers['Vary'] = 'Accept-Encoding';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendText(req, res, status, text) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : `${status} ${text}\n`);
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(req, res, 405, 'Method Not Allowed');
    }
    const urlPath = (req.url ?? '/').split(/[?#]/, 1)[0] || '/';
    const r = await resolve(urlPath);
    if (r.status === 200) return await send(req, res, 200, r.file);
    if (r.status === 400) return sendText(req, res, 400, 'Bad Request');
    if (!r.outside) {
      const fallback = await fileAt(path.join(root, '404.html'));
      if (fallback) return await send(req, res, 404, fallback);
    }
    return sendText(req, res, 404, 'Not Found');
  } catch (err) {
    console.error(`serve: ${req.method} ${req.url}: ${err.message}`);
    if (!res.headersSent) sendText(req, res, 500, 'Internal Server Error');
    else res.destroy();
  }
});

server.on('error', (err) => {
  if (err.code === 'EADDRINUSE') console.error(`serve: port ${port} is already in use`);
  else console.error(`serve: ${err.message}`);
  process.exit(1);
});

server.listen(port, '127.0.0.1', () => {
  const actual = server.address().port;
  console.log(`Serving ${dir} at http://127.0.0.1:${actual}${base}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
