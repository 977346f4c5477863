/**
 * "Did you mean …?": the words the index holds in a language, written by the indexer as a compact file, and the
 * nearest of them to a word the reader typed. Loaded only when a search finds nothing or little; nothing is
 * sent anywhere.
 */

/** The words of a text, lower case: letters and marks, so that Arabic and accented letters stay whole. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu) ?? []
  ).map((word) => word.replace(/’/g, "'"));
}

/** Words shorter than this are not worth correcting: too many short words are one letter apart. */
const shortestWord = 4;

/** How many words a language's file holds at most: the most frequent ones, which a typo most likely meant. */
export const vocabularyLimit = 20_000;

/**
 * A language's vocabulary as the file holds it: its words, most frequent first. The order is the only
 * frequency kept: when two words are as near to a typo, the earlier one is suggested.
 */
export function vocabularyFile(counts: ReadonlyMap<string, number>): string[] {
  return [...counts]
    .filter(([word]) => [...word].length >= shortestWord)
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1))
    .slice(0, vocabularyLimit)
    .map(([word]) => word);
}

/** Adds the words of a text to a count of words. */
export function countWords(counts: Map<string, number>, text: string): void {
  for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
}

/**
 * Optimal string alignment distance (a swap of two neighbouring letters counts one, as in "refferal"), or
 * `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: readonly string[], b: readonly string[], limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      smallest = Math.min(smallest, value);
    }
    if (smallest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Edits allowed for a word of this many letters: one up to six letters, two beyond. */
const allowedEdits = (length: number) => (length <= 6 ? 1 : 2);

/**
 * The vocabulary's nearest word to `word`, or undefined when the word is known (or begins a known word, which
 * the search already finds) or nothing is near enough.
 */
export function nearestWord(
  word: string,
  vocabulary: readonly string[],
  prefix: (word: string) => string = (typed) => typed,
): string | undefined {
  const typed = word.normalize('NFC').toLowerCase();
  const letters = [...typed];
  const searched = prefix(typed);
  if (letters.length < shortestWord || vocabulary.some((known) => known.startsWith(searched)))
    return undefined;
  let best: string | undefined;
  let bestDistance = allowedEdits(letters.length) + 1;
  for (const known of vocabulary) {
    const distance = editDistance(letters, [...known], bestDistance - 1);
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best;
}

/**
 * The query with each unknown word replaced by its nearest known word; undefined when nothing changes.
 * `prefix` gives what the search looks for of a word (its stem, in Croatian): a word is known when some word
 * of the vocabulary begins with it.
 */
export function suggestQuery(
  query: string,
  vocabulary: readonly string[],
  prefix?: (word: string) => string,
): string | undefined {
  let changed = false;
  const suggestion = query.replace(/[\p{L}\p{M}]+/gu, (word) => {
    const nearest = nearestWord(word, vocabulary, prefix);
    if (!nearest) return word;
    changed = true;
    return nearest;
  });
  return changed ? suggestion : undefined;
}
