import { describe, expect, it } from 'vitest';
import { brokenBudgets, type BudgetInput } from '../../scripts/bench/budgets.ts';

const within: BudgetInput = {
  entries: 2000,
  peakRssBytes: { portal: 1.05e9, bare: 1e9 },
  practicePage: { html: 9000, frame: 6500, frameAtBase: 6600 },
  searchBytes: [{ word: 'referral', portal: 120_000, stock: 119_000, bare: 115_000 }],
  unusedScripts: [],
  publishing: {
    edits: [
      { kind: 'change a note’s summary', ratio: 0.15 },
      { kind: 'add a note', ratio: 0.25 },
      { kind: 'relabel a theme', ratio: 0.9 },
    ],
    identical: true,
  },
};

describe('brokenBudgets', () => {
  it('finds nothing broken when every figure is within its budget', () => {
    expect(brokenBudgets(within)).toEqual([]);
    expect(brokenBudgets({ ...within, publishing: undefined })).toEqual([]);
  });

  it.each([
    [
      'after "change a note’s summary" takes 0.250',
      { publishing: { ...within.publishing!, edits: [{ kind: 'change a note’s summary', ratio: 0.25 }] } },
    ],
    [
      'after "add a note" takes 0.350',
      { publishing: { ...within.publishing!, edits: [{ kind: 'add a note', ratio: 0.35 }] } },
    ],
    ['differs from a cold build', { publishing: { ...within.publishing!, identical: false } }],
    ['peak RSS is 1.20 times', { peakRssBytes: { portal: 1.2e9, bare: 1e9 } }],
    ['7.00 GB (budget under 7 GB)', { peakRssBytes: { portal: 7e9, bare: 7e9 } }],
    ['compressed HTML', { practicePage: { ...within.practicePage, html: 15_000 } }],
    ['grows with N', { practicePage: { ...within.practicePage, frame: 7000 } }],
    [
      'times stock Pagefind usage on the same index',
      { searchBytes: [{ word: 'referral', portal: 140_000, stock: 120_000, bare: 120_000 }] },
    ],
    [
      'on the bare build',
      { searchBytes: [{ word: 'referral', portal: 140_000, stock: 139_000, bare: 110_000 }] },
    ],
    ['not used', { unusedScripts: ['search (/search/) defines <site-search>'] }],
  ])('reports %s', (words, change) => {
    const broken = brokenBudgets({ ...within, ...change });
    expect(broken).toHaveLength(1);
    expect(broken[0]).toContain(words);
  });

  it('leaves a theme’s relabelling unbudgeted in time, so long as the output is identical', () => {
    const slow = { ...within.publishing!, edits: [{ kind: 'relabel a theme', ratio: 1.4 }] };
    expect(brokenBudgets({ ...within, publishing: slow })).toEqual([]);
  });
});
