// <site-search>: the search page's search on Pagefind in the browser: a field, the language to search in, the
// order, results five at a time, and filters with counts behind "Filter results", loaded when opened. Its words
// come from the page as JSON (data-strings); without script the page offers its lists instead.
import { isLocale, type Locale } from '../../core/locales.ts';
import { lazy } from '../../core/memo.ts';
import { searchFilterKeys, type SearchFilterKey } from '../search-meta.ts';
import {
  emptySearch,
  hasChosenFilters,
  hasSearch,
  readSearchState,
  toggleFilter,
  writeSearchState,
  type SearchState,
} from '../search-state.ts';
import type { SearchStrings } from '../search-strings.ts';
import { expandQuery, type TermNames } from '../search-terms.ts';
import { preloadSearch, runSearch, type Outcome, type Result } from './pagefind.ts';
import { didYouMean, planQuery, type QueryPlan } from './query-plan.ts';
import { renderResult, searchWords } from './search-results.ts';

/** Fewer results than this, and "Did you mean …?" looks for a nearer word. */
const fewResults = 3;

/** Results shown first and added by "Show more results", as in Pagefind's own interface: each loads its own file. */
const pageSize = 5;

export class SiteSearch extends HTMLElement {
  // Found when connected: a constructor must not read attributes or children, which the parser may not have
  // added yet.
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #none!: HTMLElement;
  #refine!: HTMLDetailsElement;
  #filters!: HTMLElement;
  #section!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #template!: HTMLTemplateElement;
  #locale: Locale = 'en';
  #strings!: SearchStrings;
  #also!: HTMLElement;
  #suggestion!: HTMLElement;
  /** The field's terms in the page's language: a name typed also searches the others. */
  #terms: TermNames = [];
  /** What the search on screen asked Pagefind: the filters' counts ask the same. */
  #plan: QueryPlan = { terms: [], expansions: [] };
  /** Made at the first search, not on load. */
  #words = lazy(() => searchWords(this.#strings, this.#locale));
  #collator = lazy(() => new Intl.Collator(this.#locale, { numeric: true }));
  #state: SearchState = emptySearch;
  #results: Result[] = [];
  #latest = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the query being typed already has its own history entry: one per query, not per keystroke. */
  #typing = false;
  /** The search (its fragment) whose counts the filters show or are loading; undefined when they show none. */
  #countedFor: string | undefined;
  /** Whether "Show more results" is loading: a second press meanwhile would add the same results again. */
  #addingMore = false;

  connectedCallback() {
    this.#input = this.querySelector<HTMLInputElement>('#search-query')!;
    this.#status = this.querySelector<HTMLElement>('[data-status]')!;
    this.#none = this.querySelector<HTMLElement>('[data-none]')!;
    this.#refine = this.querySelector<HTMLDetailsElement>('[data-refine]')!;
    this.#filters = this.querySelector<HTMLElement>('[data-filters]')!;
    this.#section = this.querySelector<HTMLElement>('[data-results-section]')!;
    this.#list = this.querySelector<HTMLOListElement>('[data-results]')!;
    this.#more = this.querySelector<HTMLButtonElement>('[data-more]')!;
    this.#template = this.querySelector<HTMLTemplateElement>('[data-result-template]')!;
    if (isLocale(this.dataset['locale'])) this.#locale = this.dataset['locale'];
    this.#strings = JSON.parse(this.dataset['strings']!) as SearchStrings;
    this.#terms = JSON.parse(this.dataset['terms'] ?? '[]') as TermNames;
    this.#also = this.querySelector<HTMLElement>('[data-also]')!;
    this.#suggestion = this.querySelector<HTMLElement>('[data-suggestion]')!;
    this.#takeQueryString();
    this.#input.addEventListener('focus', () => preloadSearch(this.#locale), { once: true });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#change({ query: this.#input.value }, 'typing'), 150);
    });
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      this.#change({ query: this.#input.value }, 'push');
    });
    this.addEventListener('change', (event) => this.#onChange(event.target as HTMLInputElement));
    this.querySelector('[data-all-languages]')!.addEventListener('click', () =>
      this.#change({ allLanguages: true }, 'push'),
    );
    this.querySelector('[data-clear-filters]')!.addEventListener('click', () =>
      this.#change({ filters: {} }, 'push'),
    );
    this.#more.addEventListener('click', () => void this.#addMore());
    // Counts load every filter's values, which grow with the entries: only when the reader opens the filters.
    this.#refine.addEventListener('toggle', () => {
      if (this.#refine.open) void this.#count();
    });
    // Back, forward, or a shared link followed on this page.
    window.addEventListener('popstate', () => this.#follow());
    window.addEventListener('hashchange', () => this.#follow());
    this.#follow();
  }

  /** Terms that came as ?q= (an old link, or a form sent before the script ran) move to the fragment. */
  #takeQueryString() {
    const url = new URL(location.href);
    const query = url.searchParams.get('q');
    if (query === null) return;
    url.searchParams.delete('q');
    url.hash = writeSearchState({ ...readSearchState(url.hash), query });
    history.replaceState(null, '', url);
  }

  #follow() {
    const state = readSearchState(location.hash);
    if (writeSearchState(state) === writeSearchState(this.#state)) return;
    this.#state = state;
    this.#typing = false;
    // A link or history entry with chosen filters shows them, so that the reader sees what narrows the results.
    if (hasChosenFilters(state)) this.#refine.open = true;
    if (this.#input.value.trim() !== state.query) this.#input.value = state.query;
    void this.#search();
  }

  #onChange(target: HTMLInputElement) {
    if (target.name === 'scope') this.#change({ allLanguages: target.value === 'all' }, 'push');
    else if (target.name === 'sort')
      this.#change({ sort: target.value === 'newest' ? 'newest' : 'relevance' }, 'push');
    else if (target.dataset['filter'])
      this.#change(
        toggleFilter(this.#state, target.dataset['filter'] as SearchFilterKey, target.value, target.checked),
        'push',
      );
  }

  /** A new state from the reader: recorded in the fragment (a history entry per query or choice), then searched. */
  #change(change: Partial<SearchState>, record: 'typing' | 'push') {
    const state = { ...this.#state, ...change };
    const fragment = writeSearchState(state);
    if (fragment === writeSearchState(this.#state)) return;
    const url = fragment ? `#${fragment}` : location.pathname;
    if (record === 'typing' && this.#typing) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.#typing = record === 'typing';
    this.#state = state;
    void this.#search();
  }

  #syncControls() {
    const { allLanguages, sort } = this.#state;
    for (const radio of this.querySelectorAll<HTMLInputElement>('[name="scope"]'))
      radio.checked = radio.value === (allLanguages ? 'all' : 'own');
    this.querySelector<HTMLSelectElement>('[name="sort"]')!.value = sort;
  }

  async #search() {
    this.#syncControls();
    const call = ++this.#latest;
    const state = this.#state;
    this.#also.hidden = true;
    this.#suggestion.hidden = true;
    if (!hasSearch(state)) {
      this.#show({ status: '', results: false, none: false });
      return;
    }
    // Open filters are counted with the results, and keep their boxes (and focus) until the new counts come.
    const counting = this.#refine.open;
    if (counting) this.#countedFor = writeSearchState(state);
    else this.#forgetCounts();
    const slow = setTimeout(() => (this.#status.textContent = this.#strings.loading), 400);
    // Busy until the results and any "Did you mean" are shown: what assistive technology (and a test) waits for.
    this.setAttribute('aria-busy', 'true');
    try {
      const plan = await planQuery(state.query, this.#locale, this.#terms, state.typedOnly);
      const outcome = await runSearch(state, this.#locale, counting, plan.terms);
      if (call !== this.#latest) return;
      this.#plan = plan;
      this.#results = outcome.results;
      this.#list.replaceChildren();
      await this.#showMore(call, false);
      if (call !== this.#latest) return;
      if (counting) this.#renderFilters(outcome);
      this.#show({
        status: this.#statusText(),
        results: this.#results.length > 0,
        none: this.#results.length === 0,
      });
      this.#showNames();
      if (state.query && this.#results.length < fewResults) await this.#suggest(call);
    } catch {
      if (call !== this.#latest) return;
      this.#results = [];
      this.#forgetCounts();
      this.#show({ status: this.#strings.failed, results: false, none: false });
    } finally {
      clearTimeout(slow);
      if (call === this.#latest) this.removeAttribute('aria-busy');
    }
  }

  /** The other names searched, with a button that undoes them; or, undone, a button that searches them again. */
  #showNames() {
    const { query, typedOnly } = this.#state;
    const names = (typedOnly ? expandQuery(query, this.#terms) : this.#plan.expansions).map(
      (expansion) => expansion.name,
    );
    if (names.length === 0) return;
    const words = this.#words();
    const list = new Intl.ListFormat(this.#locale, { type: 'conjunction' }).format(
      names.map((name) => words.fill(this.#strings.quotedName, { name })),
    );
    const button = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: words.fill(typedOnly ? this.#strings.alsoSearch : this.#strings.typedOnly, {
        query,
        names: list,
      }),
    });
    button.addEventListener('click', () => this.#change({ typedOnly: !typedOnly }, 'push'));
    const text = words.fill(typedOnly ? this.#strings.searchedTyped : this.#strings.alsoSearched, {
      query,
      names: list,
    });
    this.#also.replaceChildren(Object.assign(document.createElement('span'), { textContent: text }), button);
    this.#also.hidden = false;
  }

  /** "Did you mean …?" from the index's own words, when the words typed found little. */
  async #suggest(call: number) {
    const suggestion = await didYouMean(this.#state.query, this.#locale).catch(() => undefined);
    if (call !== this.#latest || !suggestion) return;
    const [before = '', after = ''] = this.#strings.didYouMean.split('{suggestion}');
    const button = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: suggestion,
    });
    button.addEventListener('click', () => {
      this.#input.value = suggestion;
      this.#change({ query: suggestion, typedOnly: false }, 'push');
    });
    this.#suggestion.replaceChildren(before, button, after);
    this.#suggestion.hidden = false;
  }

  #statusText(): string {
    const { query, allLanguages } = this.#state;
    if (this.#results.length > 0) return this.#words().summary(this.#results.length, query);
    if (!query) return this.#strings.noneFiltered;
    const inOwnLanguage = !allLanguages && this.#locale !== 'en' && !hasChosenFilters(this.#state);
    return this.#words().fill(inOwnLanguage ? this.#strings.noneInLanguage : this.#strings.none, { query });
  }

  #show({ status, results, none }: { status: string; results: boolean; none: boolean }) {
    this.#status.textContent = status;
    this.#section.hidden = !results;
    this.#refine.hidden = !this.#canFilter();
    this.#none.hidden = !none;
    this.querySelector<HTMLElement>('[data-all-languages]')!.hidden = this.#state.allLanguages;
    this.querySelector<HTMLElement>('[data-clear-filters]')!.hidden = !hasChosenFilters(this.#state);
  }

  /** Filters are offered where they could narrow the results (two or more), or where one is chosen (to undo it). */
  #canFilter(): boolean {
    return hasChosenFilters(this.#state) || (hasSearch(this.#state) && this.#results.length > 1);
  }

  /** Adds the next results to the list, unless search `call` has been overtaken by a newer one meanwhile. */
  async #showMore(call: number, asked: boolean) {
    const from = this.#list.childElementCount;
    const data = await Promise.all(this.#results.slice(from, from + pageSize).map((result) => result.data()));
    if (call !== this.#latest) return;
    const items = data.map((item) =>
      renderResult(this.#template, item, this.#strings, this.#locale, Boolean(this.#state.query)),
    );
    this.#list.append(...items);
    this.#more.hidden = this.#list.childElementCount >= this.#results.length;
    if (!asked) return;
    // The reader asked: say how many show now, and go on reading at the first new one.
    this.#status.textContent = this.#words().fill(this.#strings.shown, {
      shown: this.#list.childElementCount,
      count: this.#results.length,
    });
    items[0]?.querySelector('a')?.focus();
  }

  /** "Show more results", pressed. */
  async #addMore() {
    if (this.#addingMore) return;
    this.#addingMore = true;
    try {
      await this.#showMore(this.#latest, true);
    } catch {
      this.#status.textContent = this.#strings.failed;
    } finally {
      this.#addingMore = false;
    }
  }

  /** Loads and shows the counts for the search on screen, when the reader opens the filters. */
  async #count() {
    const state = this.#state;
    const fragment = writeSearchState(state);
    if (!hasSearch(state) || this.#countedFor === fragment) return;
    this.#countedFor = fragment;
    this.#filters.replaceChildren(this.#note(this.#strings.filtersLoading));
    try {
      const outcome = await runSearch(state, this.#locale, true, this.#plan.terms);
      // A newer search may have taken over the filters meanwhile.
      if (this.#countedFor === fragment) this.#renderFilters(outcome);
    } catch {
      if (this.#countedFor !== fragment) return;
      this.#countedFor = undefined;
      this.#filters.replaceChildren(this.#note(this.#strings.failed));
    }
  }

  /** Empties the filters, whose counts no longer fit the search; opening them loads the new ones. */
  #forgetCounts() {
    this.#countedFor = undefined;
    this.#filters.replaceChildren();
  }

  #note(text: string): HTMLParagraphElement {
    return Object.assign(document.createElement('p'), { className: 'note', textContent: text });
  }

  /**
   * One fieldset per filter that can narrow the results, each value with its count; chosen values stay.
   * Where none can, the filters say so.
   */
  #renderFilters({ counts, results }: Outcome) {
    const focused = document.activeElement as HTMLInputElement | null;
    const refocus = this.#filters.contains(focused) ? `${focused!.dataset['filter']}\n${focused!.value}` : '';
    const total = results.length;
    const fieldsets = searchFilterKeys.flatMap((key) => {
      const chosen = this.#state.filters[key] ?? [];
      const options = Object.entries(counts[key] ?? {}).filter(
        ([value, count]) => count > 0 || chosen.includes(value),
      );
      for (const value of chosen) if (!options.some(([known]) => known === value)) options.push([value, 0]);
      if (options.length === 0 || (chosen.length === 0 && options.every(([, count]) => count === total)))
        return [];
      options.sort(([a], [b]) => (key === 'year' ? -1 : 1) * this.#collator().compare(a, b));
      return [this.#fieldset(key, options, chosen)];
    });
    this.#filters.replaceChildren(
      ...(fieldsets.length > 0 ? fieldsets : [this.#note(this.#strings.filtersNone)]),
    );
    if (refocus)
      [...this.#filters.querySelectorAll<HTMLInputElement>('input')]
        .find((input) => `${input.dataset['filter']}\n${input.value}` === refocus)
        ?.focus();
  }

  #fieldset(
    key: SearchFilterKey,
    options: [string, number][],
    chosen: readonly string[],
  ): HTMLFieldSetElement {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = this.#strings.filters[key];
    fieldset.append(legend);
    for (const [value, count] of options) {
      const label = document.createElement('label');
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', value });
      box.dataset['filter'] = key;
      box.checked = chosen.includes(value);
      const number = document.createElement('span');
      number.className = 'count';
      number.textContent = `(${this.#words().count(count)})`;
      label.append(box, ` ${value} `, number);
      fieldset.append(label);
    }
    return fieldset;
  }
}

// A page may import the module from more than one component; the tag can be defined only once.
if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
