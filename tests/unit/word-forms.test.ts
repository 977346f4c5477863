import { describe, expect, it } from 'vitest';
import {
  croatianPrefixes,
  croatianStem,
  croatianWordForms,
  stemVariants,
} from '../../src/search/word-forms.ts';

/** Does searching `prefixes` (Pagefind matches each as the start of a word) find `word`? */
const finds = (prefixes: readonly string[], word: string) =>
  prefixes.some((prefix) => word.startsWith(prefix));

// The forms the notes use, as a Croatian caseworker might type them (all seven cases, both numbers).
const trgovanje = ['trgovanje', 'trgovanja', 'trgovanju', 'trgovanjem', 'trgovanjima'];
const zrtva = ['žrtva', 'žrtve', 'žrtvi', 'žrtvu', 'žrtvo', 'žrtvom', 'žrtava', 'žrtvama'];
const put = ['put', 'puta', 'putu', 'putem', 'putovi', 'putova', 'putovima', 'putove'];

describe('Croatian word forms', () => {
  it('reduces the forms of a word to a stem that begins them', () => {
    expect(croatianStem('trgovanja')).toBe('trgovanj');
    expect(croatianStem('Žrtvama')).toBe('žrtv');
    expect(croatianStem('upućivanju')).toBe(croatianStem('upućivanja'));
  });

  it('keeps the ijekavian spelling the index holds, which the Serbian stemmer writes as ekavian', () => {
    expect(croatianStem('vrijeme')).toBe('vrijem');
    expect(croatianStem('djelatnike')).toBe('djelatnik');
    expect(croatianStem('rječnik')).toBe('rječnik');
  });

  it('leaves short words as typed', () => {
    expect(croatianStem('i')).toBe('i');
  });

  it('offers the shapes a stem takes: without the fleeting a, the plural -ov-, a final e', () => {
    expect(stemVariants('žrtav')).toEqual(['žrtv']);
    expect(stemVariants('putov')).toEqual(['put']);
    expect(stemVariants('pute')).toEqual(['put']);
    expect(stemVariants('trgovanj')).toEqual([]);
  });

  // Without the index's groups, each form must still find the others by its own prefixes, except forms whose
  // stem changes shape (žrtava beside žrtva): those the index joins.
  const index = croatianWordForms([...trgovanje, ...zrtva, ...put, 'program', 'programa']);

  it('joins the stems the index holds in two shapes, and no others', () => {
    expect(index['žrtv']).toEqual(['žrtav', 'žrtv']);
    expect(index['žrtav']).toEqual(['žrtav', 'žrtv']);
    expect(index['putov']).toEqual(['put']);
    expect(index['program']).toBeUndefined();
    expect(index['trgovanj']).toBeUndefined();
  });

  it.each([trgovanje, zrtva, put])('finds every form from every form: %s', (...forms) => {
    for (const typed of forms)
      for (const written of forms)
        expect(finds(croatianPrefixes(typed, index), written), `${typed} → ${written}`).toBe(true);
  });

  it('searches the word as typed too when its stem does not begin it', () => {
    expect(croatianPrefixes('трговање', {})).toEqual(['trgovanj', 'трговање']);
  });

  it('does not make one word of two', () => {
    expect(finds(croatianPrefixes('žrtva', index), 'trgovanja')).toBe(false);
    expect(croatianPrefixes('programa', index)).toContain('program');
  });
});
