// <list-filter>: filters a list of cards (events by year, organiser, network, format...) in the page and keeps
// the choice in the URL query. The cards carry their values as data-filter-<name>; without script the form
// stays hidden and every card shows.
import { matches, queryFromSelection, selectionFromQuery, type Selection } from '../lib/list-matching.ts';

export class ListFilter extends HTMLElement {
  // Found when connected: a constructor must not read children, which the parser may not have added yet.
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #selects: HTMLSelectElement[] = [];

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#status = this.querySelector<HTMLElement>('.status')!;
    this.#selects = [...this.#form.querySelectorAll('select')];
    this.#form.hidden = false;
    this.#restore();
    this.#form.addEventListener('change', () => this.#update(true));
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update(true);
      this.#status.focus();
    });
    // The form resets its fields after the reset event, so read them on the next task.
    this.#form.addEventListener('reset', () => setTimeout(() => this.#update(true)));
    window.addEventListener('popstate', () => this.#restore());
  }

  #restore() {
    const selection = selectionFromQuery(
      location.search,
      this.#selects.map((select) => select.name),
    );
    for (const select of this.#selects) {
      const wanted = selection[select.name] ?? '';
      select.value = [...select.options].some((option) => option.value === wanted) ? wanted : '';
    }
    this.#update(false);
  }

  #update(remember: boolean) {
    const selection: Selection = Object.fromEntries(
      this.#selects.map((select) => [select.name, select.value]),
    );
    const list = document.getElementById(this.dataset['target'] ?? '');
    if (!list) return;
    const items = [...list.querySelectorAll<HTMLElement>('.card-item')];
    let shown = 0;
    for (const item of items) {
      const values = Object.fromEntries(
        this.#selects.map((select) => [
          select.name,
          item.dataset[`filter${select.name[0]!.toUpperCase()}${select.name.slice(1)}`],
        ]),
      );
      item.hidden = !matches(values, selection);
      if (!item.hidden) shown += 1;
    }
    for (const group of list.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = !group.querySelector('.card-item:not([hidden])');
    }
    const category = new Intl.PluralRules(this.dataset['locale']).select(shown);
    const template =
      this.dataset[`shown${category[0]!.toUpperCase()}${category.slice(1)}`] ??
      this.dataset['shownOther'] ??
      '';
    const numbers = new Intl.NumberFormat(this.dataset['locale']);
    const filtering = Object.values(selection).some(Boolean);
    this.#status.textContent = !filtering
      ? ''
      : template.replace('{count}', numbers.format(shown)).replace('{total}', numbers.format(items.length));
    if (remember)
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${queryFromSelection(selection)}${location.hash}`,
      );
  }
}

// A page may import the module from more than one component; the tag can be defined only once.
if (!customElements.get('list-filter')) customElements.define('list-filter', ListFilter);
