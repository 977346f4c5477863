// The search's relevance set (tests/relevance/search-relevance.json) on the built site: Croatian word forms,
// acronyms, typos and plurals in all five languages, each with the entries its first five results must show.
// Its score may rise (then raise minimumScore in the set), never fall.
import { expect, test } from '@playwright/test';
import { readRelevanceSet, relevanceScore, runRelevance } from '../../scripts/bench/relevance.ts';

test('the relevance set keeps its score, and every word form, acronym and typo case passes', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const set = await readRelevanceSet();
  const outcomes = await runRelevance(browser, new URL(baseURL!).origin, set);
  const { score, failed } = relevanceScore(outcomes);
  expect(score, failed.join('\n')).toBeGreaterThanOrEqual(set.minimumScore);
  // Acronyms and typos are tried in every language; word forms in Croatian, which Pagefind cannot stem.
  for (const kind of ['acronym', 'typo'])
    expect(new Set(outcomes.filter((one) => one.kind === kind).map((one) => one.locale)).size, kind).toBe(5);
  const required = outcomes.filter((one) => ['inflected', 'acronym', 'typo'].includes(one.kind));
  expect(required.filter((one) => !one.passed).map((one) => `${one.locale} ${one.query}`)).toEqual([]);
});
