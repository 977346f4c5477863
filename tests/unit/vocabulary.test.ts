import { describe, expect, it } from 'vitest';
import {
  countWords,
  editDistance,
  nearestWord,
  suggestQuery,
  vocabularyFile,
  wordsOf,
} from '../../src/search/vocabulary.ts';
import { croatianStem } from '../../src/search/word-forms.ts';

describe('the vocabulary of an index', () => {
  it('splits text into lower-case words, Arabic and accented letters whole', () => {
    expect(wordsOf('Žrtve — d’orientation, الإحالة 2016!')).toEqual(['žrtve', "d'orientation", 'الإحالة']);
  });

  it('lists words of four letters or more, the most frequent first', () => {
    const counts = new Map<string, number>();
    countWords(counts, 'referral pathway referral the referral pathway interpreter');
    expect(vocabularyFile(counts)).toEqual(['referral', 'pathway', 'interpreter']);
  });
});

describe('did you mean', () => {
  const vocabulary = [
    'trafficking',
    'referral',
    'traffic',
    'victims',
    'الإحالة',
    'الاتجار',
    'trgovanja',
    'žrtvama',
  ];

  it('counts a swap of two letters as one edit', () => {
    expect(editDistance([...'refferal'], [...'referral'], 2)).toBe(2);
    expect(editDistance([...'referarl'], [...'referral'], 2)).toBe(1);
    expect(editDistance([...'abc'], [...'xyzabc'], 2)).toBe(3);
  });

  it('corrects a misspelt word to the nearest word the index holds', () => {
    expect(nearestWord('trafficing', vocabulary)).toBe('trafficking');
    expect(nearestWord('refferal', vocabulary)).toBe('referral');
    expect(nearestWord('الاحالة', vocabulary)).toBe('الإحالة');
  });

  it('leaves known words, their beginnings, short words and far words alone', () => {
    expect(nearestWord('referral', vocabulary)).toBeUndefined();
    expect(nearestWord('refer', vocabulary)).toBeUndefined();
    expect(nearestWord('vot', vocabulary)).toBeUndefined();
    expect(nearestWord('interpreter', vocabulary)).toBeUndefined();
  });

  it('suggests the whole query, or nothing when nothing changes', () => {
    expect(suggestQuery('Trafficing victims', vocabulary)).toBe('trafficking victims');
    expect(suggestQuery('referral', vocabulary)).toBeUndefined();
  });

  it('knows a Croatian word by its stem, and corrects one it does not know', () => {
    expect(suggestQuery('žrtve', vocabulary, croatianStem)).toBeUndefined();
    expect(suggestQuery('trgovnja', vocabulary, croatianStem)).toBe('trgovanja');
  });
});
