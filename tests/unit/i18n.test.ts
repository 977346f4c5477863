import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries, locales, useTranslations } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/en.ts';
import { dir, langAttributes } from '../../src/core/locales.ts';
import { facetNames } from '../../src/library/facets.ts';
import { searchFilterKeys, searchKinds } from '../../src/search/search-meta.ts';
import { datasetLicences } from '../../src/schemas/dataset.ts';
import { eventFormats, outputKinds } from '../../src/schemas/event.ts';
import { collections } from '../../src/schemas/index.ts';
import { networkKinds } from '../../src/schemas/network.ts';
import { organisationKinds } from '../../src/schemas/organisation.ts';
import {
  evidenceLevels,
  practiceStatuses,
  practiceTypes,
  resourceFormats,
} from '../../src/schemas/practice.ts';
import { taxonomySchema } from '../../src/schemas/taxonomy.ts';

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

/**
 * Keys the code builds from a value, such as t(`practiceType.${data.type}`): each family and the values it is
 * built from, taken from the schemas and lists the code uses, so every key of a family is used and defined.
 */
const keyFamilies: Readonly<Record<string, readonly string[]>> = {
  'practiceType.': practiceTypes,
  'practiceStatus.': practiceStatuses,
  'evidenceLevel.': evidenceLevels,
  'resourceFormat.': resourceFormats,
  'eventFormat.': eventFormats,
  'outputKind.': outputKinds,
  'networkKind.': networkKinds,
  'organisationKind.': organisationKinds,
  'facet.': facetNames,
  'search.filter.': searchFilterKeys,
  'search.kind.': searchKinds,
  'licence.': datasetLicences,
};
/** Families the code only looks up, using a key where one exists: the editor labels a field with the site's word. */
const lookedUpFamilies = new Set(['field.']);
/** Keys built the other way round, t(`${taxonomy}.title`): the taxonomy collections, then the fixed end. */
const taxonomies = Object.entries(collections)
  .filter(([, definition]) => definition.schema === taxonomySchema)
  .map(([name]) => name);

describe('keys in use', () => {
  // The dictionaries name every key; only the code that reads them counts as use.
  const dictionaryFiles = new Set(locales.map((code) => join('src', 'i18n', `${code}.ts`)));
  const sources = sourceFiles('src')
    .filter((file) => !dictionaryFiles.has(file))
    .map((file) => readFileSync(file, 'utf8'));
  const built = sources.flatMap((text) => [...text.matchAll(/`([\w.]+\.)\$\{[^}`]+\}`/g)].map((m) => m[1]!));
  const builtAfter = sources.flatMap((text) =>
    [...text.matchAll(/`\$\{taxonomy\}(\.[\w.]+)`/g)].map((m) => m[1]!),
  );
  const familyKeys = [
    ...Object.entries(keyFamilies).flatMap(([prefix, values]) => values.map((value) => `${prefix}${value}`)),
    ...builtAfter.flatMap((suffix) => taxonomies.map((taxonomy) => `${taxonomy}${suffix}`)),
  ];

  it('knows every family of keys the code builds from a value', () => {
    expect(new Set(built.filter((prefix) => !lookedUpFamilies.has(prefix)))).toEqual(
      new Set(Object.keys(keyFamilies)),
    );
    expect(builtAfter.length).toBeGreaterThan(0);
  });

  it('defines in English every key of those families', () => {
    expect(familyKeys.filter((key) => !englishKeys.has(key) && !englishKeys.has(`${key}.other`))).toEqual([]);
  });

  it('leaves no English key unused', () => {
    const quoted = new Set(
      sources.flatMap((text) => [...text.matchAll(/['"]([a-zA-Z]+(?:\.[\w-]+)+)['"]/g)].map((m) => m[1]!)),
    );
    const used = new Set([...quoted, ...familyKeys]);
    const unused = [...englishKeys].filter(
      (key) => !used.has(key) && !used.has(key.replace(pluralForms, '')),
    );
    expect(unused).toEqual([]);
  });
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

  it('writes a number as the language does', () => {
    expect(useTranslations('en').number(1200)).toBe('1,200');
    expect(useTranslations('fr').number(1200)).toBe('1\u202f200');
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
