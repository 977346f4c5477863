/**
 * `<editor-language>`: the editor's interface language, chosen on the admin page and kept on this device. The
 * first visit follows the browser's languages; a choice made here wins from then on, and reloads the editor in
 * that language (Decap reads its language once, when it starts). A disclosure of buttons, so that its choices
 * are out of the way (and out of the accessibility tree) until an editor opens it.
 */
import { defaultLocale, isLocale, localeInfo, locales, type Locale } from '../../core/locales.ts';

/** Where the choice is kept (localStorage, this device only). */
export const languageKey = 'practice-exchange:editor-language';

/** The interface language: the one chosen on this device, else the browser's first the editor has, else English. */
export function editorLanguage(chosen: string | null, preferred: readonly string[]): Locale {
  if (isLocale(chosen)) return chosen;
  return (
    preferred.map((tag) => tag.slice(0, 2).toLowerCase()).find((code): code is Locale => isLocale(code)) ??
    defaultLocale
  );
}

/** An element holding `text` in `code`'s language and direction. */
function inLanguage<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  code: Locale,
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  element.lang = code;
  element.dir = localeInfo[code].dir;
  element.textContent = localeInfo[code].endonym;
  return element;
}

export class EditorLanguage extends HTMLElement {
  connectedCallback(): void {
    if (this.querySelector('details')) return;
    const current = editorLanguage(localStorage.getItem(languageKey), navigator.languages);
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.append(`${this.getAttribute('label') ?? 'Editor language'} (`, inLanguage('span', current), ')');
    const list = document.createElement('ul');
    for (const code of locales) {
      const button = inLanguage('button', code);
      button.type = 'button';
      if (code === current) button.setAttribute('aria-current', 'true');
      button.addEventListener('click', () => {
        localStorage.setItem(languageKey, code);
        location.reload();
      });
      const item = document.createElement('li');
      item.append(button);
      list.append(item);
    }
    details.append(summary, list);
    this.append(details);
  }
}

if (!customElements.get('editor-language')) customElements.define('editor-language', EditorLanguage);
