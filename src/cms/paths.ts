/** Where the editor lives on the site, and where the dev server passes its requests on to decap-server. */
export const adminPath = '/admin/';

/**
 * decap-server's API (/api/v1 on its own port), reached through the dev server so the editor talks to its own
 * origin only; with a trailing slash, as the site's addresses have.
 */
export const localApiPath = `${adminPath}api/v1/`;
