// Pages carry a strict Content-Security-Policy and run with no violation of it.
import { expect, test } from '@playwright/test';

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
