/** What a page tells its frame (BaseLayout): its title and address, where it sits, its languages, its search record. */
import type { Locale } from '../core/locales.ts';
import type { SearchRecord } from '../search/search-meta.ts';

/** An ancestor of a page in its breadcrumbs. */
export interface Crumb {
  label: string;
  /** Path without language prefix. */
  path: string;
}

export interface PageFrame {
  /** The page's own title; the site name is added after it. */
  title: string;
  description?: string | undefined;
  /** The page's path without a language prefix, like "/practices/". */
  path: string;
  /** Ancestors shown as breadcrumbs on detail pages; the current page is added last. */
  breadcrumbs?: Crumb[] | undefined;
  /** Languages the page's content exists in (for hreflang); lists and standing pages exist in all. */
  contentLocales?: readonly Locale[] | undefined;
  /** Languages the page is built in (an entry: those it is written in); the language switcher sends readers of
   * the others to the original's notice. Lists and standing pages are built in all. */
  pageLocales?: readonly Locale[] | undefined;
  /**
   * Indexes the main content for search in the page's language, with these filters and facts. Leave it out
   * where the content is not in that language (an untranslated entry) or is a list of other pages.
   */
  search?: SearchRecord | undefined;
  /** A feed of this page's own, announced beside the site's. */
  feed?: { title: string; path: string } | undefined;
}
