// The schema.org Dataset metadata on a dataset's page uses only the vocabulary's own terms: every type is one
// schema.org defines, every property is one its definitions give that type (or an ancestor), and every value has
// a type its range allows. The vocabulary is tests/fixtures/schema-org/vocabulary.json, derived from schema.org's
// release files (its `source` says which).
import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { getCatalog } from '../../src/data/catalog.ts';
import { datasetPage } from '../../src/data/dataset-page.ts';

vi.mock('astro:content', async () => (await import('./data/astro-content.ts')).mockedAstroContent());

interface Vocabulary {
  types: Record<string, { ancestors: string[]; properties: Record<string, string[]> }>;
  dataTypes: Record<string, string[]>;
}

const vocabulary = JSON.parse(
  readFileSync('tests/fixtures/schema-org/vocabulary.json', 'utf8'),
) as Vocabulary;

/** Whether a literal fits a schema.org data type. */
const literalFits: Record<string, (value: unknown) => boolean> = {
  Text: (value) => typeof value === 'string',
  URL: (value) => typeof value === 'string' && /^https?:\/\/\S+$/.test(value),
  Date: (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value),
  DateTime: (value) => typeof value === 'string' && /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+Z?)?)?)?$/.test(value),
  Boolean: (value) => typeof value === 'boolean',
  Number: (value) => typeof value === 'number',
};

/** Every place a JSON-LD node breaks the vocabulary, as "path: problem". */
function violations(node: Record<string, unknown>, path: string): string[] {
  const type = node['@type'];
  if (typeof type !== 'string' || !vocabulary.types[type]) return [`${path}: unknown type ${String(type)}`];
  const { properties } = vocabulary.types[type];
  return Object.entries(node).flatMap(([name, value]) => {
    if (name.startsWith('@')) return [];
    const ranges = properties[name];
    if (!ranges) return [`${path}.${name}: not a property of ${type}`];
    return [value].flat().flatMap((item, index) => {
      const at = `${path}.${name}[${index}]`;
      if (item !== null && typeof item === 'object') {
        const itemType = (item as { '@type'?: string })['@type'] ?? '';
        const family = [itemType, ...(vocabulary.types[itemType]?.ancestors ?? [])];
        if (!family.some((t) => ranges.includes(t)))
          return [`${at}: a ${itemType} where ${name} takes ${ranges.join(' or ')}`];
        return violations(item as Record<string, unknown>, at);
      }
      const fits = ranges.some((range) => literalFits[range]?.(item));
      return fits ? [] : [`${at}: ${JSON.stringify(item)} is not ${ranges.join(' or ')}`];
    });
  });
}

describe("a dataset page's JSON-LD", () => {
  test('is a schema.org Dataset with only the vocabulary’s properties and value types', async () => {
    const catalog = await getCatalog();
    const page = datasetPage(catalog, catalog.datasets.get('people-supported')!, 'ar');
    const jsonLd = JSON.parse(page.jsonLd) as Record<string, unknown>;
    expect(jsonLd['@context']).toBe('https://schema.org');
    expect(jsonLd['@type']).toBe('Dataset');
    expect(violations(jsonLd, 'Dataset')).toEqual([]);
    // What dataset search needs: a name, a description, a licence, and where to download.
    expect(jsonLd).toMatchObject({
      name: 'الأشخاص الذين تلقوا الدعم، حسب السنة',
      inLanguage: expect.stringMatching(/^ar/),
      license: 'https://creativecommons.org/licenses/by/4.0/',
      temporalCoverage: '2021/2023',
      distribution: [
        {
          encodingFormat: 'text/csv',
          contentUrl: 'http://localhost:4321/data/people-supported/people-supported.csv',
        },
        {
          encodingFormat: 'application/json',
          contentUrl: 'http://localhost:4321/data/people-supported/people-supported.json',
        },
      ],
    });
  });

  test('the check finds a misspelt property, an unknown type and a value of the wrong type', () => {
    expect(
      violations(
        {
          '@type': 'Dataset',
          licence: 'x',
          creator: { '@type': 'Organisation', name: 'A' },
          isAccessibleForFree: 'yes',
          distribution: { '@type': 'Place', name: 'B' },
        },
        'Dataset',
      ),
    ).toEqual([
      'Dataset.licence: not a property of Dataset',
      'Dataset.creator[0]: a Organisation where creator takes Organization or Person',
      'Dataset.isAccessibleForFree[0]: "yes" is not Boolean',
      'Dataset.distribution[0]: a Place where distribution takes DataDownload',
    ]);
  });
});
