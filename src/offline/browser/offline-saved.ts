// <offline-saved>: the saved page's list of what is saved on this device, with its size, when it was refreshed
// and a button to remove it. Served in place of a page that is not saved, it says so first.
import { isLocale, type Locale } from '../../core/locales.ts';
import { fillTemplate } from '../../i18n/format.ts';
import { formatBytes } from '../../lib/bytes.ts';
import { formatDate } from '../../lib/dates.ts';
import type { SavedItem } from '../offline-plan.ts';
import { windowContext } from './offline-context.ts';
import { readIndex, removeItem } from './saved-store.ts';

interface Strings {
  itemFacts: string;
  remove: string;
  removed: string;
}

export class OfflineSaved extends HTMLElement {
  #strings!: Strings;
  #locale: Locale = 'en';
  #list!: HTMLUListElement;
  #status!: HTMLElement;

  connectedCallback() {
    if (!('caches' in window)) return;
    this.#strings = JSON.parse(this.dataset['strings']!) as Strings;
    if (isLocale(this.dataset['locale'])) this.#locale = this.dataset['locale'];
    this.#list = this.querySelector('ul')!;
    this.#status = this.querySelector<HTMLElement>('[data-status]')!;
    // The worker serves this page for any page it does not have: the address then is that page's.
    this.querySelector<HTMLElement>('[data-not-saved]')!.hidden = location.pathname === this.dataset['path'];
    this.querySelector<HTMLElement>('[data-needs-script]')?.remove();
    void this.render();
  }

  async render(): Promise<void> {
    const { items } = await readIndex(windowContext());
    this.#list.replaceChildren(...items.map((item) => this.#row(item)));
    this.#list.hidden = items.length === 0;
    this.querySelector<HTMLElement>('[data-empty]')!.hidden = items.length > 0;
  }

  #row(item: SavedItem): HTMLLIElement {
    const row = document.createElement('li');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.title;
    if (item.locale !== this.#locale) link.lang = item.locale;
    const facts = document.createElement('span');
    facts.textContent = fillTemplate(
      this.#strings.itemFacts,
      {
        size: formatBytes(item.bytes, this.#locale),
        date: formatDate(item.refreshedAt.slice(0, 10), this.#locale),
      },
      new Intl.NumberFormat(this.#locale),
    );
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'button-outline';
    remove.textContent = this.#strings.remove;
    remove.setAttribute('aria-label', `${this.#strings.remove}: ${item.title}`);
    remove.addEventListener('click', () => void this.#remove(item));
    row.append(link, ' ', facts, ' ', remove);
    return row;
  }

  async #remove(item: SavedItem) {
    await removeItem(windowContext(), item.url);
    await this.render();
    this.#status.textContent = this.#strings.removed;
    // The button is gone with its row: focus goes back to the list, or to the page's main content when empty.
    (this.#list.hidden ? document.getElementById('main') : this.#list.querySelector('a'))?.focus();
  }
}

customElements.define('offline-saved', OfflineSaved);
