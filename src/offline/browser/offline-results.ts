// Offline, a search result can be shown only when its page's fragment is saved. The first results' fragments
// are loaded anyway to show them; when one fails, the others are tried too and only the readable ones kept, and
// the page is told how many were left out (<offline-search-note> says so). Otherwise results pass unchanged.
// (`navigator.onLine` cannot tell: it stays true when only the site is out of reach.)

interface Readable {
  data(): Promise<unknown>;
}

/** The event the search's page receives when results were left out, with their number as `detail`. */
export const resultsLeftOut = 'offline-results-left-out';

/** How many results are tried first: as many as the search shows at once. */
const firstShown = 5;

const readable = (results: Readable[]) =>
  Promise.all(
    results.map((result) =>
      result.data().then(
        () => true,
        () => false,
      ),
    ),
  );

export async function readableResults<Result extends Readable>(
  results: Result[],
  target: EventTarget = document,
): Promise<Result[]> {
  const first = await readable(results.slice(0, firstShown));
  const read = first.every(Boolean) ? [] : [...first, ...(await readable(results.slice(firstShown)))];
  const kept = read.length > 0 ? results.filter((_, index) => read[index]) : results;
  target.dispatchEvent(new CustomEvent(resultsLeftOut, { detail: results.length - kept.length }));
  return kept;
}
