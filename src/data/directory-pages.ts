/** The pages that list every network, every organisation and every country, by name in the reader's language. */
import type { Locale } from '../core/locales.ts';
import { entryPath, localizedPath, routes } from '../core/routes.ts';
import { useTranslations } from '../i18n/index.ts';
import { countryName } from '../lib/countries.ts';
import type { Filter } from '../lib/list-matching.ts';
import { sortByLabel } from '../lib/sort.ts';
import { inLocale, pickTranslation } from '../lib/translations.ts';
import { organisationKinds } from '../schemas/organisation.ts';
import type { Catalog, Network, OrganisationEntry } from './catalog.ts';
import type { Link } from './facts.ts';
import type { PageFrame } from './page-frame.ts';

export function networkListPage(catalog: Catalog, locale: Locale): { frame: PageFrame; networks: Network[] } {
  const { t } = useTranslations(locale);
  return {
    frame: { title: t('networks.title'), description: t('networks.lead'), path: routes.networks },
    networks: sortByLabel(
      catalog.networks.values(),
      (n) => pickTranslation(n, locale).entry.data.name,
      locale,
    ),
  };
}

export function organisationListPage(
  catalog: Catalog,
  locale: Locale,
): { frame: PageFrame; organisations: OrganisationEntry[]; filters: Filter[] } {
  const { t } = useTranslations(locale);
  const organisations = sortByLabel(
    catalog.organisations.values(),
    (org) => inLocale(org.data.name, locale),
    locale,
  );
  const countries = [
    ...new Set(organisations.flatMap((org) => (org.data.country ? [org.data.country] : []))),
  ];
  return {
    frame: {
      title: t('organisations.title'),
      description: t('organisations.lead'),
      path: routes.organisations,
    },
    organisations,
    filters: [
      {
        name: 'kind',
        label: t('filter.kind'),
        options: organisationKinds
          .filter((kind) => organisations.some((org) => org.data.kind === kind))
          .map((kind) => ({ value: kind, label: t(`organisationKind.${kind}`) })),
      },
      {
        name: 'country',
        label: t('filter.country'),
        options: sortByLabel(
          countries.map((code) => ({ value: code, label: countryName(code, locale) })),
          (option) => option.label,
          locale,
        ),
      },
    ],
  };
}

export function countryListPage(
  catalog: Catalog,
  locale: Locale,
): { frame: PageFrame; countries: (Link & { practices: string })[] } {
  const { t, tn } = useTranslations(locale);
  return {
    frame: { title: t('countries.title'), description: t('countries.lead'), path: routes.countries },
    countries: sortByLabel(catalog.countries, (code) => countryName(code, locale), locale).map((code) => ({
      label: countryName(code, locale),
      href: localizedPath(locale, entryPath('countries', code)),
      practices: tn('practices.count', catalog.practicesByCountry.get(code)?.length ?? 0),
    })),
  };
}
