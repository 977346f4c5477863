// <practice-library>: filters the practice library in the page, on the library's Pagefind filter index.
// The static page works without it: every facet option is a link to its own list. With it, options become
// checkboxes that combine (any value within a facet, every facet), counts follow the choice, and the view lives
// in the URL query, so it can be shared and the back button undoes a step.
import { fillPlural, fillTemplate } from '../../i18n/format.ts';
import { intlLocale, isLocale, langAttributes, localeInfo, type Locale } from '../../core/locales.ts';
import type { FacetName, FacetSelection } from '../facets.ts';
import {
  chosenFacets,
  emptyLibrary,
  libraryPageSize,
  libraryRequest,
  pageWindow,
  readLibraryState,
  toggleFacet,
  writeLibraryState,
  type LibrarySort,
  type LibraryState,
} from '../library-state.ts';
import type { LibraryStrings } from '../library-strings.ts';
import { lazy } from '../../core/memo.ts';
import { searchBundles } from '../../search/search-bundles.ts';
import {
  countedSearch,
  loadPagefind,
  type FilterCounts,
  type ResultData,
} from '../../search/browser/pagefind.ts';

/** Where a facet page that hands over to the library keeps the control that had focus, for the next page. */
const focusKey = 'practice-library-focus';

export class PracticeLibrary extends HTMLElement {
  // Set when connected: a constructor must not read attributes or children, which the parser may not have
  // added yet.
  #locale: Locale = 'en';
  #strings!: LibraryStrings;
  /** The library's address in this language, such as /fr/practices/. */
  #base = '';
  /** Made at the first count, not on load. */
  #numbers = lazy(() => new Intl.NumberFormat(intlLocale(this.#locale)));
  #plurals = lazy(() => new Intl.PluralRules(intlLocale(this.#locale)));
  #facets!: HTMLElement;
  #staticFacets!: HTMLElement;
  #status!: HTMLElement;
  #results!: HTMLUListElement;
  #pagination!: HTMLElement;
  #template!: HTMLTemplateElement;
  #sort!: HTMLSelectElement;
  #clear!: HTMLButtonElement;
  /** The list the static page shows, such as { group: ['domestic-workers'] }. */
  #own: LibraryState = emptyLibrary;
  /** A page of one facet value or pair, which hands over to the library's own address to filter further. */
  #narrowed = false;
  #state: LibraryState = emptyLibrary;
  #latest = 0;
  /** Whether the list on screen came from the index (else it is the static page's). */
  #shown = false;

  connectedCallback() {
    if (isLocale(this.dataset['locale'])) this.#locale = this.dataset['locale'];
    this.#strings = JSON.parse(this.dataset['strings']!) as LibraryStrings;
    this.#base = this.dataset['base']!;
    this.#facets = this.querySelector<HTMLElement>('[data-facets]')!;
    this.#staticFacets = this.#facets.cloneNode(true) as HTMLElement;
    this.#status = this.querySelector<HTMLElement>('[data-status]')!;
    this.#results = this.querySelector<HTMLUListElement>('[data-results]')!;
    this.#pagination = this.querySelector<HTMLElement>('[data-pagination]')!;
    this.#template = this.querySelector<HTMLTemplateElement>('[data-card-template]')!;
    this.#sort = this.querySelector<HTMLSelectElement>('[data-sort]')!;
    this.#clear = this.querySelector<HTMLButtonElement>('[data-clear]')!;
    this.#own = { ...emptyLibrary, filters: JSON.parse(this.dataset['filters'] ?? '{}') as FacetSelection };
    this.#narrowed = chosenFacets(this.#own).length > 0;
    this.#upgradeFacets();
    this.querySelector<HTMLElement>('[data-toolbar]')!.hidden = false;
    this.addEventListener('change', (event) => this.#onChange(event.target as HTMLElement));
    this.#clear.addEventListener('click', () => this.#go({ ...emptyLibrary, sort: this.#state.sort }));
    this.#pagination.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-page]');
      if (!link) return;
      event.preventDefault();
      this.#go({ ...this.#state, page: Number(link.dataset['page']) });
      this.#status.focus();
    });
    window.addEventListener('popstate', () => this.#follow());
    this.#follow();
    this.#restoreFocus();
  }

  /** A selector for the control with focus, which the library's page can find again: a box, the order or the count. */
  #focused(): string {
    const active = document.activeElement;
    if (active instanceof HTMLInputElement && this.#facets.contains(active))
      return `input[name="${CSS.escape(active.name)}"][value="${CSS.escape(active.value)}"]`;
    return active === this.#sort ? '[data-sort]' : '[data-status]';
  }

  /**
   * On a page reached from a facet page, focus goes back to the control the reader used there, so that keyboard
   * and screen reader users go on from where they were. Without storage (a private mode may refuse it), focus
   * starts at the top, as on any page.
   */
  #restoreFocus() {
    let selector: string | null = null;
    try {
      selector = sessionStorage.getItem(focusKey);
      sessionStorage.removeItem(focusKey);
    } catch {
      return;
    }
    if (selector) this.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Each option's link becomes a checkbox with the same name, described by its count. */
  #upgradeFacets() {
    for (const item of this.#facets.querySelectorAll<HTMLElement>('li[data-value]')) {
      const link = item.firstElementChild!;
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = item.dataset['facet']!;
      box.value = item.dataset['value']!;
      const [, phrase] = item.querySelector('.option-count')!.children;
      phrase!.id = `count-${box.name}-${box.value}`;
      box.setAttribute('aria-describedby', phrase!.id);
      label.append(box, ` ${link.textContent!.trim()}`);
      link.replaceWith(label);
    }
  }

  #onChange(target: HTMLElement) {
    if (target === this.#sort) {
      this.#go({ ...this.#state, sort: this.#sort.value as LibrarySort, page: 1 });
    } else if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      this.#go(toggleFacet(this.#state, target.name as FacetName, target.value, target.checked));
    }
  }

  /** Shows a new view and gives it its own history entry; a static facet page hands over to the library. */
  #go(state: LibraryState) {
    const url = `${this.#base}${writeLibraryState(state)}`;
    if (this.#narrowed) {
      try {
        sessionStorage.setItem(focusKey, this.#focused());
      } catch {
        // Without storage the next page starts at the top.
      }
      location.assign(url);
      return;
    }
    history.pushState(null, '', url);
    void this.#show(state);
  }

  /** Shows the view the address asks for: on load, and after back or forward. */
  #follow() {
    const asked = readLibraryState(location.search);
    const state = location.search ? asked : this.#own;
    const unchanged = writeLibraryState(state) === writeLibraryState(this.#own);
    // The static page already shows its own list; the index is loaded only when the reader asks for more.
    if (unchanged && this.#state === emptyLibrary) {
      this.#state = state;
      this.#check(state);
      return;
    }
    void this.#show(state);
  }

  /** Ticks the boxes and the order of a state. */
  #check(state: LibraryState) {
    for (const box of this.#facets.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      box.checked = state.filters[box.name as FacetName]?.includes(box.value) ?? false;
    this.#sort.value = state.sort;
    this.#clear.hidden = chosenFacets(state).length === 0;
  }

  async #show(state: LibraryState) {
    this.#state = state;
    this.#check(state);
    const run = ++this.#latest;
    this.setAttribute('aria-busy', 'true');
    // The count on screen is the static page's, or the last view's: it gives way to a loading line at once on
    // load, and after a moment when the reader changes the view, so that a quick answer is announced alone.
    const loading = () => {
      if (run === this.#latest) this.#status.textContent = this.#strings.loading;
    };
    const slow = setTimeout(loading, this.#shown ? 400 : 0);
    try {
      const pagefind = await loadPagefind(searchBundles.library, true);
      const { results, counts } = await countedSearch(
        pagefind,
        (without) => libraryRequest(state, without as FacetName | undefined),
        chosenFacets(state),
      );
      const pages = Math.max(1, Math.ceil(results.length / libraryPageSize));
      const page = Math.min(state.page, pages);
      const shown = await Promise.all(
        results.slice((page - 1) * libraryPageSize, page * libraryPageSize).map((result) => result.data()),
      );
      if (run !== this.#latest) return;
      this.#shown = true;
      this.#results.replaceChildren(...shown.map((data) => this.#card(data)));
      this.#showCounts(counts);
      this.#showPages(page, pages);
      this.#status.textContent = fillPlural(
        this.#strings.count,
        results.length,
        this.#plurals(),
        this.#numbers(),
      );
    } catch {
      if (run !== this.#latest) return;
      // Without the index, the links of the static page still reach every list.
      this.#facets.replaceWith(this.#staticFacets);
      this.#status.textContent = this.#strings.failed;
    } finally {
      clearTimeout(slow);
      if (run === this.#latest) this.removeAttribute('aria-busy');
    }
  }

  /** One card, filled into the shape PracticeCard renders on static pages, marked when not translated. */
  #card(data: ResultData): Element {
    const item = (this.#template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    const { title = '', summary = '', kind = '', details = '', lang } = data.meta;
    item.querySelector('.eyebrow')!.textContent = kind;
    const link = item.querySelector<HTMLAnchorElement>('.title a')!;
    link.href = data.url;
    link.textContent = title;
    item.querySelector('.summary')!.textContent = summary;
    const facts = item.querySelector<HTMLElement>('.details')!;
    facts.textContent = details;
    facts.hidden = !details;
    // The template is an untranslated card; a translated one loses the mark and the other language.
    const language = item.querySelector<HTMLElement>('.untranslated [lang]')!;
    const marked = [...item.querySelectorAll('.title, .summary'), language];
    if (isLocale(lang)) {
      item.dataset['untranslated'] = lang;
      language.textContent = localeInfo[lang].endonym;
      for (const element of marked)
        for (const [name, value] of Object.entries(langAttributes(lang))) element.setAttribute(name, value);
    } else {
      delete item.dataset['untranslated'];
      item.querySelector('.untranslated')!.remove();
      for (const element of marked) {
        element.removeAttribute('lang');
        element.removeAttribute('dir');
      }
    }
    return item;
  }

  /** Counts beside every option: what choosing it would show, given the other facets. */
  #showCounts(counts: FilterCounts) {
    for (const item of this.#facets.querySelectorAll<HTMLElement>('li[data-value]')) {
      const count = counts[item.dataset['facet']!]?.[item.dataset['value']!] ?? 0;
      const [number, phrase] = item.querySelector('.option-count')!.children;
      number!.textContent = this.#numbers().format(count);
      phrase!.textContent = fillPlural(this.#strings.count, count, this.#plurals(), this.#numbers());
      item.classList.toggle('empty', count === 0);
    }
  }

  /** Links to the first, the last and the nearby pages of results. */
  #showPages(page: number, pages: number) {
    const list = document.createElement('ul');
    const link = (number: number, text: string, label?: string) => {
      const anchor = document.createElement('a');
      anchor.href = `${this.#base}${writeLibraryState({ ...this.#state, page: number })}`;
      anchor.dataset['page'] = String(number);
      anchor.textContent = text;
      // Numbered links name their page in full and mark the current one; previous and next say what they do.
      if (label) {
        anchor.setAttribute('aria-label', label);
        if (number === page) anchor.ariaCurrent = 'page';
      }
      return anchor;
    };
    const item = (child: Node | string) => {
      const li = document.createElement('li');
      li.append(child);
      return li;
    };
    if (page > 1) list.append(item(link(page - 1, this.#strings.previous)));
    for (const number of pageWindow(page, pages)) {
      if (number === null) {
        const gap = item('…');
        gap.ariaHidden = 'true';
        list.append(gap);
      } else {
        const label = fillTemplate(this.#strings.page, { page: number, pages }, this.#numbers());
        list.append(item(link(number, this.#numbers().format(number), label)));
      }
    }
    if (page < pages) list.append(item(link(page + 1, this.#strings.next)));
    this.#pagination.replaceChildren(list);
    this.#pagination.hidden = pages < 2;
  }
}

// A page may import the module from more than one component; the tag can be defined only once.
if (!customElements.get('practice-library')) customElements.define('practice-library', PracticeLibrary);
