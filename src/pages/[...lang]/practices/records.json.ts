// The library's records in one language, read by src/search/search-index.ts into the library's filter
// index and then removed from the built site: no page or file served to readers lists every practice.
import type { APIRoute } from 'astro';
import { libraryRecords } from '../../../data/library-pages.ts';
import { useTranslations, type Locale } from '../../../i18n/index.ts';
import { localeParams } from '../../../core/routes.ts';
import { withCacheKeys } from '../../../data/page-keys.ts';

export const getStaticPaths = () =>
  withCacheKeys(localeParams(), ({ locale }) => libraryRecords(locale, useTranslations(locale).t));

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) =>
  Response.json(await libraryRecords(props.locale, useTranslations(props.locale).t));
