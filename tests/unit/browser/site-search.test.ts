// @vitest-environment happy-dom
// <site-search>: the search page follows the words and filters in the URL fragment, on a stubbed Pagefind.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonAttribute, mount } from './mount.ts';
import { englishStrings, outcome, resultTemplate, resultTitles } from './search-fixtures.ts';
import { runSearch } from '../../../src/search/browser/pagefind.ts';
import '../../../src/search/browser/site-search.ts';

vi.mock('../../../src/search/browser/pagefind.ts', () => ({ preloadSearch: vi.fn(), runSearch: vi.fn() }));

/** The field's terms as the page hands them over: one term's names in English. */
const terms = jsonAttribute([['trafficking in human beings', 'THB']]);

// As SiteSearch renders it on the English search page.
const html = `
  <site-search data-locale="en" data-strings="${englishStrings}" data-terms="${terms}">
    <form class="query" role="search" aria-label="Search the site">
      <label for="search-query">Words to search for</label>
      <div class="field"><input id="search-query" type="search"> <button type="submit">Search</button></div>
    </form>
    <div class="options">
      <fieldset class="scope">
        <legend>Search in</legend>
        <label><input type="radio" name="scope" value="own" checked> English</label>
        <label><input type="radio" name="scope" value="all"> All languages</label>
      </fieldset>
      <label class="sort">Sort by
        <select name="sort"><option value="relevance">Best match</option><option value="newest">Newest first</option></select>
      </label>
    </div>
    <p class="status" role="status" data-status></p>
    <p class="also" data-also hidden></p>
    <p class="suggestion" data-suggestion hidden></p>
    <div class="none" data-none hidden>
      <p>Check the spelling, try a shorter or more general word, or browse the lists.</p>
      <p class="actions">
        <button type="button" data-all-languages>Search all languages</button>
        <button type="button" data-clear-filters>Clear all filters</button>
      </p>
    </div>
    <div class="layout">
      <details class="refine" data-refine hidden>
        <summary>Filter results</summary>
        <div class="filters" data-filters></div>
      </details>
      <section class="results" aria-labelledby="results-heading" data-results-section hidden>
        <h2 id="results-heading" class="visually-hidden">Results</h2>
        <ol data-results></ol>
        <button type="button" class="more" data-more hidden>Show more results</button>
      </section>
    </div>
    ${resultTemplate('h3')}
  </site-search>`;

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const status = () => $('[data-status]').textContent;
const titles = () => resultTitles($('[data-results]'));
/** Whether the last search has been shown: the status says something once it is. */
const searched = () => vi.waitFor(() => expect(status()).not.toBe(''));
const lastSearch = () => vi.mocked(runSearch).mock.lastCall!;

/** Opens the search page at `address`, as a link or the back button does. */
async function open(address: string) {
  history.replaceState(null, '', address);
  mount(html);
  await searched();
}

describe('<site-search>', () => {
  beforeEach(() => {
    // The index's vocabulary, which "Did you mean" loads when a search finds little: missing unless a test
    // serves it (a missing file is asked for again next time).
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 404 })));
    vi.mocked(runSearch).mockReset();
    vi.mocked(runSearch).mockResolvedValue(outcome(7));
  });

  it('searches the words in the fragment and shows five results at a time', async () => {
    await open('/search/#q=referral');
    expect($<HTMLInputElement>('#search-query').value).toBe('referral');
    expect(lastSearch()[0]).toMatchObject({ query: 'referral', allLanguages: false });
    expect(status()).toBe('7 results for “referral”');
    expect(titles()).toEqual(['Note 1', 'Note 2', 'Note 3', 'Note 4', 'Note 5']);
    expect($('[data-more]').hidden).toBe(false);

    $('[data-more]').click();
    await vi.waitFor(() => expect(titles()).toHaveLength(7));
    expect(status()).toBe('Showing 7 of 7 results');
    expect(document.activeElement!.textContent).toBe('Note 6');
    expect($('[data-more]').hidden).toBe(true);
  });

  it('moves words sent as ?q= (an old link) into the fragment', async () => {
    await open('/search/?q=referral');
    expect(location.search).toBe('');
    expect(location.hash).toBe('#q=referral');
    expect(lastSearch()[0]).toMatchObject({ query: 'referral' });
  });

  it('records the words of the form in the fragment', async () => {
    history.replaceState(null, '', '/search/');
    mount(html);
    expect(runSearch).not.toHaveBeenCalled();
    $<HTMLInputElement>('#search-query').value = 'identification';
    $<HTMLFormElement>('form').requestSubmit();
    await searched();
    expect(location.hash).toBe('#q=identification');
    expect(lastSearch()[0]).toMatchObject({ query: 'identification' });
  });

  it('says when nothing matches, and searches every language when asked', async () => {
    vi.mocked(runSearch).mockResolvedValue(outcome(0));
    await open('/search/#q=zzz');
    expect(status()).toBe('Nothing matches “zzz”.');
    expect($('[data-none]').hidden).toBe(false);
    expect($('[data-clear-filters]').hidden).toBe(true);

    $('[data-all-languages]').click();
    await vi.waitFor(() => expect(lastSearch()[0]).toMatchObject({ allLanguages: true }));
    expect(location.hash).toBe('#q=zzz&in=all');
    expect($<HTMLInputElement>('[name="scope"][value="all"]').checked).toBe(true);
  });

  it('counts the filters when opened, and a ticked value narrows the search', async () => {
    vi.mocked(runSearch).mockResolvedValue(outcome(7, { theme: { Referral: 3, Identification: 4 } }));
    await open('/search/#q=referral');
    const refine = $<HTMLDetailsElement>('[data-refine]');
    expect(refine.hidden).toBe(false);
    expect(lastSearch()[2]).toBeFalsy();

    refine.open = true;
    refine.dispatchEvent(new Event('toggle'));
    await vi.waitFor(() => expect($('[data-filters]').querySelector('fieldset')).not.toBeNull());
    expect(lastSearch()[2]).toBe(true);
    const labels = [...$('[data-filters]').querySelectorAll('label')].map((label) => label.textContent);
    expect(labels).toEqual([' Identification (4)', ' Referral (3)']);
    expect($('[data-filters] legend').textContent).toBe('Stage of response');

    const box = $<HTMLInputElement>('[data-filters] input[value="Referral"]');
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(lastSearch()[0]).toMatchObject({ filters: { theme: ['Referral'] } }));
    expect(location.hash).toBe('#q=referral&theme=Referral');
  });

  it('also searches the other names of a term, says so, and undoes it', async () => {
    await open('/search/#q=THB');
    expect(lastSearch()[3]).toEqual(['THB', 'trafficking in human beings']);
    expect($('[data-also]').hidden).toBe(false);
    expect($('[data-also]').textContent).toBe(
      'Also searched: “trafficking in human beings”.Search only for “THB”',
    );

    $('[data-also] button').click();
    await vi.waitFor(() => expect(lastSearch()[3]).toEqual(['THB']));
    expect(location.hash).toBe('#q=THB&exact=1');
    await vi.waitFor(() =>
      expect($('[data-also]').textContent).toBe(
        'Searched only for “THB”.Also search for “trafficking in human beings”',
      ),
    );
  });

  it('offers the nearest word of the index when the words found little, and searches it', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      return Promise.resolve(new Response(JSON.stringify(['trafficking', 'referral'])));
    });
    vi.mocked(runSearch).mockResolvedValue(outcome(7));
    await open('/search/#q=referral');
    expect(fetched).toEqual([]);

    vi.mocked(runSearch).mockResolvedValue(outcome(0));
    await open('/search/#q=trafficing');
    await vi.waitFor(() => expect($('[data-suggestion]').hidden).toBe(false));
    expect(fetched).toEqual(['/pagefind/vocabulary-en.json']);
    expect($('[data-suggestion]').textContent).toBe('Did you mean trafficking?');

    $('[data-suggestion] button').click();
    await vi.waitFor(() => expect(lastSearch()[0]).toMatchObject({ query: 'trafficking' }));
    expect($<HTMLInputElement>('#search-query').value).toBe('trafficking');
    vi.unstubAllGlobals();
  });

  it('says when search cannot be loaded', async () => {
    vi.mocked(runSearch).mockRejectedValue(new Error('offline'));
    await open('/search/#q=referral');
    expect(status()).toMatch(/^Search could not be loaded/);
    expect($('[data-results-section]').hidden).toBe(true);
  });
});
