// End-to-end tests: the built site (dist/), served by `astro preview` on 127.0.0.1, in Debian's Chromium.
import { defineConfig, devices } from '@playwright/test';

// PREVIEW_PORT lets two checkouts run their tests side by side.
const port = Number(process.env['PREVIEW_PORT'] ?? 4321);

/** Debian's Chromium, never a downloaded one, without the background traffic a test does not want. */
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // Two slow cores run two browsers and the server: a page that filters or searches can take seconds.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env['CI']),
  reporter: process.env['CI'] ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // The offline reading worker would answer pages from its caches and past page.route(); only
    // tests/e2e/offline.spec.ts, which tests it, lets it run.
    serviceWorkers: 'block',
  },
  // The editor's journeys are one serial chain of several minutes with servers of their own (a fixture, so a
  // different worker kind): Playwright hands out a kind's tests only after the kinds before it, so the editor's
  // project comes first, starts at once on one worker, and the other worker takes everything else meanwhile.
  projects: [
    { name: 'editor', testMatch: 'editor.spec.ts', use: browser },
    { name: 'site', testIgnore: 'editor.spec.ts', use: browser },
  ],
  // The editor's servers are started by its own spec (tests/e2e/editor-sandbox.ts), not for every spec.
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
