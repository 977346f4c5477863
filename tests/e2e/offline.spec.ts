// Offline reading in Chromium: a reader saves a note with its file and a stage of response, reads and searches
// them with the network gone, gets the offline page for a page not saved, and after a republish finds the
// saved note updated, with a notice. One journey in one context, on a copy of dist/ served by the test.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveCopy, type StaticSite } from './static-site.ts';

const note = '/practices/frontline-identification-e-module/';
const noteTitle = 'Transferable e-module for frontline practitioners on recognising the signs of trafficking';
const upload = '/uploads/offline-fixture.pdf';
const uploadText = `%PDF-1.4 offline fixture\n${'x'.repeat(2975)}`;

/** The content has no uploaded file yet: the copy's note gets one, as a build of an entry with one writes it. */
async function addUpload(site: StaticSite): Promise<void> {
  await mkdir(join(site.root, 'uploads'), { recursive: true });
  await writeFile(join(site.root, upload), uploadText);
  const file = join(site.root, note, 'index.html');
  const files = JSON.stringify([{ url: upload, bytes: uploadText.length }]).replaceAll('"', '&quot;');
  const html = (await readFile(file, 'utf8'))
    .replace('data-files="[]"', `data-files="${files}"`)
    .replace(
      /(<button [^>]*data-save[^>]*>[^<]*<\/button>)/,
      '$1<label><input type="checkbox" data-with-files>Also save the uploaded files (3 kB)</label>',
    );
  await writeFile(file, html);
}

/** A republish: the note's text and date change, and so does the site's version in the worker. */
async function republish(site: StaticSite): Promise<void> {
  const file = join(site.root, note, 'index.html');
  const html = (await readFile(file, 'utf8'))
    .replace(/data-offline-stamp="[^"]*"/, 'data-offline-stamp="2026-12-01"')
    .replace('The PROTECT project set out', 'Updated after review: the PROTECT project set out');
  await writeFile(file, html);
  const worker = join(site.root, 'sw.js');
  const code = await readFile(worker, 'utf8');
  const version = /site version ([0-9a-f]+)/.exec(code)![1]!;
  await writeFile(worker, code.replaceAll(version, 'republished00001'));
}

async function shot(page: Page, name: string): Promise<void> {
  const folder = process.env['SHOTS_DIR'];
  if (folder) await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

/** Width and height of a PNG, from its header. */
const pngSize = (data: Buffer) => `${data.readUInt32BE(16)}x${data.readUInt32BE(20)}`;

test('a reader saves for offline, reads and searches offline, and gets the update of a saved note', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const site = await serveCopy();
  await addUpload(site);
  const context = await browser.newContext({ baseURL: site.origin, serviceWorkers: 'allow' });
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  const page = await context.newPage();
  try {
    // Installable: a manifest with the site's name, a start page per language and icons; a worker in control.
    await page.goto(note);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    for (const [path, start] of [
      [note, '/'],
      ['/ar/', '/ar/'],
    ] as const) {
      await page.goto(path);
      const href = (await page.locator('link[rel="manifest"]').getAttribute('href'))!;
      const manifest = (await (await page.request.get(href)).json()) as Record<string, unknown> & {
        icons: { src: string; sizes: string; type: string; purpose: string }[];
      };
      expect(manifest).toMatchObject({ name: 'Practice Exchange', start_url: start, display: 'standalone' });
      expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
        '192x192 any',
        '512x512 any',
        '512x512 maskable',
      ]);
      for (const icon of manifest.icons)
        expect(pngSize(await (await page.request.get(icon.src)).body())).toBe(icon.sizes);
    }

    // Saving a note with its file, the size shown first.
    await page.goto(note);
    const save = page.locator('offline-save');
    await save.getByRole('checkbox', { name: 'Also save the uploaded files (3 kB)' }).check();
    await save.getByRole('button', { name: 'Save for offline' }).click();
    await expect(save.getByRole('status')).toHaveText('Saved for offline reading on this device.');
    await shot(page, 'en-saving');

    // Saving every note of a stage of response, in Arabic.
    await page.goto('/ar/themes/identification/');
    await page.locator('offline-save').getByRole('button').click();
    await expect(page.locator('offline-save').getByRole('status')).toHaveText(
      'حُفظت للقراءة دون اتصال على هذا الجهاز.',
    );
    await shot(page, 'ar-saving');

    // The saved list, with what each item takes and when it was refreshed.
    await page.goto('/saved/');
    const list = page.locator('offline-saved ul');
    await expect(list.getByRole('link')).toHaveText(['التعرف على الضحايا', noteTitle]);
    await expect(list.locator('li').nth(1)).toContainText(/\d+ kB · refreshed \d+ \w+ 20\d\d/);
    await expect(page.getByText('You are offline and this page is not saved')).toBeHidden();
    await shot(page, 'en-saved');
    await page.goto('/ar/saved/');
    await expect(page.locator('offline-saved ul').getByRole('button', { name: /إزالة/ })).toHaveCount(2);
    await shot(page, 'ar-saved');

    // The network gone: for the page and for its worker.
    site.offline = true;
    await context.setOffline(true);

    await page.goto(note);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(noteTitle);
    expect(await page.evaluate((url) => fetch(url).then((response) => response.text()), upload)).toBe(
      uploadText,
    );
    // A note of the Arabic stage's list was saved with it.
    await page.goto('/ar/themes/identification/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('التعرف على الضحايا');

    await page.goto('/networks/');
    await expect(page.getByText('You are offline and this page is not saved on this device.')).toBeVisible();
    await expect(page.locator('offline-saved ul').getByRole('link', { name: noteTitle })).toBeVisible();

    // Search answers over what is saved, and says that results may be missing.
    await page.goto('/search/#q=e-module');
    await expect(page.getByText('You are offline: search looks only in the pages saved')).toBeVisible();
    const results = page.locator('[data-results]');
    await expect(results.getByRole('link', { name: noteTitle })).toBeVisible();
    await expect(results.getByRole('link', { name: /Casework e-module/i })).toHaveCount(0);
    await shot(page, 'en-search-offline');
    await page.goto('/ar/search/#q=التعرف');
    await expect(
      page.locator('[data-results]').getByRole('link', { name: 'التعرف على الضحايا' }),
    ).toBeVisible();
    await shot(page, 'ar-search-offline');

    // Back online after a republish: the saved note is refreshed in the background and says it changed.
    await republish(site);
    site.offline = false;
    await context.setOffline(false);
    await page.goto('/');
    // The worker refreshes saved items in the background: wait until it has, as a reader's next visit would.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const index = await (await caches.open('px-saved')).match('/offline/saved-items.json');
            return ((await index?.json()) as { version: string } | undefined)?.version;
          }),
        { timeout: 60_000 },
      )
      .toBe('republished00001');
    await page.goto(note);
    await expect(page.getByText('This page changed on 1 December 2026, after you saved it.')).toBeVisible();
    await expect(page.getByText('Updated after review: the PROTECT project set out')).toBeVisible();

    expect(requested.filter((url) => !url.startsWith(`${site.origin}/`))).toEqual([]);
  } finally {
    await context.close();
    await site.close();
  }
});
