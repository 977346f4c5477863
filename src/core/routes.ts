/** URLs of the portal per language: English unprefixed, other languages under /<lang>/. */
import { defaultLocale, locales, type Locale } from '../i18n/locales.ts';

/** The URL of `path` (like "/practices/") in `locale`. */
export function localizedPath(locale: Locale, path = '/'): string {
  const clean = `/${path.replace(/^\/+/, '')}`;
  return locale === defaultLocale ? clean : `/${locale}${clean}`;
}

/** The locale a URL path belongs to, and the path without its language prefix. */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  const [, first = '', ...rest] = pathname.split('/');
  const match = locales.find((code) => code !== defaultLocale && code === first);
  return match ? { locale: match, path: `/${rest.join('/')}` } : { locale: defaultLocale, path: pathname };
}

/** Route parameters for a page that exists in every language (`[...lang]` is empty for the default). */
export function localeParams(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return locales.map((locale) => ({
    params: { lang: locale === defaultLocale ? undefined : locale },
    props: { locale },
  }));
}

/** An entry's id as its address writes it: lower case, as the library's are (a country's code HR is "hr"). */
export function addressId(id: string): string {
  return id.toLowerCase();
}

/** The path of a detail page, without language prefix: "/practices/<slug>/". */
export function entryPath(
  collection: 'practices' | 'events' | 'networks' | 'organisations' | 'themes' | 'groups' | 'countries',
  id: string,
): string {
  return `/${collection}/${addressId(id)}/`;
}

/** Route parameters for one entry page per language it is written in: readers of others go to its original. */
export function versionParamsFor<Item extends { slug: string; versions: ReadonlyMap<Locale, unknown> }>(
  items: Iterable<Item>,
) {
  return [...items].flatMap((item) =>
    localeParams()
      .filter(({ props }) => item.versions.has(props.locale))
      .map(({ params, props }) => ({ params: { ...params, id: item.slug }, props: { ...props, item } })),
  );
}

/** Route parameters for one detail page per item and language: `[...lang]` plus the item's `[id]`. */
export function localeParamsFor<Item>(items: Iterable<Item>, idOf: (item: Item) => string) {
  return [...items].flatMap((item) =>
    localeParams().map(({ params, props }) => ({
      params: { ...params, id: idOf(item) },
      props: { ...props, item },
    })),
  );
}
