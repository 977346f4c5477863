// @vitest-environment happy-dom
// <search-box>: the banner's field shows the top results as the reader types, on a stubbed Pagefind.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonAttribute, mount } from './mount.ts';
import { englishStrings, outcome, resultTemplate, resultTitles } from './search-fixtures.ts';
import { preloadSearch, runSearch } from '../../../src/search/browser/pagefind.ts';
import '../../../src/search/browser/search-box.ts';

vi.mock('../../../src/search/browser/pagefind.ts', () => ({ preloadSearch: vi.fn(), runSearch: vi.fn() }));

// As SearchBox renders it in the banner of an English page.
const html = `
  <search-box data-locale="en" data-search-page="/search/" data-strings="${englishStrings}" data-terms="${jsonAttribute([['trafficking in human beings', 'THB']])}">
    <form action="/search/" method="get" role="search" aria-label="Search the site">
      <input type="search" aria-label="Search the site" placeholder="Search" aria-controls="quick-results">
      <button type="submit"><span class="visually-hidden">Search</span></button>
    </form>
    <p class="visually-hidden" role="status" data-status></p>
    <section class="panel" id="quick-results" aria-label="Top results" hidden>
      <p class="message" data-message hidden></p>
      <ol class="results" data-results></ol>
      <p class="more"><a data-more href="/search/"> All results and filters </a></p>
    </section>
    ${resultTemplate('p')}
  </search-box>`;

const input = () => document.querySelector('input')!;
const panel = () => document.querySelector<HTMLElement>('.panel')!;
const more = () => document.querySelector<HTMLAnchorElement>('[data-more]')!;
const status = () => document.querySelector('[data-status]')!.textContent;

/** Types words into the field and waits for the panel to open. */
async function type(words: string) {
  input().value = words;
  input().dispatchEvent(new Event('input'));
  await vi.waitFor(() => expect(panel().hidden).toBe(false));
}

describe('<search-box>', () => {
  beforeEach(() => {
    vi.mocked(runSearch).mockReset();
    mount(html);
  });

  it('loads the index when the field gets focus, not with the page', () => {
    vi.mocked(preloadSearch).mockClear();
    expect(preloadSearch).not.toHaveBeenCalled();
    input().focus();
    expect(preloadSearch).toHaveBeenCalledWith('en');
  });

  it('shows the top five results as the reader types, and a link to all of them', async () => {
    vi.mocked(runSearch).mockResolvedValue(outcome(7));
    await type('referral');
    expect(runSearch).toHaveBeenCalledWith(expect.objectContaining({ query: 'referral' }), 'en', false, [
      'referral',
    ]);
    expect(resultTitles(panel())).toEqual(['Note 1', 'Note 2', 'Note 3', 'Note 4', 'Note 5']);
    expect(panel().querySelector('mark')!.textContent).toBe('referral');
    expect(status()).toBe('7 results for “referral”');
    expect(more().textContent).toBe('All results and filters');
    expect(more().getAttribute('href')).toBe('/search/#q=referral');
  });

  it('also searches the other names of a term, and says so', async () => {
    vi.mocked(runSearch).mockResolvedValue(outcome(3));
    await type('THB');
    expect(vi.mocked(runSearch).mock.lastCall![3]).toEqual(['THB', 'trafficking in human beings']);
    expect(panel().querySelector('[data-message]')!.textContent).toBe(
      'Also searched: “trafficking in human beings”.',
    );
    expect(status()).toBe('3 results for “THB” Also searched: “trafficking in human beings”.');
  });

  it('says when nothing matches, and offers every language', async () => {
    vi.mocked(runSearch).mockResolvedValue(outcome(0));
    await type('zzz');
    expect(resultTitles(panel())).toEqual([]);
    expect(panel().querySelector('[data-message]')!.textContent).toBe('Nothing matches “zzz”.');
    expect(more().textContent).toBe('Search all languages');
    expect(more().getAttribute('href')).toBe('/search/#q=zzz&in=all');
  });

  it('says when search cannot be loaded', async () => {
    vi.mocked(runSearch).mockRejectedValue(new Error('offline'));
    await type('referral');
    expect(status()).toMatch(/^Search could not be loaded/);
  });

  it('moves down into the results with the arrow key, and Escape closes them', async () => {
    vi.mocked(runSearch).mockResolvedValue(outcome(2));
    await type('referral');
    input().focus();
    input().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement!.textContent).toBe('Note 1');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(panel().hidden).toBe(true);
    expect(document.activeElement).toBe(input());
  });

  it('hides the results when the field is emptied', async () => {
    vi.mocked(runSearch).mockResolvedValue(outcome(2));
    await type('referral');
    input().value = '';
    input().dispatchEvent(new Event('input'));
    await vi.waitFor(() => expect(panel().hidden).toBe(true));
    expect(resultTitles(panel())).toEqual([]);
  });
});
