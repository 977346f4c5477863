// What the search elements get from the page and from Pagefind, for their tests: the words, the result template
// SearchResult.astro renders, and results as Pagefind's API gives them.
import type { FilterCounts, Outcome } from '../../../src/search/browser/pagefind.ts';
import { searchStrings } from '../../../src/search/search-strings.ts';
import { jsonAttribute } from './mount.ts';

/** The English words, as the components hand them to the browser. */
export const englishStrings = jsonAttribute(searchStrings('en'));

/** SearchResult.astro's template; a result's title is a heading on the search page, a paragraph in the banner. */
export function resultTemplate(title: 'h3' | 'p'): string {
  return `
    <template data-result-template data-title="${title}">
      <li class="result">
        <p class="result-facts" data-part="facts">
          <span data-part="kind"></span> <time data-part="date"></time> <span data-part="language"></span>
        </p>
        <p class="result-excerpt" data-part="excerpt"></p>
      </li>
    </template>`;
}

/** `count` practice notes matching "referral", titled "Note 1", "Note 2"… */
export function outcome(count: number, counts: FilterCounts = {}): Outcome {
  const results = Array.from({ length: count }, (_, i) => ({
    id: `note-${i + 1}`,
    data: () =>
      Promise.resolve({
        url: `/practices/note-${i + 1}/`,
        excerpt: `a <mark>referral</mark> pathway`,
        meta: { title: `Note ${i + 1}`, date: '2016-09-07' },
        filters: { 'kind-id': ['practice'] },
      }),
  }));
  return { results, counts };
}

/** The titles of the results on screen, in order. */
export function resultTitles(root: ParentNode): string[] {
  return [...root.querySelectorAll('.result-title a')].map((link) => link.textContent ?? '');
}
