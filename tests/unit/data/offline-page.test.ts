import { describe, expect, test, vi } from 'vitest';
import { getCatalog, type Practice } from '../../../src/data/catalog.ts';
import {
  eventSave,
  listSave,
  offlineNotes,
  practiceSave,
  termSave,
  webManifest,
} from '../../../src/data/offline-page.ts';

vi.mock('astro:content', async () => (await import('./astro-content.ts')).mockedAstroContent());

/** The catalogue's note with an uploaded file beside its link. */
function withUpload(practice: Practice): Practice {
  const entry = practice.original;
  const resources = [
    ...entry.data.resources,
    { title: 'Checklist', file: '/uploads/checklist.pdf', format: 'pdf', language: 'en', bytes: 2_400_000 },
  ] as typeof entry.data.resources;
  const changed = { ...entry, data: { ...entry.data, resources } };
  return { ...practice, original: changed, versions: new Map([['en', changed]]) };
}

describe('"Save for offline" on an entry', () => {
  test('saves a note with its uploads on request, their size first, and stamps the date it last changed', async () => {
    const practice = withUpload((await getCatalog()).practices.get('example-referral-pathway')!);
    const save = practiceSave(practice, 'en', 'Referral pathway');
    expect(save).toMatchObject({
      url: '/practices/example-referral-pathway/',
      label: 'Save for offline',
      list: undefined,
      files: [{ url: '/uploads/checklist.pdf', bytes: 2_400_000 }],
      filesLabel: 'Also save the uploaded files (2.4 MB)',
      stamp: '2026-11-20',
      savedHref: '/saved/',
    });
  });

  test('offers no file box when an entry links to its resources instead of uploading them', async () => {
    const catalog = await getCatalog();
    const save = practiceSave(catalog.practices.get('example-referral-pathway')!, 'fr', 'Parcours');
    expect([save.url, save.files, save.filesLabel, save.savedHref]).toEqual([
      '/fr/practices/example-referral-pathway/',
      [],
      undefined,
      '/fr/saved/',
    ]);
    const event = eventSave(catalog.events.get('example-conference')!, 'en', 'Conference');
    expect(event.url).toBe('/events/example-conference/');
  });
});

describe('"Save for offline" on a list', () => {
  test('names how many notes a stage has and points at its list', async () => {
    const save = await termSave('en', 'themes', 'referral', 'Referral');
    expect(save).toMatchObject({
      url: '/themes/referral/',
      label: 'Save 1 practice note for offline',
      list: '/practices/theme/referral/',
      filesLabel: undefined,
    });
  });

  test('is absent for a list without notes', async () => {
    expect(await listSave('en', '/x/', 'Nothing', { name: 'theme', value: 'no-such-stage' })).toBeUndefined();
  });

  test('the notes file gives each note once, in the reader’s language, and the library’s, stages’ and groups’ lists', async () => {
    const { notes, lists } = await offlineNotes('fr');
    expect(notes.map((note) => note.url)).toEqual(['/fr/practices/example-referral-pathway/']);
    expect(lists['/practices/']).toEqual([0]);
    expect(lists['/practices/theme/referral/']).toEqual([0]);
    expect(lists['/practices/group/children/']).toEqual([0]);
    const english = await offlineNotes('en');
    expect(english.notes.map((note) => note.url)).toEqual(['/practices/example-referral-pathway/']);
    expect(Object.keys(lists).every((path) => !/\/theme\/[^/]+\/group\//.test(path))).toBe(true);
  });
});

describe('webManifest', () => {
  test('names the site and starts in the reader’s language, with icons of the sizes installing needs', () => {
    const manifest = webManifest('ar');
    expect(manifest).toMatchObject({ name: 'Practice Exchange', lang: 'ar', dir: 'rtl', start_url: '/ar/' });
    expect(manifest.icons.map((icon) => [icon.src, icon.sizes, icon.purpose])).toEqual([
      ['/icons/icon-192.png', '192x192', 'any'],
      ['/icons/icon-512.png', '512x512', 'any'],
      ['/icons/maskable-512.png', '512x512', 'maskable'],
    ]);
  });
});
