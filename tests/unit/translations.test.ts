import { describe, expect, it } from 'vitest';
import {
  groupTranslations,
  inLocale,
  originalOf,
  pickTranslation,
  splitEntryId,
  translatedPath,
  versionPath,
} from '../../src/lib/translations.ts';

describe('splitEntryId', () => {
  it('reads the language folder and the slug', () => {
    expect(splitEntryId('hr/referral-pathways')).toEqual({ locale: 'hr', slug: 'referral-pathways' });
  });

  it('refuses an entry outside a language folder, saying where it belongs', () => {
    expect(() => splitEntryId('referral-pathways')).toThrow(
      /<collection>\/<en\|fr\|es\|ar\|hr>\/<slug>\.mdx/,
    );
    expect(() => splitEntryId('de/referral')).toThrow(/not in a language folder/);
  });
});

describe('groupTranslations and pickTranslation', () => {
  const entries = [{ id: 'fr/a' }, { id: 'en/a' }, { id: 'hr/b' }];
  const grouped = groupTranslations(entries);

  it('groups versions of one slug, in the order of the language list', () => {
    expect([...grouped.keys()]).toEqual(['a', 'b']);
    expect([...grouped.get('a')!.versions.keys()]).toEqual(['en', 'fr']);
  });

  it('takes English as the original, else the first language the entry exists in', () => {
    expect(grouped.get('a')!.originalLocale).toBe('en');
    expect(grouped.get('b')!.originalLocale).toBe('hr');
  });

  it("gives readers their language's version, or the original marked as a fallback", () => {
    expect(pickTranslation(grouped.get('a')!, 'fr')).toEqual({
      entry: { id: 'fr/a' },
      locale: 'fr',
      isFallback: false,
    });
    expect(pickTranslation(grouped.get('a')!, 'ar')).toEqual({
      entry: { id: 'en/a' },
      locale: 'en',
      isFallback: true,
    });
    expect(pickTranslation(grouped.get('b')!, 'en')).toEqual({
      entry: { id: 'hr/b' },
      locale: 'hr',
      isFallback: true,
    });
  });
});

describe('versionPath: where a reader of one language reads an entry', () => {
  it('is their own version when the entry is written in their language', () => {
    expect(versionPath(['en', 'fr'], 'fr', '/practices/a/')).toBe('/fr/practices/a/');
    expect(versionPath(['en', 'fr'], 'en', '/practices/a/')).toBe('/practices/a/');
  });

  it("is else the original, at the notice for the reader's language", () => {
    expect(versionPath(['en', 'fr'], 'ar', '/practices/a/')).toBe('/practices/a/#not-in-ar');
    expect(versionPath(['hr', 'es'], 'en', '/events/b/')).toBe('/es/events/b/#not-in-en');
    const grouped = groupTranslations([{ id: 'hr/b' }]);
    expect(translatedPath(grouped.get('b')!, 'fr', '/practices/b/')).toBe('/hr/practices/b/#not-in-fr');
  });

  it('takes English as the original, else the first of the language list', () => {
    expect(originalOf(['hr', 'en'])).toBe('en');
    expect(originalOf(['hr', 'ar'])).toBe('ar');
    expect(() => originalOf([])).toThrow(/at least one language/);
  });
});

describe('inLocale', () => {
  it('uses the translation, else English', () => {
    expect(inLocale({ en: 'Croatian Red Cross', hr: 'Hrvatski Crveni križ' }, 'hr')).toBe(
      'Hrvatski Crveni križ',
    );
    expect(inLocale({ en: 'Croatian Red Cross' }, 'fr')).toBe('Croatian Red Cross');
  });
});
