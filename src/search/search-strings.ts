/**
 * The words the search scripts show, gathered at build time for one language and handed to the browser as JSON,
 * so that no dictionary is shipped to readers.
 */
import type { PluralForms } from '../i18n/format.ts';
import { useTranslations, type Locale } from '../i18n/index.ts';
import { languageName } from '../lib/languages.ts';
import { practiceTypes, type PracticeType } from '../schemas/practice.ts';
import { memoize } from '../core/memo.ts';
import { searchFilterKeys, searchKinds, type SearchFilterKey, type SearchKind } from './search-meta.ts';

export interface SearchStrings {
  /** "{count} results", in every plural form of the language. */
  results: PluralForms;
  /** "{results} for “{query}”". */
  resultsFor: string;
  /** "Nothing matches “{query}”." */
  none: string;
  noneFiltered: string;
  /** "Nothing in <this language> matches “{query}”. …" */
  noneInLanguage: string;
  help: string;
  allLanguages: string;
  showAll: string;
  loading: string;
  failed: string;
  /** "Showing {shown} of {count} results", said after more results are shown. */
  shown: string;
  filtersLoading: string;
  /** Said in the filters when no value of any filter would narrow the results. */
  filtersNone: string;
  /** "Also searched: {names}." */
  alsoSearched: string;
  /** The button that undoes them: "Search only for “{query}”". */
  typedOnly: string;
  /** "Searched only for “{query}”.", with a button "Also search for {names}". */
  searchedTyped: string;
  alsoSearch: string;
  /** "Did you mean {suggestion}?", the suggestion a button. */
  didYouMean: string;
  /** A name in quotation marks, as the language writes them: "“{name}”". */
  quotedName: string;
  filters: Record<SearchFilterKey, string>;
  kinds: Record<SearchKind, string>;
  practiceTypes: Record<PracticeType, string>;
}

function labelsFor<Id extends string>(ids: readonly Id[], label: (id: Id) => string): Record<Id, string> {
  return Object.fromEntries(ids.map((id) => [id, label(id)])) as Record<Id, string>;
}

/** Made once per language: the header of every page carries them. */
export const searchStrings = memoize((locale: Locale): SearchStrings => {
  const { t, forms } = useTranslations(locale);
  const language = languageName(locale, locale);
  return {
    results: forms('search.results'),
    resultsFor: t('search.resultsFor'),
    none: t('search.none'),
    noneFiltered: t('search.noneFiltered'),
    noneInLanguage: t('search.noneInLanguage', { language }),
    help: t('search.help'),
    allLanguages: t('search.allLanguages'),
    showAll: t('search.showAll'),
    loading: t('search.loading'),
    failed: t('search.failed'),
    shown: t('search.shown'),
    filtersLoading: t('search.filtersLoading'),
    filtersNone: t('search.filtersNone'),
    alsoSearched: t('search.alsoSearched'),
    typedOnly: t('search.typedOnly'),
    searchedTyped: t('search.searchedTyped'),
    alsoSearch: t('search.alsoSearch'),
    didYouMean: t('search.didYouMean'),
    quotedName: t('search.quotedName'),
    filters: labelsFor(searchFilterKeys, (key) => t(`search.filter.${key}`)),
    kinds: labelsFor(searchKinds, (kind) => t(`search.kind.${kind}`)),
    practiceTypes: labelsFor(practiceTypes, (type) => t(`practiceType.${type}`)),
  };
});
