// A language's web app manifest: the site's name, its start page in that language, and the icons.
import type { APIRoute } from 'astro';
import { webManifest } from '../../data/offline-page.ts';
import { localeParams } from '../../core/routes.ts';
import type { Locale } from '../../i18n/index.ts';

export const getStaticPaths = localeParams;

export const GET: APIRoute<{ locale: Locale }> = ({ props }) =>
  new Response(JSON.stringify(webManifest(props.locale)), {
    headers: { 'content-type': 'application/manifest+json' },
  });
