/** Where the editor lives on the site, and where the dev server passes its requests on to decap-server. */
export const adminPath = '/admin/';

/**
 * decap-server's API (/api/v1 on its own port), reached through the dev server so the editor talks to its own
 * origin only; with a trailing slash, as the site's addresses have.
 */
export const localApiPath = `${adminPath}api/v1/`;

/** The editor's page for one entry, as its "Edit this entry" links open it. */
export function editPath(collection: string, slug: string): string {
  return `${adminPath}#/collections/${collection}/entries/${slug}`;
}
