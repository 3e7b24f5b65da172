// End-to-end tests: Playwright drives Debian's Chromium (/usr/bin/chromium); never run
// `npx playwright install` here. The test script builds the release app into dist/ (served
// at the root) and derives dist-sub/ from it (for the public URL /samenwerkingswijzer/,
// scripts/subpath.mjs) before this runs.
import { defineConfig } from '@playwright/test';

const CI = !!process.env.CI;
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
  // 2-core machines: one worker, in order, no retries (a flaky test is a bug to fix).
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: CI,
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
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      command: `node scripts/serve.mjs dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !CI,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve.mjs dist-sub ${SUB_PORT} --base /samenwerkingswijzer/`,
      url: `http://127.0.0.1:${SUB_PORT}/samenwerkingswijzer/`,
      reuseExistingServer: !CI,
      timeout: 30_000,
    },
  ],
});
