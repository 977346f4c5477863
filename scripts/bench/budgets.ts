/** The performance budgets of issue 9, and the check that `npm run bench -- --check` applies to a result. */

/** What the benchmark measured that the budgets judge; the full result has more (see run.ts). */
export interface BudgetInput {
  readonly entries: number;
  /** Seconds per 1,000 entries beyond the small base corpus, whole build (Astro and index). */
  readonly marginalBuildSeconds: { readonly portal: number; readonly bare: number };
  /** Peak resident memory of the build's process tree, bytes. */
  readonly peakRssBytes: { readonly portal: number; readonly bare: number };
  /** A practice page, compressed bytes (median of the sampled pages). */
  readonly practicePage: {
    readonly html: number;
    readonly total: number;
    /** The page without its body text, at N and on the small base corpus: what must not grow with N. */
    readonly frame: number;
    readonly frameAtBase: number;
  };
  /** First-query bytes for each word: the portal's search page and stock Pagefind on the bare build. */
  readonly searchBytes: readonly { readonly word: string; readonly portal: number; readonly bare: number }[];
  /** Custom elements a page defines without using them, as "template: element". */
  readonly unusedScripts: readonly string[];
}

export const budgets = {
  marginalBuildRatio: 1.5,
  peakRssRatio: 1.25,
  peakRssBytes: 4 * 1024 ** 3,
  practiceHtmlBytes: 14 * 1024,
  practiceTotalBytes: 30 * 1024,
  /** A page frame may differ by a few bytes (longer counts, page numbers) but not grow with N. */
  practiceFrameGrowth: 1.05,
  searchBytesRatio: 1.1,
  searchBytes: 150 * 1024,
  /** The absolute search budget is set for 5,000 entries; larger corpora are judged by the ratio only. */
  searchBytesUpToEntries: 5000,
} as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.POSITIVE_INFINITY);

/** Every broken budget, in words; empty when all hold. */
export function brokenBudgets(input: BudgetInput): string[] {
  const broken: string[] = [];
  const build = ratio(input.marginalBuildSeconds.portal, input.marginalBuildSeconds.bare);
  if (build > budgets.marginalBuildRatio)
    broken.push(
      `marginal build time is ${build.toFixed(2)} times bare (budget ${budgets.marginalBuildRatio})`,
    );
  const rss = ratio(input.peakRssBytes.portal, input.peakRssBytes.bare);
  if (rss > budgets.peakRssRatio)
    broken.push(`peak RSS is ${rss.toFixed(2)} times bare (budget ${budgets.peakRssRatio})`);
  if (input.peakRssBytes.portal >= budgets.peakRssBytes)
    broken.push(`peak RSS is ${gib(input.peakRssBytes.portal)} (budget under 4 GiB)`);
  const page = input.practicePage;
  if (page.html > budgets.practiceHtmlBytes)
    broken.push(`a practice page has ${kb(page.html)} of compressed HTML (budget 14 KB)`);
  if (page.total > budgets.practiceTotalBytes)
    broken.push(`a practice page weighs ${kb(page.total)} compressed in all (budget 30 KB)`);
  if (page.frame > page.frameAtBase * budgets.practiceFrameGrowth)
    broken.push(
      `a practice page's frame grows with N: ${kb(page.frameAtBase)} on the base corpus, ${kb(page.frame)} at ${input.entries}`,
    );
  for (const { word, portal, bare } of input.searchBytes) {
    if (ratio(portal, bare) > budgets.searchBytesRatio)
      broken.push(
        `searching "${word}" first loads ${kb(portal)}, ${ratio(portal, bare).toFixed(2)} times stock Pagefind's ${kb(bare)} (budget ${budgets.searchBytesRatio})`,
      );
    if (input.entries <= budgets.searchBytesUpToEntries && portal > budgets.searchBytes)
      broken.push(`searching "${word}" first loads ${kb(portal)} (budget 150 KB)`);
  }
  for (const unused of input.unusedScripts) broken.push(`script shipped but not used: ${unused}`);
  return broken;
}
