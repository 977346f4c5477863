// Pages carry a strict Content-Security-Policy and run with no violation of it; so does search's worker.
import { expect, test } from '@playwright/test';
import { siteHeaders } from '../site-headers.ts';

const pages = [
  '/',
  '/practices/',
  '/practices/frontline-identification-e-module/',
  '/events/developing-capacity-conference-2016/',
  '/ar/',
  '/search/',
];

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
});

for (const path of pages) {
  test(`${path} declares a strict policy and breaks none of it`, async ({ page }) => {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    await page.waitForLoadState('load');
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
  });
}

test('search runs in Pagefind’s worker under the policy public/_headers gives the worker', async ({
  page,
}) => {
  const policy = siteHeaders.get('/:bundle/pagefind-worker.js')?.get('content-security-policy');
  expect(policy).toBeDefined();
  const workers: string[] = [];
  // The preview server sends no headers from the file, so the test adds the worker's as a static host would.
  await page.route('**/pagefind-worker.js', async (route) => {
    workers.push(new URL(route.request().url()).pathname);
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': policy! },
    });
  });
  const warnings: string[] = [];
  page.on('console', (message) => {
    // The config blocks the offline worker outside tests/e2e/offline.spec.ts, and the page says it could not start.
    if (message.text().includes('registration blocked by Playwright')) return;
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });

  await page.goto('/search/#q=caseworkers');
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('link').first()).toBeVisible();
  expect(workers).toEqual(['/pagefind/pagefind-worker.js']);
  // Pagefind falls back to the page's thread, with a warning, when its worker fails.
  expect(warnings).toEqual([]);
});
