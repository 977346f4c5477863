/** The performance budgets of issue 20, and the check that `npm run bench -- --check` applies to a result. */

/** What the benchmark measured that the budgets judge; the full result has more (see run.ts). */
export interface BudgetInput {
  readonly entries: number;
  /** Peak resident memory of the cold build's process tree, bytes. */
  readonly peakRssBytes: { readonly portal: number; readonly bare: number };
  /** A practice page, compressed bytes (median of the sampled pages). */
  readonly practicePage: {
    readonly html: number;
    /** The page without its body text, at N and on the small base corpus: what must not grow with N. */
    readonly frame: number;
    readonly frameAtBase: number;
  };
  /**
   * First-query bytes for each word: the portal's search page, stock Pagefind usage on the portal's own index,
   * and stock Pagefind on the bare build.
   */
  readonly searchBytes: readonly {
    readonly word: string;
    readonly portal: number;
    readonly stock: number;
    readonly bare: number;
  }[];
  /** Custom elements a page defines without using them, as "template: element". */
  readonly unusedScripts: readonly string[];
  /** With `--edit`: each incremental rebuild as a share of the cold build, and the identity check. */
  readonly publishing?:
    | {
        readonly edits: readonly { readonly kind: string; readonly ratio: number }[];
        readonly identical: boolean;
      }
    | undefined;
}

export const budgets = {
  /** Publishing after an edit of a kind, at most this share of a cold build (check, Astro and index). */
  publishRatio: { 'change a note’s summary': 0.2, 'add a note': 0.3 } as Readonly<Record<string, number>>,
  peakRssRatio: 1.1,
  /** So that 8 GB hosted builders can build: 7 GB, as the benchmark prints them (10⁹ bytes). */
  peakRssBytes: 7e9,
  practiceHtmlBytes: 14 * 1024,
  /** A page frame may differ by a few bytes (longer counts, page numbers) but not grow with N. */
  practiceFrameGrowth: 1.05,
  /** First-query bytes against stock Pagefind usage on the portal's own index. */
  searchStockRatio: 1.1,
  /** First-query bytes against stock Pagefind on the bare build. */
  searchBareRatio: 1.2,
} as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.POSITIVE_INFINITY);

/** Every broken budget, in words; empty when all hold. */
export function brokenBudgets(input: BudgetInput): string[] {
  const broken: string[] = [];
  for (const edit of input.publishing?.edits ?? []) {
    const limit = budgets.publishRatio[edit.kind];
    if (limit !== undefined && edit.ratio > limit)
      broken.push(
        `publishing after "${edit.kind}" takes ${edit.ratio.toFixed(3)} of a cold build (budget ${limit})`,
      );
  }
  if (input.publishing && !input.publishing.identical)
    broken.push('the incremental build differs from a cold build of the same content');
  const rss = ratio(input.peakRssBytes.portal, input.peakRssBytes.bare);
  if (rss > budgets.peakRssRatio)
    broken.push(`peak RSS is ${rss.toFixed(2)} times bare (budget ${budgets.peakRssRatio})`);
  if (input.peakRssBytes.portal >= budgets.peakRssBytes)
    broken.push(`peak RSS is ${gb(input.peakRssBytes.portal)} (budget under 7 GB)`);
  const page = input.practicePage;
  if (page.html > budgets.practiceHtmlBytes)
    broken.push(`a practice page has ${kb(page.html)} of compressed HTML (budget 14 KB)`);
  if (page.frame > page.frameAtBase * budgets.practiceFrameGrowth)
    broken.push(
      `a practice page's frame grows with N: ${kb(page.frameAtBase)} on the base corpus, ${kb(page.frame)} at ${input.entries}`,
    );
  for (const { word, portal, stock, bare } of input.searchBytes) {
    if (ratio(portal, stock) > budgets.searchStockRatio)
      broken.push(
        `searching "${word}" first loads ${kb(portal)}, ${ratio(portal, stock).toFixed(2)} times stock Pagefind usage on the same index (budget ${budgets.searchStockRatio})`,
      );
    if (ratio(portal, bare) > budgets.searchBareRatio)
      broken.push(
        `searching "${word}" first loads ${kb(portal)}, ${ratio(portal, bare).toFixed(2)} times stock Pagefind's ${kb(bare)} on the bare build (budget ${budgets.searchBareRatio})`,
      );
  }
  for (const unused of input.unusedScripts) broken.push(`script shipped but not used: ${unused}`);
  return broken;
}
