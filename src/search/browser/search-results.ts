// Search results on the page: filled into the <template> that SearchResult.astro renders, and plain words.
import { fillPlural, fillTemplate } from '../../i18n/format.ts';
import { dir, intlLocale, localeInfo, type Locale } from '../../core/locales.ts';
import { formatPartialDate } from '../../lib/dates.ts';
import { splitLocalePath } from '../../core/routes.ts';
import { searchIdFilters, type SearchKind } from '../search-meta.ts';
import type { SearchStrings } from '../search-strings.ts';
import type { PracticeType } from '../../schemas/practice.ts';
import type { ResultData } from './pagefind.ts';

/** Copies Pagefind's excerpt as text, keeping only its <mark> elements: nothing else in it becomes markup. */
function excerptNodes(html: string): Node[] {
  const parsed = document.createElement('template');
  parsed.innerHTML = html;
  return [...parsed.content.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function part(item: Element, name: string): HTMLElement {
  return item.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
}

/**
 * One result: its kind (and type of practice), date, language when not the page's, title, and the words around
 * the match (or the summary, when searching by filters alone).
 */
export function renderResult(
  template: HTMLTemplateElement,
  data: ResultData,
  strings: SearchStrings,
  locale: Locale,
  matched: boolean,
): Element {
  const item = (template.content.firstElementChild as Element).cloneNode(true) as Element;
  const language = splitLocalePath(new URL(data.url, location.href).pathname).locale;
  const { title = data.url, summary, date } = data.meta;
  const kind = data.filters[searchIdFilters.kind]?.[0] as SearchKind | undefined;
  const practiceType = data.filters[searchIdFilters.practiceType]?.[0] as PracticeType | undefined;
  part(item, 'kind').textContent = [
    kind ? strings.kinds[kind] : data.filters['kind']?.[0],
    practiceType && strings.practiceTypes[practiceType],
  ]
    .filter(Boolean)
    .join(' · ');
  if (date) {
    const time = Object.assign(document.createElement('time'), {
      dateTime: date,
      textContent: formatPartialDate(date, locale),
    });
    part(item, 'kind').after(time);
  }
  const heading = Object.assign(document.createElement(template.dataset['title'] ?? 'p'), {
    className: 'result-title',
  });
  heading.append(Object.assign(document.createElement('a'), { href: data.url, textContent: title }));
  part(item, 'facts').after(heading);
  if (language !== locale) {
    part(item, 'language').textContent = localeInfo[language].endonym;
    for (const element of [part(item, 'language'), heading, part(item, 'excerpt')])
      Object.assign(element, { lang: language, dir: dir(language) });
  }
  // Separators between the facts a result has, outside each fact so that each keeps its own direction.
  const facts = part(item, 'facts');
  const shown = [...facts.children].filter((fact) => fact.textContent);
  facts.replaceChildren(...shown.flatMap((fact, i) => (i === 0 ? [fact] : [' · ', fact])));
  part(item, 'excerpt').replaceChildren(
    ...(matched && data.excerpt ? excerptNodes(data.excerpt) : [summary ?? '']),
  );
  return item;
}

/** Words for counts and messages, filled in the page's language. */
export function searchWords(strings: SearchStrings, locale: Locale) {
  const numbers = new Intl.NumberFormat(intlLocale(locale));
  const plurals = new Intl.PluralRules(intlLocale(locale));
  const fill = (template: string, values: Record<string, string | number>) =>
    fillTemplate(template, values, numbers);
  return {
    fill,
    count: (count: number) => numbers.format(count),
    /** "3 results for “referral”", or "3 results" when searching by filters alone. */
    summary(count: number, query: string): string {
      const results = fillPlural(strings.results, count, plurals, numbers);
      return query ? fill(strings.resultsFor, { results, query }) : results;
    },
  };
}
