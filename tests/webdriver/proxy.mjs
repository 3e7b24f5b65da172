// A test-only HTTP proxy in front of scripts/serve.mjs: passes every request on unchanged and
// puts <script src="__webdriver/probe.js"> (tests/webdriver/probe.js) first into each HTML
// page, right after the Content-Security-Policy <meta>, so engines without a WebDriver log
// API still report console errors (see probe.js). Everything else is byte-for-byte the build.
import { createServer, request as httpRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROBE = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'probe.js'));
const PROBE_PATH = '/__webdriver/probe.js';

/** Puts the probe script into an HTML page; `base` is the page's base path ('/' for dist/). */
export function injectProbe(html, base = '/') {
  const tag = `<script src="${base}${PROBE_PATH.slice(1)}"></script>`;
  const csp = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/i;
  if (csp.test(html)) return html.replace(csp, (m) => `${m}\n  ${tag}`);
  if (/<meta charset="utf-8">/i.test(html)) return html.replace(/(<meta charset="utf-8">)/i, `$1\n  ${tag}`);
  return html.replace(/<head>/i, `<head>\n  ${tag}`);
}

/**
 * Starts the proxy on `port`, forwarding to 127.0.0.1:`target`. Resolves to the server.
 * With `hold` (a RegExp on the path), matching requests wait until `server.release()` (the
 * participant's wasm held back: issue 26); with `fail` as well, they are answered with 503
 * until then instead (the download fails).
 */
export function startProxy(port, target, base = '/', { hold = null, fail = false } = {}) {
  let release;
  let held = true;
  const released = new Promise((resolve) => (release = resolve));
  const server = createServer(async (req, res) => {
    if (hold && held && hold.test(req.url.split('?')[0])) {
      if (fail) {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end('niet beschikbaar');
        return;
      }
      await released;
    }
    if (req.url.split('?')[0] === `${base}${PROBE_PATH.slice(1)}`) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(PROBE);
      return;
    }
    const headers = { ...req.headers };
    delete headers['accept-encoding']; // keep HTML readable for the injection
    const upstream = httpRequest(
      { host: '127.0.0.1', port: target, method: req.method, path: req.url, headers },
      (up) => {
        const type = String(up.headers['content-type'] || '');
        if (!type.startsWith('text/html')) {
          res.writeHead(up.statusCode, up.headers);
          up.pipe(res);
          return;
        }
        const chunks = [];
        up.on('data', (c) => chunks.push(c));
        up.on('end', () => {
          const body = Buffer.from(injectProbe(Buffer.concat(chunks).toString('utf8'), base), 'utf8');
          const out = { ...up.headers, 'content-length': String(body.length) };
          delete out['transfer-encoding'];
          res.writeHead(up.statusCode, out);
          res.end(req.method === 'HEAD' ? undefined : body);
        });
      },
    );
    upstream.on('error', () => {
      // The server behind was stopped (the offline journey): like a network that is off.
      req.socket.destroy();
    });
    req.pipe(upstream);
  });
  server.release = () => {
    held = false;
    release();
  };
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
