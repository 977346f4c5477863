import { describe, expect, test, vi } from 'vitest';
import { getCatalog } from '../../../src/data/catalog.ts';
import { entryPage } from '../../../src/data/entry-page.ts';
import { practiceSearch } from '../../../src/search/search-meta.ts';

vi.mock('astro:content', async () => (await import('./astro-content.ts')).mockedAstroContent());

const note = { title: (data: { title: string }) => data.title, search: practiceSearch };

describe('entryPage', () => {
  test('shows the version in the reader’s language, under its list, in the languages it is written in', async () => {
    const catalog = await getCatalog();
    const practice = catalog.practices.get('example-referral-pathway')!;
    const page = entryPage(catalog, 'practices', practice, 'fr', note);
    expect(page.entry.data.title).toBe('Un exemple de parcours d’orientation');
    expect(page.path).toBe('/practices/example-referral-pathway/');
    expect(page.available).toEqual(['en', 'fr']);
    expect(page.frame).toMatchObject({
      title: 'Un exemple de parcours d’orientation',
      description: 'Un parcours qui utilise tous les champs d’une fiche de pratique.',
      path: '/practices/example-referral-pathway/',
      breadcrumbs: [{ label: 'Fiches de pratique', path: '/practices/' }],
      contentLocales: ['en', 'fr'],
      pageLocales: ['en', 'fr'],
    });
    // Indexed in French, with the filters named in French.
    expect(page.frame.search?.filters.theme).toEqual(['Orientation']);
  });

  test('has the notices for readers of missing languages on the original only', async () => {
    const catalog = await getCatalog();
    const practice = catalog.practices.get('example-referral-pathway')!;
    expect(entryPage(catalog, 'practices', practice, 'en', note).untranslated).toEqual({
      path: '/practices/',
      title: 'practices.title',
    });
    expect(entryPage(catalog, 'practices', practice, 'fr', note).untranslated).toBeUndefined();
  });
});
