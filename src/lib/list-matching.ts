/** The logic of list filters, kept apart from the DOM so it can be tested: which items match a selection. */
import { eventYear } from './event-archive.ts';

export interface FilterOption {
  value: string;
  label: string;
}

/** A filter of a list, as its form shows it. */
export interface Filter {
  /** Matches the cards' `data-filter-<name>` attributes. */
  name: string;
  label: string;
  options: FilterOption[];
}

/** Selected value per filter name; an empty or missing value means "all". */
export type Selection = Readonly<Record<string, string>>;

/** Whether an item with these values per filter (space-separated, as in data attributes) matches a selection. */
export function matches(
  itemValues: Readonly<Record<string, string | undefined>>,
  selection: Selection,
): boolean {
  return Object.entries(selection).every(
    ([name, wanted]) => !wanted || (itemValues[name] ?? '').split(' ').includes(wanted),
  );
}

/** The selection a URL query holds, for the filter names a list knows. */
export function selectionFromQuery(query: string, names: readonly string[]): Selection {
  const params = new URLSearchParams(query);
  return Object.fromEntries(names.map((name) => [name, params.get(name) ?? '']));
}

/** The URL query for a selection: only what is selected, in the filters' order. */
export function queryFromSelection(selection: Selection): string {
  const params = new URLSearchParams(Object.entries(selection).filter(([, value]) => value));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The values an event is filtered on: its year, organisers, networks and format. */
export function eventFilterValues(event: {
  start: string;
  organisers: readonly string[];
  networks: readonly string[];
  format?: string | undefined;
}): Record<string, string[]> {
  return {
    year: [eventYear(event)],
    organiser: [...event.organisers],
    network: [...event.networks],
    format: event.format ? [event.format] : [],
  };
}

/** The values an organisation is filtered on: its kind and country. */
export function organisationFilterValues(organisation: {
  kind: string;
  country?: string | undefined;
}): Record<string, string[]> {
  return { kind: [organisation.kind], country: organisation.country ? [organisation.country] : [] };
}
