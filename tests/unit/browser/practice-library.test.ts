// @vitest-environment happy-dom
// <practice-library>: the library's facets become checkboxes that filter the list on its Pagefind index (here
// a small fake of it) and keep the view in the URL query.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonAttribute, mount } from './mount.ts';
import { libraryStrings } from '../../../src/library/library-strings.ts';
import { loadPagefind } from '../../../src/search/browser/pagefind.ts';
import '../../../src/library/browser/practice-library.ts';

// The real countedSearch (how counts are asked for), on a fake index.
vi.mock('../../../src/search/browser/pagefind.ts', async (actual) => ({
  ...(await actual<object>()),
  loadPagefind: vi.fn(),
}));

/** The library's records, as the indexer writes them: filters by facet, and the card's words. */
const notes = [
  { title: 'Referral pathways', theme: ['referral'], group: ['domestic-workers'], lang: undefined },
  { title: 'Identification guide', theme: ['identification'], group: ['domestic-workers'], lang: 'hr' },
  { title: 'Casework training', theme: ['referral', 'identification'], group: [], lang: undefined },
];

type Filters = Record<string, { any: string[] }>;

/** Pagefind's filtering: any value within a filter, every filter; the language filter matches every note. */
const fakeIndex = {
  search(_term: null, { filters }: { filters: Filters }) {
    const facets = Object.entries(filters).filter(([name]) => name !== 'language');
    const found = notes.filter((note) =>
      facets.every(([name, { any }]) =>
        any.some((value) => (note[name as 'theme' | 'group'] ?? []).includes(value)),
      ),
    );
    const counts: Record<string, Record<string, number>> = { theme: {}, group: {} };
    for (const note of found)
      for (const name of ['theme', 'group'] as const)
        for (const value of note[name]) counts[name]![value] = (counts[name]![value] ?? 0) + 1;
    const results = found.map((note) => ({
      id: note.title,
      data: () =>
        Promise.resolve({
          url: `/practices/${note.title.toLowerCase().replaceAll(' ', '-')}/`,
          excerpt: '',
          meta: {
            title: note.title,
            summary: 'A summary.',
            kind: 'Guidance',
            details: 'British Red Cross',
            lang: note.lang,
          },
          filters: {},
        }),
    }));
    return Promise.resolve({ results, filters: counts });
  },
};

const option = (facet: string, value: string, label: string, count: number) => `
  <li data-facet="${facet}" data-value="${value}">
    <a href="/practices/${facet}/${value}/"> ${label} </a>
    <span class="option-count"> <span aria-hidden="true">${count}</span> <span class="visually-hidden">${count} practice notes</span> </span>
  </li>`;

// As PracticeLibrary renders /practices/ in English, cut down to two facets and one card.
const html = `
  <practice-library class="library" data-locale="en" data-base="/practices/" data-filters="{}"
    data-strings="${jsonAttribute(libraryStrings('en'))}">
    <nav class="facets no-print" aria-label="Filter practice notes" data-facets>
      <section aria-labelledby="facet-theme"><h2 id="facet-theme">Stage of response</h2>
        <ul>${option('theme', 'identification', 'Identification', 2)}${option('theme', 'referral', 'Referral', 2)}</ul>
      </section>
      <section aria-labelledby="facet-group"><h2 id="facet-group">Vulnerable group</h2>
        <ul>${option('group', 'domestic-workers', 'Domestic workers', 2)}</ul>
      </section>
    </nav>
    <p class="result-count no-print" role="status" tabindex="-1" data-status> 3 practice notes </p>
    <div class="results">
      <div class="controls no-print" data-toolbar hidden>
        <label> Sort by <select data-sort><option value="newest">Newest first</option><option value="title">Title, A to Z</option></select></label>
        <button type="button" data-clear hidden> Clear all filters </button>
      </div>
      <ul class="card-grid" data-results>
        <li class="card-item"><article class="card"><h2 class="title"><a href="/practices/referral-pathways/">Referral pathways</a></h2></article></li>
      </ul>
      <nav class="pagination no-print" aria-label="Pages" data-pagination hidden><ul></ul></nav>
    </div>
    <template data-card-template>
      <li class="card-item" data-untranslated="en">
        <article class="card">
          <p class="eyebrow">-</p>
          <p class="untranslated"> Not translated · <span lang="en" dir="ltr">English</span> </p>
          <h2 class="title" lang="en" dir="ltr"> <a href="#">-</a> </h2>
          <p class="summary" lang="en" dir="ltr"> - </p>
          <p class="details">-</p>
        </article>
      </li>
    </template>
  </practice-library>`;

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const box = (value: string) => $<HTMLInputElement>(`input[value="${value}"]`);
const status = () => $('[data-status]').textContent.trim();
const titles = () => [...document.querySelectorAll('[data-results] .title a')].map((a) => a.textContent);
const shownCount = (value: string) =>
  $(`li[data-value="${value}"] .option-count`).firstElementChild!.textContent;
const tick = async (value: string, checked = true) => {
  box(value).checked = checked;
  box(value).dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(() => expect($('practice-library').hasAttribute('aria-busy')).toBe(false));
};

describe('<practice-library>', () => {
  beforeEach(() => {
    vi.mocked(loadPagefind).mockReset();
    vi.mocked(loadPagefind).mockResolvedValue(fakeIndex as never);
    history.replaceState(null, '', '/practices/');
  });

  it('turns each option into a checkbox described by its count, without loading the index', () => {
    mount(html);
    expect(box('referral').name).toBe('theme');
    expect(box('referral').parentElement!.textContent).toBe(' Referral');
    expect(box('referral').getAttribute('aria-describedby')).toBe('count-theme-referral');
    expect($('[data-toolbar]').hidden).toBe(false);
    expect(loadPagefind).not.toHaveBeenCalled();
    expect(status()).toBe('3 practice notes');
  });

  it('filters on a ticked value, updates the count and the counts, and writes the URL query', async () => {
    mount(html);
    await tick('identification');
    expect(titles()).toEqual(['Identification guide', 'Casework training']);
    expect(status()).toBe('2 practice notes');
    expect(location.search).toBe('?theme=identification');
    // Another stage adds to the list; a group narrows it.
    expect(shownCount('referral')).toBe('2');
    expect(shownCount('domestic-workers')).toBe('1');
    expect($('[data-clear]').hidden).toBe(false);
  });

  it('adds values of one facet up and narrows by every facet', async () => {
    mount(html);
    await tick('identification');
    await tick('referral');
    expect(status()).toBe('3 practice notes');
    await tick('domestic-workers');
    expect(titles()).toEqual(['Referral pathways', 'Identification guide']);
    expect(location.search).toBe('?theme=identification&theme=referral&group=domestic-workers');
  });

  it('marks a card shown in its original language', async () => {
    mount(html);
    await tick('identification');
    const card = document.querySelector<HTMLElement>('[data-results] .card-item')!;
    expect(card.dataset['untranslated']).toBe('hr');
    expect(card.querySelector('.untranslated [lang]')!.textContent).toBe('Hrvatski');
    expect(card.querySelector('.title')!.getAttribute('lang')).toBe('hr');
    const translated = document.querySelectorAll<HTMLElement>('[data-results] .card-item')[1]!;
    expect(translated.querySelector('.untranslated')).toBeNull();
    expect(translated.querySelector('.title')!.hasAttribute('lang')).toBe(false);
  });

  it('shows the view a shared address asks for', async () => {
    history.replaceState(null, '', '/practices/?group=domestic-workers');
    mount(html);
    await vi.waitFor(() => expect(status()).toBe('2 practice notes'));
    expect(box('domestic-workers').checked).toBe(true);
  });

  it('keeps the links of the static page when the index cannot be loaded', async () => {
    vi.mocked(loadPagefind).mockRejectedValue(new Error('offline'));
    mount(html);
    await tick('referral');
    expect(status()).toMatch(/could not be loaded/);
    expect($<HTMLAnchorElement>('li[data-value="referral"] a').getAttribute('href')).toBe(
      '/practices/theme/referral/',
    );
  });
});
