// @vitest-environment happy-dom
// <editor-language>: the editor's interface language follows the browser until an editor chooses one, and the
// choice is kept on this device and reloads the editor in that language.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount.ts';
import { editorLanguage, languageKey } from '../../../src/cms/browser/editor-language.ts';

describe('editorLanguage', () => {
  it('keeps the language chosen on this device', () => {
    expect(editorLanguage('ar', ['fr-FR', 'en'])).toBe('ar');
  });

  it('otherwise takes the browser’s first language the editor has', () => {
    expect(editorLanguage(null, ['de-DE', 'es-419', 'fr'])).toBe('es');
    expect(editorLanguage('xx', ['HR'])).toBe('hr');
  });

  it('otherwise English', () => {
    expect(editorLanguage(null, ['de', 'ja'])).toBe('en');
  });
});

describe('<editor-language>', () => {
  const reload = vi.fn();
  beforeEach(() => {
    localStorage.clear();
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-CA', 'en']);
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    mount('<editor-language label="Langue de l’éditeur"></editor-language>');
  });
  afterEach(() => vi.restoreAllMocks());

  const buttons = () => [...document.querySelectorAll('button')];

  it('says the current language, and opens on the five languages in their own names', () => {
    expect(document.querySelector('summary')?.textContent).toBe('Langue de l’éditeur (Français)');
    expect(buttons().map((button) => [button.textContent, button.lang, button.dir])).toEqual([
      ['English', 'en', 'ltr'],
      ['Français', 'fr', 'ltr'],
      ['Español', 'es', 'ltr'],
      ['العربية', 'ar', 'rtl'],
      ['Hrvatski', 'hr', 'ltr'],
    ]);
    expect(buttons().filter((button) => button.getAttribute('aria-current') === 'true')).toEqual([
      buttons()[1],
    ]);
  });

  it('keeps a choice on this device and reloads the editor in it', () => {
    buttons()[3]!.click();
    expect(localStorage.getItem(languageKey)).toBe('ar');
    expect(reload).toHaveBeenCalledOnce();
  });
});
