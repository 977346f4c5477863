// <offline-save>: "Save for offline" on an entry or a list. Saves the page (or the list page and every note in
// it), the uploaded files when the reader ticks the box that shows their size, and the search over them; says
// when a saved page changed since it was saved. Its words come from the page as JSON (data-strings).
import { isLocale, type Locale } from '../../core/locales.ts';
import { localizedPath, routes } from '../../core/routes.ts';
import { fillTemplate } from '../../i18n/format.ts';
import { formatDate } from '../../lib/dates.ts';
import type { OfflineFile, OfflineNotes, SaveRequest } from '../offline-plan.ts';
import { windowContext } from './offline-context.ts';
import { itemOf, markSeen, saveItem } from './saved-store.ts';

interface Strings {
  saving: string;
  saved: string;
  failed: string;
  changed: string;
}

export class OfflineSave extends HTMLElement {
  #status!: HTMLElement;
  #button!: HTMLButtonElement;
  #strings!: Strings;
  #locale: Locale = 'en';

  connectedCallback() {
    if (!('caches' in window)) return;
    this.#strings = JSON.parse(this.dataset['strings']!) as Strings;
    if (isLocale(this.dataset['locale'])) this.#locale = this.dataset['locale'];
    this.#status = this.querySelector<HTMLElement>('[data-status]')!;
    this.#button = this.querySelector<HTMLButtonElement>('[data-save]')!;
    this.#button.addEventListener('click', () => void this.save());
    this.querySelector<HTMLElement>('.panel')!.hidden = false;
    void this.#showSaved();
  }

  /** Says that the page is saved, and once, that it changed since, with the date of the change. */
  async #showSaved() {
    const item = await itemOf(windowContext(), this.dataset['url']!);
    if (!item) return;
    this.#done();
    if (!item.changed) return;
    const notice = this.querySelector<HTMLElement>('[data-changed]')!;
    notice.textContent = fillTemplate(
      this.#strings.changed,
      { date: formatDate(item.changed, this.#locale) },
      new Intl.NumberFormat(this.#locale),
    );
    notice.hidden = false;
    await markSeen(windowContext(), item.url);
  }

  #done() {
    this.#status.textContent = this.#strings.saved;
    this.querySelector<HTMLElement>('[data-saved-link]')!.hidden = false;
  }

  /** What the button saves: this page, or the list page and every note of the list. */
  async request(): Promise<SaveRequest> {
    const withFiles = this.querySelector<HTMLInputElement>('[data-with-files]')?.checked ?? false;
    const base = { url: this.dataset['url']!, title: this.dataset['title']!, locale: this.#locale };
    const list = this.dataset['list'];
    if (!list) {
      const files = withFiles ? (JSON.parse(this.dataset['files'] ?? '[]') as OfflineFile[]) : [];
      return { ...base, pages: [base.url], files };
    }
    const response = await fetch(localizedPath(this.#locale, routes.offlineNotes));
    if (!response.ok) throw new Error(`The list of notes could not be fetched (${response.status}).`);
    const { notes, lists } = (await response.json()) as OfflineNotes;
    const chosen = (lists[list] ?? []).map((at) => notes[at]!);
    return {
      ...base,
      pages: [base.url, ...chosen.map((note) => note.url)],
      files: withFiles ? chosen.flatMap((note) => note.files) : [],
    };
  }

  async save(): Promise<void> {
    this.#button.disabled = true;
    this.#status.textContent = this.#strings.saving;
    try {
      await saveItem(windowContext(), await this.request());
      this.#done();
    } catch (error) {
      console.error('Saving for offline failed:', error);
      this.#status.textContent = this.#strings.failed;
    } finally {
      this.#button.disabled = false;
    }
  }
}

customElements.define('offline-save', OfflineSave);
