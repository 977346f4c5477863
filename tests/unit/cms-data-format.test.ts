// The editor writes a data file (organisations, taxonomies, datasets, search terms) the way content/ holds it:
// every data file reads and writes back byte for byte, and changing one field changes only that field's lines.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editorConfig } from '../../src/cms/config.ts';
import { readFieldDocs } from '../../src/cms/field-docs.ts';
import { editorFormats, fieldsToYaml, parseData } from '../../src/cms/frontmatter.ts';
import { collections, type CollectionName } from '../../src/schemas/index.ts';

const config = editorConfig({
  docs: readFieldDocs(),
  backend: { name: 'github', repo: 'owner/site', branch: 'main' },
});
const dataCollections = (Object.keys(collections) as CollectionName[]).filter(
  (name) => collections[name].layout === 'data',
);

/** What Decap hands the format on save: the entry's data and the collection's field names, in order. */
function fieldOrder(name: CollectionName): string[] {
  const collection = config.collections.find((c) => c.name === name)!;
  return collection.fields.map((field) => field.name);
}

/** The lines of `after` that differ from `before`, line by line (the files compared keep their line count). */
function changedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  return after.split('\n').filter((line, index) => line !== old[index]);
}

describe('data files in the editor', () => {
  it('are written with the data format', () => {
    const formats = config.collections
      .filter((collection) => dataCollections.includes(collection.name as CollectionName))
      .map((collection) => collection.format);
    expect(formats).toEqual(dataCollections.map(() => editorFormats.data));
  });

  for (const name of dataCollections) {
    const folder = `content/${collections[name].folder}`;
    const files = readdirSync(folder).filter((file) => file.endsWith('.yaml'));
    it(`has files to check in ${folder}`, () => expect(files.length).toBeGreaterThan(0));
    for (const file of files) {
      it(`reads and writes ${folder}/${file} unchanged`, () => {
        const text = readFileSync(`${folder}/${file}`, 'utf8');
        expect(fieldsToYaml(parseData(text), fieldOrder(name))).toBe(text);
      });
    }
  }

  it('changes only the line of the one field changed in a dataset', () => {
    const text = readFileSync('content/datasets/nrm-referrals-uk.yaml', 'utf8');
    const data = parseData(text) as { title: Record<string, string> };
    const edited = { ...data, title: { ...data.title, en: 'Potential victims referred in the UK' } };
    const written = fieldsToYaml(edited, fieldOrder('datasets'));
    expect(written.split('\n')).toHaveLength(text.split('\n').length);
    expect(changedLines(text, written)).toEqual(['  en: Potential victims referred in the UK']);
    expect(parse(written)).toEqual(edited);
  });

  it('reads a file with a byte-order mark, and refuses YAML that does not parse, naming the line', () => {
    expect(parseData('\uFEFFshortName: IOM\n')).toEqual({ shortName: 'IOM' });
    expect(() => parseData('name:\n  en: IOM\n en: OIM\n')).toThrow(/line 3/);
  });
});
