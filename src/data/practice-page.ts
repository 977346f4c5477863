/** A practice note's page: its facts, contact, where it was presented, what to read next and how to cite it. */
import type { Locale } from '../core/locales.ts';
import { editPath, localizedPath } from '../core/routes.ts';
import { siteUrl } from '../core/site.ts';
import { useTranslations } from '../i18n/index.ts';
import { citation } from '../lib/citation.ts';
import { formatDate, formatYearOrMonth, isOverdue, today } from '../lib/dates.ts';
import { inLocale } from '../lib/translations.ts';
import type { Resource } from '../schemas/practice.ts';
import { practiceSearch } from '../search/search-meta.ts';
import { pick, type Catalog, type Event, type Practice, type PracticeEntry } from './catalog.ts';
import { entryPage, type EntryPage } from './entry-page.ts';
import { countryLinks, organisationLinks, termLinks, type Fact } from './facts.ts';

export interface PracticePage extends EntryPage<PracticeEntry> {
  /** The type of practice, above the title. */
  kind: string;
  /** Says that the note is past its review date, when it is. */
  reviewOverdue: string | undefined;
  contentWarning: string | undefined;
  resources: Resource[];
  /** The events where the note was presented or produced. */
  presentedAt: Event[];
  related: Practice[];
  facts: Fact[];
  /** The team to ask, with its address and page; undefined when the note names none. */
  contact: Fact[] | undefined;
  citation: string;
  editHref: string;
}

export function practicePage(
  catalog: Catalog,
  practice: Practice,
  locale: Locale,
  on = today(),
): PracticePage {
  const { t } = useTranslations(locale);
  const page = entryPage(catalog, 'practices', practice, locale, {
    title: (data) => data.title,
    search: practiceSearch,
  });
  const { data } = page.entry;
  const period = data.period && {
    start: formatYearOrMonth(data.period.start, locale),
    end: data.period.end && formatYearOrMonth(data.period.end, locale),
  };
  const facts: Fact[] = [
    { label: t('field.type'), values: [t(`practiceType.${data.type}`)] },
    { label: t('field.themes'), values: termLinks(catalog, 'themes', data.themes, locale) },
    { label: t('field.groups'), values: termLinks(catalog, 'groups', data.groups, locale) },
    { label: t('field.organisations'), values: organisationLinks(catalog, data.organisations, locale) },
    { label: t('field.countries'), values: countryLinks(data.countries, locale) },
    {
      label: t('field.period'),
      searchable: false,
      values: period
        ? [period.end ? `${period.start} – ${period.end}` : t('practice.periodFrom', { start: period.start })]
        : [],
    },
    {
      label: t('field.status'),
      values: data.status ? [t(`practiceStatus.${data.status}`)] : [],
      searchable: false,
    },
    {
      label: t('field.evidence'),
      values: data.evidence ? [t(`evidenceLevel.${data.evidence.level}`), data.evidence.why] : [],
    },
    { label: t('field.published'), values: [formatDate(data.published, locale)], searchable: false },
    {
      label: t('field.updated'),
      values: data.updated ? [formatDate(data.updated, locale)] : [],
      searchable: false,
    },
    {
      label: t('field.reviewBy'),
      values: data.reviewBy ? [formatDate(data.reviewBy, locale)] : [],
      searchable: false,
    },
  ];
  const { contact } = data;
  return {
    ...page,
    kind: t(`practiceType.${data.type}`),
    reviewOverdue:
      data.reviewBy && isOverdue(data.reviewBy, on)
        ? t('practice.reviewOverdue', { date: formatDate(data.reviewBy, locale) })
        : undefined,
    contentWarning: data.contentWarning,
    resources: data.resources,
    presentedAt: catalog.eventsByPractice.get(practice.slug) ?? [],
    related: catalog.relatedPractices(practice),
    facts,
    contact: contact && [
      {
        label: contact.team,
        searchable: false,
        values: [
          ...(contact.email ? [{ label: contact.email, href: `mailto:${contact.email}` }] : []),
          ...(contact.url ? [{ label: contact.url, href: contact.url }] : []),
        ],
      },
    ],
    citation: citation({
      authors: pick(catalog.organisations, data.organisations).map((org) => inLocale(org.data.name, locale)),
      year: data.published.slice(0, 4),
      title: data.title,
      publisher: t('site.name'),
      url: new URL(localizedPath(locale, page.path), siteUrl()).href,
    }),
    editHref: editPath('practices', practice.slug),
  };
}
