/**
 * Croatian word forms, which Pagefind cannot stem: a Snowball stemmer (Serbian, written for the Latin and
 * Cyrillic scripts of Serbo-Croatian) reduces a word to its stem, and the stem is searched as a prefix, which
 * Pagefind matches against every word that begins with it ("žrtv" finds žrtva, žrtve, žrtvama…). Forms whose
 * stem is not a prefix of the others (žrtava beside žrtva, putovi beside put) are joined at index time: the
 * indexer groups the index's own words and ships the few groups that need more than one prefix.
 */
import { stemmer } from '@orama/stemmers/serbian';

/** Prefixes to search for a stem, where the stem alone would miss forms the index holds: "žrtv" → žrtv, žrtav. */
export type WordForms = Readonly<Record<string, readonly string[]>>;

/** Stems shorter than this are searched as typed: a two-letter prefix would match half the index. */
const shortestStem = 3;

/** The word as the index holds it: lower case, composed (č as one character). */
export function normalizeWord(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase('hr');
}

/**
 * The part of `word` that the stemmer's `stem` stands for. The Serbian stemmer writes ijekavian as ekavian
 * (vrijeme → vrem, djelatnik → delatnik), but the index holds the words as Croatian writes them: the stem is
 * mapped back onto the word ("vrijem"). A stem that cannot be mapped (a word in Cyrillic) stays as it is.
 */
function inWord(word: string, stem: string): string {
  let i = 0;
  let j = 0;
  while (i < stem.length) {
    if (stem[i] === word[j]) {
      i++;
      j++;
    } else if (stem[i] === 'e' && word.startsWith('ije', j)) {
      i++;
      j += 3;
    } else if (stem[i] === 'e' && word.startsWith('je', j)) {
      i++;
      j += 2;
    } else return stem;
  }
  return word.slice(0, j);
}

/** The Snowball stem of a Croatian word, written as the word writes it; short words stay as they are. */
export function croatianStem(word: string): string {
  const normal = normalizeWord(word);
  const stem = inWord(normal, stemmer(normal));
  return stem.length >= shortestStem ? stem : normal;
}

/**
 * Other shapes the same stem takes in Croatian: without the fleeting a of the genitive plural (žrtav → žrtv),
 * without the -ov-/-ev- that short nouns take in the plural (putov → put), without a final e left by the
 * instrumental (pute → put). Each is only a candidate: the index decides whether it is a word's stem.
 */
export function stemVariants(stem: string): string[] {
  const variants = new Set<string>();
  const fleeting = /([^aeiou])a([^aeiou])$/.exec(stem);
  if (fleeting) variants.add(stem.slice(0, fleeting.index) + fleeting[1] + fleeting[2]);
  if (/[^aeiou](ov|ev)$/.test(stem)) variants.add(stem.slice(0, -2));
  if (/[^aeiou]e$/.test(stem)) variants.add(stem.slice(0, -1));
  return [...variants].filter((variant) => variant.length >= shortestStem);
}

/** The fewest prefixes that cover every one given: "put" covers "putov". */
function coveringPrefixes(prefixes: Iterable<string>): string[] {
  const sorted = [...new Set(prefixes)].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const kept: string[] = [];
  for (const prefix of sorted) if (!kept.some((shorter) => prefix.startsWith(shorter))) kept.push(prefix);
  return kept.sort();
}

/**
 * Made by the indexer from the words of the Croatian pages: stems joined with their variants where the index
 * holds both, each mapped to the prefixes that find all of them. Only stems that need more than themselves.
 */
export function croatianWordForms(words: Iterable<string>): WordForms {
  const stems = new Set<string>();
  for (const word of words) stems.add(croatianStem(word));
  // Union-find over stems: a stem and a variant that is also a stem of the index are one word.
  const parent = new Map<string, string>();
  const root = (stem: string): string => {
    let top = stem;
    while (parent.has(top)) top = parent.get(top)!;
    return top;
  };
  for (const stem of stems)
    for (const variant of stemVariants(stem))
      if (stems.has(variant) && root(stem) !== root(variant)) parent.set(root(stem), root(variant));
  const groups = new Map<string, string[]>();
  for (const stem of stems) groups.set(root(stem), [...(groups.get(root(stem)) ?? []), stem]);
  const forms: Record<string, string[]> = {};
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const prefixes = coveringPrefixes(group);
    for (const stem of group) if (prefixes.length > 1 || prefixes[0] !== stem) forms[stem] = prefixes;
  }
  return Object.fromEntries(Object.entries(forms).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * What to search for a word a reader typed in Croatian: the prefixes the index needs for its stem, else the
 * stem and its variants (the index may hold a form the reader did not type); and the word as typed when none of
 * them begins it (a stem the stemmer spelt otherwise), so that a search never finds less than the word itself.
 */
export function croatianPrefixes(word: string, forms: WordForms): string[] {
  const typed = normalizeWord(word);
  const stem = croatianStem(word);
  const prefixes = forms[stem] ?? coveringPrefixes([stem, ...stemVariants(stem)]);
  return prefixes.some((prefix) => typed.startsWith(prefix)) ? [...prefixes] : [...prefixes, typed];
}
