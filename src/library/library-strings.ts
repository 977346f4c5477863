/** The words the library's filtering script shows, gathered at build time for one language. */
import type { PluralForms } from '../i18n/format.ts';
import { useTranslations, type Locale } from '../i18n/index.ts';

export interface LibraryStrings {
  /** "{count} practice notes", in every plural form of the language. */
  count: PluralForms;
  /** "page {page} of {pages}". */
  page: string;
  previous: string;
  next: string;
  failed: string;
  loading: string;
}

export function libraryStrings(locale: Locale): LibraryStrings {
  const { t, forms } = useTranslations(locale);
  return {
    count: forms('practices.count'),
    page: t('pagination.page'),
    previous: t('pagination.previous'),
    next: t('pagination.next'),
    failed: t('library.failed'),
    loading: t('library.loading'),
  };
}
