import { describe, expect, it } from 'vitest';
import { brokenBudgets, type BudgetInput } from '../../scripts/bench/budgets.ts';

const within: BudgetInput = {
  entries: 2000,
  marginalBuildSeconds: { portal: 9, bare: 6.5 },
  peakRssBytes: { portal: 1.2e9, bare: 1e9 },
  practicePage: { html: 9000, total: 16000, frame: 6500, frameAtBase: 6600 },
  searchBytes: [{ word: 'referral', portal: 120_000, bare: 115_000 }],
  unusedScripts: [],
};

describe('brokenBudgets', () => {
  it('finds nothing broken when every figure is within its budget', () => {
    expect(brokenBudgets(within)).toEqual([]);
  });

  it.each([
    ['marginal build time', { marginalBuildSeconds: { portal: 10, bare: 6.5 } }],
    ['peak RSS is 1.30 times', { peakRssBytes: { portal: 1.3e9, bare: 1e9 } }],
    ['4.00 GiB (budget under 4 GiB)', { peakRssBytes: { portal: 2 ** 32, bare: 4e9 } }],
    ['compressed HTML', { practicePage: { ...within.practicePage, html: 15_000 } }],
    ['in all', { practicePage: { ...within.practicePage, total: 31_000 } }],
    ['grows with N', { practicePage: { ...within.practicePage, frame: 7000 } }],
    ['times stock Pagefind', { searchBytes: [{ word: 'referral', portal: 140_000, bare: 120_000 }] }],
    ['budget 150 KB', { searchBytes: [{ word: 'referral', portal: 160_000, bare: 155_000 }] }],
    ['not used', { unusedScripts: ['search (/search/) defines <site-search>'] }],
  ])('reports %s', (words, change) => {
    const broken = brokenBudgets({ ...within, ...change });
    expect(broken).toHaveLength(1);
    expect(broken[0]).toContain(words);
  });

  it('judges search bytes above 5,000 entries by the ratio to stock Pagefind only', () => {
    const large = {
      ...within,
      entries: 10_000,
      searchBytes: [{ word: 'referral', portal: 200_000, bare: 190_000 }],
    };
    expect(brokenBudgets(large)).toEqual([]);
  });
});
