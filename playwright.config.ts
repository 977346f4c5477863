// End-to-end tests: the built site (dist/), served by `astro preview` on 127.0.0.1, in Debian's Chromium.
import { defineConfig, devices } from '@playwright/test';
import { editorPorts } from './tests/e2e/editor-sandbox.ts';

// PREVIEW_PORT lets two checkouts run their tests side by side.
const port = Number(process.env['PREVIEW_PORT'] ?? 4321);

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
  projects: [
    {
      name: 'chromium',
      use: {
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
      },
    },
  ],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    // The editor's test (editor.spec.ts): decap-server on a throwaway copy of content/, never on this checkout,
    // and the dev server that serves /admin/ and passes its requests on to that decap-server.
    {
      command: 'node tests/e2e/editor-sandbox.ts',
      port: editorPorts.decap,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: `npx astro dev --host 127.0.0.1 --port ${editorPorts.dev}`,
      url: `http://127.0.0.1:${editorPorts.dev}/admin/`,
      env: { ASTRO_TELEMETRY_DISABLED: '1', DECAP_PORT: String(editorPorts.decap), CMS_BRANCH: 'main' },
      reuseExistingServer: !process.env['CI'],
      timeout: 180_000,
    },
  ],
});
