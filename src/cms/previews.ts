/**
 * Preview templates: entries drawn with the site's markup and stylesheet (src/cms/preview.css), so editors see
 * them as readers will. React elements are built with createElement; the site itself ships no React.
 */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement as h, type ReactNode } from 'react';
import { dictionaries } from '../i18n/index.ts';
import { defaultLocale, dir, locales, type Locale } from '../core/locales.ts';
import type { MdxComponentName } from '../schemas/mdx-components.ts';
import type { BlockData } from './mdx-blocks.ts';

/** The kind shown above an entry's title, as on the site. */
const kindKeys: Readonly<Record<string, string>> = {
  practices: 'search.kind.practice',
  events: 'search.kind.event',
  networks: 'search.kind.network',
  pages: 'search.kind.page',
};

/**
 * The language the preview shows. For a translation Decap hands the template the entry with that language's
 * data in place of the default language's (the very object under `i18n.<lang>.data`); its path stays the
 * default language's, so the data is what tells.
 */
function previewLocale(entry: PreviewTemplateComponentProps['entry']): Locale {
  const data: unknown = entry.get('data');
  return (
    locales.find((code) => code !== defaultLocale && entry.getIn(['i18n', code, 'data']) === data) ??
    defaultLocale
  );
}

/** An entry as its page shows it: the kind, the title, the summary as the lead, then the body. */
export function EntryPreview({ entry, collection, widgetFor }: PreviewTemplateComponentProps) {
  const title = String(entry.getIn(['data', 'title']) ?? entry.getIn(['data', 'name']) ?? '');
  const summary = entry.getIn(['data', 'summary']) as string | undefined;
  const type = entry.getIn(['data', 'type']) as string | undefined;
  const lang = previewLocale(entry);
  const dictionary: Readonly<Record<string, string>> = dictionaries[lang];
  const kind =
    (type && dictionary[`practiceType.${type}`]) ?? dictionary[kindKeys[collection.get('name')] ?? ''];
  return h(
    'main',
    { className: 'preview', lang, dir: dir(lang) },
    h(
      'header',
      { className: 'page-header' },
      kind ? h('p', { className: 'eyebrow' }, kind) : null,
      h('h1', null, title),
      summary ? h('p', { className: 'lead' }, summary) : null,
    ),
    h('div', { className: 'prose' }, widgetFor('body')),
  );
}

/** Markdown paragraphs and numbered items as plain elements, for a component's preview. */
function previewText(markdown: string): ReactNode[] {
  const items = markdown.split('\n').filter((line) => /^\d+\.\s/.test(line));
  if (items.length > 0)
    return [
      h(
        'ol',
        { key: 'list' },
        items.map((line, index) => h('li', { key: index }, line.replace(/^\d+\.\s+/, ''))),
      ),
    ];
  return markdown
    .split(/\n{2,}/)
    .filter(Boolean)
    .map((paragraph, index) => h('p', { key: index }, paragraph));
}

/** Each allow-listed component drawn with the site's markup (src/components/mdx/). */
export const blockPreviews: Readonly<Record<MdxComponentName, (data: BlockData) => ReactNode>> = {
  KeyPoint: (data) =>
    h(
      'div',
      { className: 'key-point', role: 'note' },
      data['title'] ? h('p', { className: 'key-point-title' }, data['title']) : null,
      ...previewText(data['content'] ?? ''),
    ),
  Figure: (data) =>
    h(
      'figure',
      { className: 'figure' },
      h('img', { src: data['src'], alt: data['alt'] ?? '' }),
      data['caption'] ? h('figcaption', null, data['caption']) : null,
    ),
  // The chart is drawn by the build from the dataset's table; the preview names it.
  DatasetChart: (data) =>
    h(
      'p',
      { className: 'key-point', role: 'note' },
      `Chart "${data['chart'] ?? ''}" of dataset ${data['dataset'] ?? ''}`,
    ),
  Steps: (data) => h('div', { className: 'steps' }, ...previewText(data['content'] ?? '')),
};
