/** The filters of a list of events, shared by the events page and the year pages. */
import type { Locale, Translate } from '../i18n/index.ts';
import { formatYearOrMonth } from '../lib/dates.ts';
import { eventYear } from '../lib/event-archive.ts';
import type { Filter } from '../lib/list-matching.ts';
import { pickTranslation } from '../lib/translations.ts';
import { eventFormats } from '../schemas/event.ts';
import { pick, type Catalog, type Event } from './catalog.ts';
import { organisationOptions } from './facts.ts';

/** Year, organiser, network and format, each with the options these events have (the list hides single ones). */
export function eventFilters(
  catalog: Catalog,
  events: readonly Event[],
  locale: Locale,
  t: Translate,
): Filter[] {
  const all = events.map((e) => e.original.data);
  const used = (ids: string[]) => [...new Set(ids)];
  return [
    {
      name: 'year',
      label: t('filter.year'),
      options: used(all.map(eventYear)).map((year) => ({
        value: year,
        label: formatYearOrMonth(year, locale),
      })),
    },
    {
      name: 'organiser',
      label: t('filter.organiser'),
      options: organisationOptions(
        catalog,
        all.flatMap((e) => e.organisers),
        locale,
      ),
    },
    {
      name: 'network',
      label: t('filter.network'),
      options: pick(catalog.networks, used(all.flatMap((e) => e.networks))).map((network) => ({
        value: network.slug,
        label: pickTranslation(network, locale).entry.data.name,
      })),
    },
    {
      name: 'format',
      label: t('filter.format'),
      options: eventFormats
        .filter((format) => all.some((e) => e.format === format))
        .map((format) => ({ value: format, label: t(`eventFormat.${format}`) })),
    },
  ];
}
