// A language's practice notes and the lists they are in, read by "Save for offline" on a list.
import type { APIRoute } from 'astro';
import { offlineNotes } from '../../../data/offline-page.ts';
import { localeParams } from '../../../core/routes.ts';
import type { Locale } from '../../../i18n/index.ts';

export const getStaticPaths = localeParams;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) =>
  new Response(JSON.stringify(await offlineNotes(props.locale)));
