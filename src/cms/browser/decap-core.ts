/**
 * Decap CMS with only what this site uses, in place of decap-cms-app (which registers every backend, widget and
 * interface language: 6.9 MB of script). Backends: the hosted Git servers docs/deploy.md offers and the local
 * editing server. Widgets: those src/cms/config.ts generates. Interface languages: English, and the site's
 * languages Decap translates (French, Spanish, Croatian); Arabic is the project's own. No code, map, colour or rich-text widget, and no
 * image or code-block editor component: the site's own components replace them (src/cms/mdx-blocks.ts).
 */
import { DecapCmsCore as CMS } from 'decap-cms-core';
import { GitHubBackend } from 'decap-cms-backend-github';
import { GiteaBackend } from 'decap-cms-backend-gitea';
import { ForgejoBackend } from 'decap-cms-backend-forgejo';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import boolean from 'decap-cms-widget-boolean';
import datetime from 'decap-cms-widget-datetime';
import file from 'decap-cms-widget-file';
import image from 'decap-cms-widget-image';
import list from 'decap-cms-widget-list';
import markdown from 'decap-cms-widget-markdown';
import number from 'decap-cms-widget-number';
import object from 'decap-cms-widget-object';
import relation from 'decap-cms-widget-relation';
import select from 'decap-cms-widget-select';
import string from 'decap-cms-widget-string';
import text from 'decap-cms-widget-text';
import { en, es, fr, hr } from 'decap-cms-locales';

CMS.registerBackend('github', GitHubBackend);
CMS.registerBackend('gitea', GiteaBackend);
CMS.registerBackend('forgejo', ForgejoBackend);
CMS.registerBackend('proxy', ProxyBackend);
for (const widget of [
  boolean,
  datetime,
  file,
  image,
  list,
  markdown,
  number,
  object,
  relation,
  select,
  string,
  text,
])
  CMS.registerWidget(widget.Widget());

/** Decap's own interface strings in the site's languages it translates (src/cms/interface-phrases.ts adds Arabic). */
export const decapLocales = { en, es, fr, hr };

export default CMS;
