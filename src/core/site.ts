/** Where the site runs on this machine (`npm start`), and the origin of its links when SITE_URL is not set. */
const localOrigin = 'http://localhost:4321';

/** The site's public origin, for canonical, hreflang and sitemap URLs: SITE_URL in production, localhost otherwise. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  // Empty counts as not set: a CI variable that is not defined arrives as an empty string.
  return env['SITE_URL'] || localOrigin;
}

/** What a build without SITE_URL must say: every absolute link it writes leads to this machine. */
export function missingSiteUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env['SITE_URL']) return undefined;
  return `SITE_URL is not set: canonical links, feeds, the sitemap, robots.txt, calendars and "Cite this" point at ${localOrigin}. Set it for a build you publish (docs/deploy.md).`;
}
