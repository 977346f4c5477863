// `npm run check:links`: every link and #fragment in the built site (dist/) resolves, checked offline.
// Absolute links to the site itself (canonical, hreflang) are followed on the local copy; other origins are
// skipped, since pages link out to partners' sites and CI has no network.
import { LinkChecker, LinkState } from 'linkinator';
import { siteUrl } from '../src/core/site.ts';

// LINKS_PORT lets two checkouts check their links side by side.
const port = Number(process.env['LINKS_PORT'] ?? 4390);
const site = new URL(siteUrl()).origin;
const local = `http://127.0.0.1:${port}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const checker = new LinkChecker();
const result = await checker.check({
  path: 'dist',
  port,
  recurse: true,
  checkFragments: true,
  urlRewriteExpressions: [{ pattern: new RegExp(`^${escape(site)}`), replacement: local }],
  linksToSkip: async (link) => /^https?:\/\//.test(link) && !link.startsWith(local) && !link.startsWith(site),
});

const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
for (const link of broken)
  console.error(`${link.parent ?? '?'}  ->  ${link.url}  (${link.status ?? 'no answer'})`);
console.log(`${result.links.length} links checked, ${broken.length} broken.`);
process.exit(broken.length > 0 ? 1 : 0);
