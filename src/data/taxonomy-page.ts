/** The page of every stage of response or every vulnerable group, each with how many notes it has. */
import type { Locale } from '../core/locales.ts';
import { entryPath, localizedPath, routes } from '../core/routes.ts';
import { useTranslations } from '../i18n/index.ts';
import { orderTerms } from '../lib/term-order.ts';
import { inLocale } from '../lib/translations.ts';
import type { Catalog } from './catalog.ts';
import type { PageFrame } from './page-frame.ts';

/** A term linked to its page, with its number of practice notes: for lists and for bar charts. */
export interface TermCount {
  label: string;
  href: string;
  value: number;
}

/** A taxonomy's terms in their order, each with its number of practice notes. */
export function termCounts(catalog: Catalog, taxonomy: 'themes' | 'groups', locale: Locale): TermCount[] {
  const practices = taxonomy === 'themes' ? catalog.practicesByTheme : catalog.practicesByGroup;
  return orderTerms(catalog[taxonomy].values(), locale).map((term) => ({
    label: inLocale(term.data.label, locale),
    href: localizedPath(locale, entryPath(taxonomy, term.id)),
    value: practices.get(term.id)?.length ?? 0,
  }));
}

export function taxonomyPage(catalog: Catalog, taxonomy: 'themes' | 'groups', locale: Locale) {
  const { t } = useTranslations(locale);
  const frame: PageFrame = {
    title: t(`${taxonomy}.title`),
    description: t(`${taxonomy}.lead`),
    path: routes[taxonomy],
  };
  return { frame, terms: termCounts(catalog, taxonomy, locale) };
}
