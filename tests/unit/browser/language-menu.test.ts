// @vitest-environment happy-dom
// <language-menu>: the language disclosure closes on Escape, a click elsewhere or focus leaving it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount.ts';
import { LanguageMenu } from '../../../src/browser/language-menu.ts';

// As LanguageSwitcher renders it on /events/ (two of its five languages), beside a link outside it.
const html = `
  <language-menu>
    <details class="language-switcher no-print" open>
      <summary><span class="visually-hidden">Language:</span> <span>English</span></summary>
      <ul class="language-links" aria-label="Read this page in another language">
        <li><a href="/events/" hreflang="en" lang="en" dir="ltr" aria-current="page">English</a></li>
        <li><a href="/fr/events/" hreflang="fr" lang="fr" dir="ltr">Français</a></li>
      </ul>
    </details>
  </language-menu>
  <a href="/about/">About</a>`;

const details = () => document.querySelector('details')!;
const link = (name: string) => [...document.querySelectorAll('a')].find((a) => a.textContent === name)!;

describe('<language-menu>', () => {
  beforeEach(() => mount(html));

  it('closes on Escape and gives focus back to its button', () => {
    link('Français').focus();
    link('Français').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(details().open).toBe(false);
    expect(document.activeElement).toBe(document.querySelector('summary'));
  });

  it('closes on a click elsewhere, not on a click inside', () => {
    link('Français').click();
    expect(details().open).toBe(true);
    link('About').click();
    expect(details().open).toBe(false);
  });

  it('closes when focus moves out of it, so that it hides nothing that has focus', () => {
    link('Français').focus();
    link('English').focus();
    expect(details().open).toBe(true);
    link('About').focus();
    expect(details().open).toBe(false);
    expect(document.activeElement).toBe(link('About'));
  });

  it('is defined once, however often its module is imported', async () => {
    vi.resetModules();
    await import('../../../src/browser/language-menu.ts');
    expect(customElements.get('language-menu')).toBe(LanguageMenu);
  });
});
