// <search-box>: the banner's search field shows the top results as the reader types, loading Pagefind only once
// the field has focus. Its words come from the page as JSON (data-strings); without script, its button leads
// to the search page.
import { isLocale, type Locale } from '../../core/locales.ts';
import { lazy } from '../../core/memo.ts';
import type { SearchStrings } from '../search-strings.ts';
import { emptySearch, writeSearchState, type SearchState } from '../search-state.ts';
import type { Expansion, TermNames } from '../search-terms.ts';
import { preloadSearch, runSearch } from './pagefind.ts';
import { planQuery } from './query-plan.ts';
import { renderResult, searchWords } from './search-results.ts';

/** How many results the banner shows; the search page has the rest, with filters. */
const shown = 5;

export class SearchBox extends HTMLElement {
  // Found when connected: a constructor must not read attributes or children, which the parser may not have
  // added yet.
  #input!: HTMLInputElement;
  #panel!: HTMLElement;
  #status!: HTMLElement;
  #message!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLAnchorElement;
  #template!: HTMLTemplateElement;
  #locale: Locale = 'en';
  #strings!: SearchStrings;
  /** The field's terms in the page's language: a name typed also searches the others. */
  #terms: TermNames = [];
  /** Made at the first search, not on load. */
  #words = lazy(() => searchWords(this.#strings, this.#locale));
  #timer: ReturnType<typeof setTimeout> | undefined;
  #latest = 0;

  connectedCallback() {
    this.#input = this.querySelector('input')!;
    this.#panel = this.querySelector<HTMLElement>('.panel')!;
    this.#status = this.querySelector<HTMLElement>('[data-status]')!;
    this.#message = this.querySelector<HTMLElement>('[data-message]')!;
    this.#results = this.querySelector<HTMLOListElement>('[data-results]')!;
    this.#more = this.querySelector<HTMLAnchorElement>('[data-more]')!;
    this.#template = this.querySelector<HTMLTemplateElement>('[data-result-template]')!;
    if (isLocale(this.dataset['locale'])) this.#locale = this.dataset['locale'];
    this.#strings = JSON.parse(this.dataset['strings']!) as SearchStrings;
    this.#terms = JSON.parse(this.dataset['terms'] ?? '[]') as TermNames;
    this.#input.addEventListener('focus', () => preloadSearch(this.#locale), { once: true });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search(), 120);
    });
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      location.assign(this.#pageUrl({ ...emptySearch, query: this.#input.value }));
    });
    this.addEventListener('keydown', (event) => this.#onKey(event));
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) this.#show(false);
    });
    // Back in a field that still holds words, the reader sees again what they found.
    this.#input.addEventListener('focus', () => this.#show(this.#found));
  }

  /** Whether the panel holds the outcome of the words in the field. */
  #found = false;

  #pageUrl(state: SearchState): string {
    const fragment = writeSearchState(state);
    return `${this.dataset['searchPage']}${fragment ? `#${fragment}` : ''}`;
  }

  #show(open: boolean) {
    this.#panel.hidden = !open;
  }

  /** A message in place of results, said aloud too: nothing found, or search not loading. */
  #say(message: string) {
    this.#message.textContent = message;
    this.#status.textContent = message;
    this.#message.hidden = !message;
  }

  async #search() {
    const query = this.#input.value.trim();
    const call = ++this.#latest;
    this.#found = false;
    if (!query) {
      this.#results.replaceChildren();
      this.#say('');
      this.#show(false);
      return;
    }
    const state = { ...emptySearch, query };
    try {
      const plan = await planQuery(query, this.#locale, this.#terms, false);
      const outcome = await runSearch(state, this.#locale, false, plan.terms);
      const data = await Promise.all(outcome.results.slice(0, shown).map((result) => result.data()));
      // A newer search has started while this one ran: its results would be out of date.
      if (call !== this.#latest) return;
      const none = outcome.results.length === 0;
      this.#results.replaceChildren(
        ...data.map((item) => renderResult(this.#template, item, this.#strings, this.#locale, true)),
      );
      this.#say(none ? this.#words().fill(this.#noneText(), { query }) : this.#alsoSearched(plan.expansions));
      if (!none)
        this.#status.textContent = [
          this.#words().summary(outcome.results.length, query),
          this.#message.textContent,
        ]
          .filter(Boolean)
          .join(' ');
      // With nothing in the reader's language, the way on is every language's entries.
      this.#more.href = this.#pageUrl({ ...state, allLanguages: none });
      this.#more.textContent = none ? this.#strings.allLanguages : this.#strings.showAll;
    } catch {
      if (call !== this.#latest) return;
      this.#results.replaceChildren();
      this.#say(this.#strings.failed);
    }
    this.#found = true;
    this.#show(true);
  }

  /** "Also searched: …" for the other names of a term the words name; the search page can undo it. */
  #alsoSearched(expansions: readonly Expansion[]): string {
    if (expansions.length === 0) return '';
    const words = this.#words();
    const names = expansions.map(({ name }) => words.fill(this.#strings.quotedName, { name }));
    return words.fill(this.#strings.alsoSearched, {
      names: new Intl.ListFormat(this.#locale, { type: 'conjunction' }).format(names),
    });
  }

  #noneText(): string {
    return this.#locale === 'en' ? this.#strings.none : this.#strings.noneInLanguage;
  }

  /** Down arrow from the field to the results and between them; Escape closes them and returns to the field. */
  #onKey(event: KeyboardEvent) {
    const links = [...this.#panel.querySelectorAll<HTMLAnchorElement>('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape' && !this.#panel.hidden) {
      this.#input.focus();
      this.#show(false);
    } else if (event.key === 'ArrowDown' && !this.#panel.hidden) {
      links[Math.min(at + 1, links.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      (at === 0 ? this.#input : links[at - 1]!).focus();
    } else {
      return;
    }
    event.preventDefault();
  }
}

// A page may import the module from more than one component; the tag can be defined only once.
if (!customElements.get('search-box')) customElements.define('search-box', SearchBox);
