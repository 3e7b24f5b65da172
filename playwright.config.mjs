// End-to-end tests: Playwright drives Debian's Chromium (/usr/bin/chromium); never run
// `npx playwright install` here. The test script builds the release app into dist/ (served
// at the root) and derives dist-sub/ from it (for the public URL /samenwerkingswijzer/,
// scripts/subpath.mjs) before this runs.
import { defineConfig } from '@playwright/test';

// One behaviour for everyone (issue 23): a developer's run, a new user's run of the README's
// test command and CI's run start their own servers (a server left on the port is an error,
// not a silent reuse of an older build) and refuse `test.only`. No retries.
// Several checkouts may test at once on one machine: E2E_PORT moves both servers.
const PORT = Number(process.env.E2E_PORT || 4173);
const SUB_PORT = PORT + 1;

export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-quic',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.m?js$/,
  // Two workers: the suite waits on the browser far more than it computes (one worker: about
  // 7 minutes of CPU in 13-15 minutes), so on a 2-core machine two files at a time took the
  // suite from 13.0 to 10.0 minutes (2026-12-07). Files run in parallel, the tests of a file
  // in order; no retries (a flaky test is a bug to fix). Each test has its own context, and
  // the servers only serve files, so two workers share nothing a test writes.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    // A tablet, as in the werkateliers.
    viewport: { width: 820, height: 1180 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 1,
    locale: 'nl-NL',
    baseURL: `http://127.0.0.1:${PORT}`,
    // No trace unless asked for (E2E_TRACE=1 keeps one of each failed test): recording
    // one for every test cost about a quarter of the suite's time on a 2-core machine
    // (three spec files, 62 tests: 169 s and 136 s with traces, 117 s and 113 s without,
    // 2026-12-07). A failure still leaves its screenshot and error context.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      command: `node scripts/serve.mjs dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve.mjs dist-sub ${SUB_PORT} --base /samenwerkingswijzer/`,
      url: `http://127.0.0.1:${SUB_PORT}/samenwerkingswijzer/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
