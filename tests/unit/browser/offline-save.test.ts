// @vitest-environment happy-dom
// <offline-save> and <offline-saved>: saving an entry or a list, the notice of a change, the saved list.
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonAttribute, mount } from './mount.ts';
import { fakeContext, type Site } from '../offline/fake-caches.ts';
import { offlineCaches } from '../../../src/offline/offline-plan.ts';
import { refreshSaved, saveItem } from '../../../src/offline/browser/saved-store.ts';
import '../../../src/offline/browser/offline-save.ts';
import '../../../src/offline/browser/offline-saved.ts';

const strings = {
  saving: 'Saving…',
  saved: 'Saved for offline reading on this device.',
  failed: 'Saving failed. Check your connection and try again.',
  changed: 'This page changed on {date}, after you saved it.',
  itemFacts: '{size} · refreshed {date}',
  remove: 'Remove',
  removed: 'Removed from this device.',
};

const page = (text: string, stamp: string) => `<main data-offline-stamp="${stamp}"><p>${text}</p></main>`;

let site: Site;
let fake: ReturnType<typeof fakeContext>;

beforeEach(() => {
  site = new Map([
    ['/practices/screening/', { body: page('Ask.', '2026-01-10') }],
    ['/practices/referral/', { body: page('Refer.', '2025-06-01') }],
    ['/themes/referral/', { body: page('Referral', '') }],
    ['/uploads/checklist.pdf', { body: 'PDF', type: 'application/pdf' }],
    ['/offline/search.json', { body: '{"files":[],"fragments":{}}', type: 'application/json' }],
    [
      '/offline/notes.json',
      {
        body: JSON.stringify({
          notes: [
            { url: '/practices/screening/', files: [{ url: '/uploads/checklist.pdf', bytes: 3 }] },
            { url: '/practices/referral/', files: [] },
          ],
          lists: { '/practices/theme/referral/': [1], '/practices/': [0, 1] },
        }),
        type: 'application/json',
      },
    ],
  ]);
  fake = fakeContext(site);
  Object.assign(window, { caches: fake.context.caches, fetch: fake.context.fetch });
});

const button = (attributes: string, files = '') => `
  <offline-save data-url="${attributes.includes('data-list') ? '/themes/referral/' : '/practices/screening/'}"
    data-title="Screening" data-locale="en" ${attributes} data-strings="${jsonAttribute(strings)}">
    <div class="panel" hidden>
      <button type="button" data-save>Save for offline</button>
      ${files}
      <p role="status" data-status></p>
      <p data-changed hidden></p>
      <a href="/saved/" data-saved-link hidden>Saved for offline</a>
    </div>
  </offline-save>`;

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('<offline-save>', () => {
  it('shows its button only once its script runs, and saves the note with its file when asked', async () => {
    mount(
      button(
        `data-files="${jsonAttribute([{ url: '/uploads/checklist.pdf', bytes: 3 }])}"`,
        '<label><input type="checkbox" data-with-files>Also save the uploaded files (3 B)</label>',
      ),
    );
    expect(document.querySelector<HTMLElement>('.panel')!.hidden).toBe(false);
    document.querySelector<HTMLInputElement>('[data-with-files]')!.checked = true;
    document.querySelector<HTMLButtonElement>('[data-save]')!.click();
    await settle();
    expect(document.querySelector('[data-status]')!.textContent).toBe(strings.saved);
    expect(document.querySelector<HTMLElement>('[data-saved-link]')!.hidden).toBe(false);
    expect(fake.kept(offlineCaches.saved)).toEqual(
      expect.arrayContaining(['/practices/screening/', '/uploads/checklist.pdf']),
    );
  });

  it('leaves the files out unless the box is ticked, and saves every note of a list', async () => {
    mount(
      button(
        'data-list="/practices/theme/referral/" data-files="[]"',
        '<label><input type="checkbox" data-with-files>Also save the uploaded files</label>',
      ),
    );
    document.querySelector<HTMLButtonElement>('[data-save]')!.click();
    await settle();
    expect(fake.kept(offlineCaches.saved)).toEqual(
      expect.arrayContaining(['/themes/referral/', '/practices/referral/']),
    );
    expect(fake.kept(offlineCaches.saved)).not.toContain('/practices/screening/');
    expect(fake.kept(offlineCaches.saved)).not.toContain('/uploads/checklist.pdf');
  });

  it('says when saving failed', async () => {
    site.delete('/offline/search.json');
    mount(button('data-files="[]"'));
    document.querySelector<HTMLButtonElement>('[data-save]')!.click();
    await settle();
    expect(document.querySelector('[data-status]')!.textContent).toBe(strings.failed);
  });

  it('tells once that a saved page changed, with the date of the change', async () => {
    const request = { url: '/practices/screening/', title: 'Screening', locale: 'en' as const, files: [] };
    await saveItem(fake.context, { ...request, pages: [request.url] });
    site.set('/practices/screening/', { body: page('Ask, privately.', '2026-11-30') });
    await refreshSaved(fake.context, 'v2');
    mount(button('data-files="[]"'));
    await settle();
    const notice = document.querySelector<HTMLElement>('[data-changed]')!;
    expect([notice.hidden, notice.textContent]).toEqual([
      false,
      'This page changed on 30 November 2026, after you saved it.',
    ]);
    mount(button('data-files="[]"'));
    await settle();
    expect(document.querySelector<HTMLElement>('[data-changed]')!.hidden).toBe(true);
  });
});

const savedList = (path: string) => `
  <offline-saved data-locale="en" data-path="${path}" data-strings="${jsonAttribute(strings)}">
    <div data-not-saved hidden><p>You are offline and this page is not saved.</p></div>
    <p data-needs-script>Saving pages for offline reading needs JavaScript.</p>
    <p data-empty hidden>Nothing is saved on this device yet.</p>
    <ul hidden></ul>
    <p role="status" data-status></p>
  </offline-saved>`;

describe('<offline-saved>', () => {
  it('lists what is saved with its size and refresh date, and removes an item', async () => {
    for (const url of ['/practices/screening/', '/practices/referral/'])
      await saveItem(fake.context, { url, title: url.split('/')[2]!, locale: 'en', pages: [url], files: [] });
    mount(savedList(location.pathname));
    await settle();
    expect(document.querySelector('[data-needs-script]')).toBeNull();
    expect(document.querySelector<HTMLElement>('[data-not-saved]')!.hidden).toBe(true);
    const rows = () => [...document.querySelectorAll('li')].map((row) => row.textContent);
    expect(rows()).toEqual([
      `referral ${page('Refer.', '2025-06-01').length} byte · refreshed 5 December 2026 Remove`,
      `screening ${page('Ask.', '2026-01-10').length} byte · refreshed 5 December 2026 Remove`,
    ]);
    document.querySelector<HTMLButtonElement>('li button')!.click();
    await settle();
    expect(rows()).toHaveLength(1);
    expect(document.activeElement?.textContent).toBe('screening');
    expect(document.querySelector('[data-status]')!.textContent).toBe(strings.removed);
    expect(fake.kept(offlineCaches.saved)).not.toContain('/practices/referral/');
  });

  it('says that nothing is saved, and, served for another page, that that page is not saved', async () => {
    mount(savedList('/saved/'));
    await settle();
    expect(document.querySelector<HTMLElement>('[data-empty]')!.hidden).toBe(false);
    expect(document.querySelector<HTMLElement>('ul')!.hidden).toBe(true);
    // The test page's address is not the saved page's: the worker served this page in place of another.
    expect(location.pathname).not.toBe('/saved/');
    expect(document.querySelector<HTMLElement>('[data-not-saved]')!.hidden).toBe(false);
  });
});
