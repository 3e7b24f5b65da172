#!/usr/bin/env node
// Benchmark (not a test) of a workshop room (issue 26): N tablets (default 20) open the same
// participant link at the same moment over one shared Wi-Fi link. The browser's own
// throttling is per page, so the room's link is a shaping proxy in front of the servers: one
// downlink shared fairly by every open response (default 8 Mbit/s), and a round-trip time
// added to every response (default 150 ms). Measures per tablet, as scripts/bench.mjs does,
// "answerable" (the pre-rendered form's first control tapped and showing the answer) and
// "usable" (the app running and answering the same tap), and for the same room loading the
// plain static page (bench/static-baseline/) its first paint: the baseline of the ratio.
// Prints medians and the slowest tablet as a Markdown table.
//
// What it can show: how the bytes before "answerable" and the wasm after it share one link,
// and that the form answers long before the wasm has arrived on every tablet. What it cannot:
// twenty real tablets' CPUs (here N pages share the machine's cores, so "usable" also waits
// for CPU time, and no CPU slowdown is added) or a radio's losses and retries.
//
// Usage: node scripts/bench-room.mjs [--tablets 20] [--mbit 8] [--rtt 150] [--dist dist] [--json out.json]
//   Needs a release build in dist/ (scripts/build.sh).
import { chromium } from '@playwright/test';
import { createServer, request } from 'node:http';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { USABLE_PROBE, ANSWER_FIRST, STATIC_BASELINE, serve } from './bench-probe.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const TABLETS = Number(opt('--tablets', 20));
const MBIT = Number(opt('--mbit', 8));
const RTT_MS = Number(opt('--rtt', 150));
const jsonOut = opt('--json', null);
if (!(TABLETS > 0 && MBIT > 0 && RTT_MS >= 0)) throw new Error('bench-room: --tablets and --mbit must be positive, --rtt not negative');

const dist = path.resolve(REPO, opt('--dist', 'dist'));

/**
 * One shared downlink: every response's bytes wait in their own queue, and a clock hands out
 * the link's bytes round-robin (a packet at a time) to the queues that have data.
 */
function sharedLink(bytesPerSecond) {
  const queues = [];
  const PACKET = 1460;
  const TICK_MS = 5;
  let carry = 0;
  let turn = 0;
  const timer = setInterval(() => {
    carry += (bytesPerSecond * TICK_MS) / 1000;
    while (carry >= 1) {
      const waiting = queues.filter((q) => q.chunks.length);
      if (!waiting.length) {
        carry = Math.min(carry, PACKET); // an idle link does not bank bandwidth
        break;
      }
      const q = waiting[turn++ % waiting.length];
      const head = q.chunks[0];
      const n = Math.min(head.length, PACKET, Math.floor(carry));
      if (n < 1) break;
      q.res.write(head.subarray(0, n));
      carry -= n;
      q.sent += n;
      if (n === head.length) q.chunks.shift();
      else q.chunks[0] = head.subarray(n);
      if (!q.chunks.length && q.ended) finish(q);
    }
  }, TICK_MS);
  const finish = (q) => {
    q.res.end();
    queues.splice(queues.indexOf(q), 1);
  };
  return {
    open(res) {
      const q = { res, chunks: [], ended: false, sent: 0 };
      queues.push(q);
      return {
        push: (chunk) => q.chunks.push(chunk),
        end: () => {
          q.ended = true;
          if (!q.chunks.length) finish(q);
        },
      };
    },
    stop: () => clearInterval(timer),
  };
}

/** The room's proxy on a free port in front of 127.0.0.1:`target`, over `link`. */
function roomProxy(target, link) {
  const server = createServer((req, res) => {
    const upstream = request({ host: '127.0.0.1', port: target, path: req.url, method: req.method, headers: req.headers }, (up) => {
      // Half the round trip before the answer starts, as the request's way there and back.
      setTimeout(() => {
        res.writeHead(up.statusCode, up.headers);
        const flow = link.open(res);
        up.on('data', (chunk) => flow.push(chunk));
        up.on('end', () => flow.end());
      }, RTT_MS / 2);
    });
    upstream.on('error', () => res.destroy());
    setTimeout(() => req.pipe(upstream), RTT_MS / 2);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, server })));
}

const link = sharedLink((MBIT * 1e6) / 8);
const appServer = await serve(dist);
const staticServer = await serve(STATIC_BASELINE);
const appRoom = await roomProxy(appServer.port, link);
const staticRoom = await roomProxy(staticServer.port, link);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'],
});

/** N fresh tablets open `url` at once; resolves to each one's timings (ms from its navigation). */
async function room(url, tool) {
  const contexts = await Promise.all(
    Array.from({ length: TABLETS }, async () => {
      const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
      await context.addInitScript(USABLE_PROBE, tool ?? null);
      return { context, page: await context.newPage() };
    }),
  );
  try {
    return await Promise.all(
      contexts.map(async ({ page }) => {
        await page.goto(url, { waitUntil: 'commit', timeout: 300_000 });
        if (tool) await page.waitForFunction(() => window.__usable !== undefined, null, { timeout: 300_000, polling: 200 });
        else await page.waitForLoadState('load', { timeout: 300_000 });
        await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 300_000, polling: 200 });
        return page.evaluate(() => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
          // Nobody taps what is not painted yet.
          const after = (t) => (t == null ? null : Math.max(fcp, t));
          return { fcp, answerable: after(window.__answerable), usable: after(window.__usable) };
        });
      }),
    );
  } finally {
    await Promise.all(contexts.map(({ context }) => context.close()));
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (n) => (n == null ? '' : `${Math.round(n).toLocaleString('en-US')} ms`);

const results = [];
try {
  results.push({ label: 'plain static HTML of the seed', tool: null, samples: await room(`${staticRoom.origin}/`, null) });
  for (const tool of [ANSWER_FIRST.zelftest, ANSWER_FIRST.checklistLink]) {
    results.push({ label: `\`${tool.route}\``, tool, samples: await room(`${appRoom.origin}${tool.route}`, tool) });
  }
} finally {
  await browser.close();
  link.stop();
  appRoom.server.close();
  staticRoom.server.close();
  appServer.stop();
  staticServer.stop();
}

const base = median(results[0].samples.map((s) => s.fcp));
const lines = [
  `${TABLETS} tablets at once (820×1180) over one shared ${MBIT} Mbit/s downlink with ${RTT_MS} ms round trip; no CPU slowdown, the pages share this machine's ${os.cpus().length} cores; cold cache, no service worker.`,
  '',
  '| page | first paint (median / slowest) | answerable (median / slowest) | usable (median / slowest) |',
  '|---|---:|---:|---:|',
];
const rows = results.map((r) => {
  const of = (key) => r.samples.map((s) => s[key]).filter((x) => x != null);
  const pair = (xs, ratio) => (xs.length ? `${ms(median(xs))}${ratio ? ` (${(median(xs) / base).toFixed(2)}×)` : ''} / ${ms(Math.max(...xs))}` : '');
  const row = { label: r.label, fcp: of('fcp'), answerable: r.tool ? of('answerable') : [], usable: r.tool ? of('usable') : [] };
  lines.push(`| ${r.label} | ${pair(row.fcp, !!r.tool)} | ${pair(row.answerable, true)} | ${pair(row.usable, true)} |`);
  return row;
});
console.log(lines.join('\n'));
console.log(`\nRatios are to the static page's median first paint in the same room (${ms(base)}).`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ tablets: TABLETS, mbit: MBIT, rttMs: RTT_MS, baseFcp: base, rows }, null, 2));
