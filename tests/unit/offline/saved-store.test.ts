// What the reader saves for offline: kept, listed, removed, and refreshed after a republish.
import { describe, expect, it } from 'vitest';
import { offlineCaches, type SaveRequest } from '../../../src/offline/offline-plan.ts';
import {
  itemOf,
  markSeen,
  readIndex,
  refreshSaved,
  removeItem,
  saveItem,
} from '../../../src/offline/browser/saved-store.ts';
import { fakeContext, type Site } from './fake-caches.ts';

const note = (text: string, stamp: string) =>
  `<html><main data-offline-stamp="${stamp}"><p>${text}</p><img src="/maps/hr.svg" alt="Croatia"><img src="https://elsewhere.example/x.png" alt=""></main></html>`;

function site(): Site {
  return new Map([
    ['/practices/screening/', { body: note('Ask open questions.', '2026-01-10') }],
    ['/practices/referral/', { body: note('Refer within a day.', '2025-06-01') }],
    ['/maps/hr.svg', { body: '<svg/>', type: 'image/svg+xml' }],
    ['/uploads/checklist.pdf', { body: 'PDF', type: 'application/pdf' }],
    [
      '/offline/search.json',
      {
        body: JSON.stringify({
          files: ['/pagefind/pagefind-entry.json?ts=offline', '/pagefind/index/en_1.pf_index'],
          fragments: {
            '/practices/screening/': '/pagefind/fragment/en_a.pf_fragment',
            '/practices/referral/': '/pagefind/fragment/en_b.pf_fragment',
          },
        }),
        type: 'application/json',
      },
    ],
    ['/pagefind/pagefind-entry.json?ts=offline', { body: '{}', type: 'application/json' }],
    ['/pagefind/index/en_1.pf_index', { body: 'index', type: 'application/octet-stream' }],
    ['/pagefind/fragment/en_a.pf_fragment', { body: 'a', type: 'application/octet-stream' }],
    ['/pagefind/fragment/en_b.pf_fragment', { body: 'b', type: 'application/octet-stream' }],
  ]);
}

const screening: SaveRequest = {
  url: '/practices/screening/',
  title: 'Screening',
  locale: 'en',
  pages: ['/practices/screening/'],
  files: [{ url: '/uploads/checklist.pdf', bytes: 3 }],
};

describe('saving for offline', () => {
  it('keeps the page, its own images, the chosen files and the search over it, and lists it', async () => {
    const { context, kept, fetched } = fakeContext(site());
    const item = await saveItem(context, screening);
    expect(kept(offlineCaches.saved)).toEqual(
      expect.arrayContaining([
        '/practices/screening/',
        '/maps/hr.svg',
        '/uploads/checklist.pdf',
        '/pagefind/pagefind-entry.json?ts=offline',
        '/pagefind/index/en_1.pf_index',
        '/pagefind/fragment/en_a.pf_fragment',
      ]),
    );
    expect(kept(offlineCaches.saved)).not.toContain('/pagefind/fragment/en_b.pf_fragment');
    expect(fetched.some((path) => path.includes('elsewhere'))).toBe(false);
    expect(item.bytes).toBe(note('Ask open questions.', '2026-01-10').length + '<svg/>'.length + 3);
    expect((await readIndex(context)).items.map((saved) => saved.title)).toEqual(['Screening']);
    expect((await itemOf(context, '/practices/screening/'))?.refreshedAt).toBe('2026-12-05T09:00:00.000Z');
  });

  it('says which page failed when one cannot be fetched', async () => {
    const pages = site();
    pages.set('/practices/screening/', { body: '', type: 'text/html' });
    const { context } = fakeContext(pages);
    await expect(saveItem(context, screening)).rejects.toThrow('/practices/screening/ could not be fetched');
  });
});

describe('removing a saved item', () => {
  it('drops what only it needed and keeps what another item still uses', async () => {
    const { context, kept } = fakeContext(site());
    await saveItem(context, screening);
    await saveItem(context, {
      url: '/practices/',
      title: 'Library',
      locale: 'en',
      pages: ['/practices/screening/', '/practices/referral/'],
      files: [],
    });
    await removeItem(context, '/practices/');
    expect(kept(offlineCaches.saved)).toContain('/practices/screening/');
    expect(kept(offlineCaches.saved)).not.toContain('/practices/referral/');
    await removeItem(context, '/practices/screening/');
    expect(kept(offlineCaches.saved)).not.toContain('/practices/screening/');
    expect(kept(offlineCaches.saved)).not.toContain('/uploads/checklist.pdf');
    expect((await readIndex(context)).items).toEqual([]);
  });
});

describe('refreshing after a republish', () => {
  it('fetches saved pages again and records the date of a change until the reader has seen it', async () => {
    const pages = site();
    const { context, kept } = fakeContext(pages);
    await saveItem(context, screening);
    expect(await refreshSaved(context, 'v1')).toBe(true);
    expect((await itemOf(context, screening.url))?.changed).toBeUndefined();

    pages.set('/practices/screening/', { body: note('Ask open questions, privately.', '2026-11-30') });
    expect(await refreshSaved(context, 'v1')).toBe(false);
    expect(await refreshSaved(context, 'v2')).toBe(true);
    expect((await itemOf(context, screening.url))?.changed).toBe('2026-11-30');
    const cache = await context.caches.open(offlineCaches.saved);
    expect(await (await cache.match('/practices/screening/'))!.text()).toContain('privately');
    expect(kept(offlineCaches.saved)).toContain('/pagefind/fragment/en_a.pf_fragment');

    await markSeen(context, screening.url);
    expect((await itemOf(context, screening.url))?.changed).toBeUndefined();
  });

  it('removes an entry the site no longer has, and the item when nothing of it is left', async () => {
    const pages = site();
    const { context, kept } = fakeContext(pages);
    await saveItem(context, screening);
    pages.delete('/practices/screening/');
    await refreshSaved(context, 'v2');
    expect(kept(offlineCaches.saved)).not.toContain('/practices/screening/');
    expect(kept(offlineCaches.saved)).not.toContain('/uploads/checklist.pdf');
    expect((await readIndex(context)).items).toEqual([]);
  });
});
