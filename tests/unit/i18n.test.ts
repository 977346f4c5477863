import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries, locales, useTranslations } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/en.ts';
import { dir, langAttributes } from '../../src/i18n/locales.ts';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(astro|ts)$/.test(name) ? [path] : [];
  });
}

const englishKeys = new Set(Object.keys(en));
const pluralForms = /\.(zero|one|two|few|many|other)$/;

describe('UI dictionaries', () => {
  it('define in English every key the templates and code ask for', () => {
    const used = sourceFiles('src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)].map((match) => ({
        file,
        key: match[1]!,
      })),
    );
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter(({ key }) => !englishKeys.has(key))).toEqual([]);
  });

  it('define in English every plural key asked for through tn()', () => {
    const bases = sourceFiles('src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\btn\(\s*'([\w.-]+)'/g)].map((match) => match[1]!),
    );
    expect(bases.length).toBeGreaterThan(0);
    expect(bases.filter((base) => !englishKeys.has(`${base}.other`))).toEqual([]);
  });

  it.each(locales.filter((code) => code !== 'en'))('%s holds no key unknown to English', (code) => {
    const stray = Object.keys(dictionaries[code]).filter(
      (key) => !englishKeys.has(key) && !englishKeys.has(key.replace(pluralForms, '.other')),
    );
    expect(stray).toEqual([]);
  });

  it.each(locales.filter((code) => code !== 'en'))(
    '%s keeps every placeholder of the English text',
    (code) => {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const mismatched = Object.entries(dictionaries[code]).filter(([key, text]) => {
        const english =
          (en as Record<string, string>)[key] ??
          (en as Record<string, string>)[key.replace(pluralForms, '.other')]!;
        // Plural forms such as Arabic "one" and "two" may spell the number out instead of using {count}.
        if (pluralForms.test(key) && !key.endsWith('.other'))
          return placeholders(text).some((name) => !placeholders(english).includes(name));
        return JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(english));
      });
      expect(mismatched).toEqual([]);
    },
  );
});

describe('t() and tn()', () => {
  it('fills placeholders and formats numbers for the language', () => {
    const { t } = useTranslations('en');
    expect(t('practice.reviewOverdue', { date: '1 May 2026' })).toBe(
      'This note was due for review on 1 May 2026. Some details may be out of date.',
    );
  });

  it('hands the browser every plural form a language uses, its own where it has them', () => {
    expect(useTranslations('en').forms('search.results')).toEqual({
      one: '{count} result',
      other: '{count} results',
    });
    expect(Object.keys(useTranslations('ar').forms('search.results')).sort()).toEqual(
      ['few', 'many', 'one', 'other', 'two', 'zero'].sort(),
    );
    expect(useTranslations('hr').forms('search.results')).toMatchObject({ few: '{count} rezultata' });
  });

  it('chooses the plural form the count needs', () => {
    const { tn } = useTranslations('en');
    expect(tn('practices.count', 1)).toBe('1 practice note');
    expect(tn('practices.count', 1200)).toBe('1,200 practice notes');
  });
});

describe('direction', () => {
  it('is right to left for Arabic only', () => {
    expect(locales.filter((code) => dir(code) === 'rtl')).toEqual(['ar']);
  });

  it('marks text in another language with its lang and dir', () => {
    expect(langAttributes('ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(langAttributes(undefined)).toEqual({});
  });
});
