// A dataset as readers use it, without script: its charts with their text alternatives, tables and rule, its
// downloads and schema.org metadata, mirrored in Arabic; and search finds it. (Axe runs on these pages in
// every-page.spec.ts, which visits every sitemap page.)
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('a dataset shows its charts, tables, rule and downloads, in English and in Arabic', async ({
  page,
  request,
}) => {
  await page.goto('/data/nrm-referrals-uk/');
  const charts = page.getByRole('figure');
  await expect(charts).toHaveCount(3);
  const years = page.getByRole('figure', {
    name: 'Potential victims referred, by year',
    exact: true,
  });
  await expect(years.getByRole('img')).toHaveAccessibleName(
    /Line chart\. Potential victims referred: 10,601 in 2020 and 17,004 in 2023/,
  );
  await expect(years.getByRole('row', { name: '2021 12,727' })).toBeVisible();
  await expect(years).toContainText('Counts from 1 to 9 are not shown');
  const csv = page.getByRole('link', { name: 'Table (CSV)' });
  const response = await request.get((await csv.getAttribute('href'))!);
  expect(await response.text()).toContain('2023,total,17004');
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  ) as Record<string, unknown>;
  expect(jsonLd['@type']).toBe('Dataset');

  await page.goto('/ar/data/nrm-referrals-uk/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('figure')).toHaveCount(3);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'الضحايا المحتملون للعبودية الحديثة الذين أُحيلوا في المملكة المتحدة، 2020–2023',
  );
});

test.describe('with script', () => {
  test.use({ javaScriptEnabled: true });

  test('search finds a dataset by its words, labelled as a dataset', async ({ page }) => {
    await page.goto('/search/#q=modern%20slavery');
    const result = page
      .getByRole('region', { name: 'Results' })
      .getByRole('link', { name: 'Potential victims of modern slavery referred in the UK, 2020–2023' });
    await expect(result).toHaveAttribute('href', '/data/nrm-referrals-uk/');
    await expect(
      page.getByRole('listitem').filter({
        has: page.getByRole('link', {
          name: 'Potential victims of modern slavery referred in the UK, 2020–2023',
        }),
      }),
    ).toContainText('Dataset');
  });
});
