/** The site's public origin, for canonical, hreflang and sitemap URLs: SITE_URL in production, localhost otherwise. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return env['SITE_URL'] ?? 'http://localhost:4321';
}
