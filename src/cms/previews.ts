/**
 * Preview templates: entries drawn with the site's markup and stylesheet (src/cms/preview.css), so editors see
 * them as readers will. React elements are built with createElement; the site itself ships no React.
 */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement as h, type ReactNode } from 'react';
import { en } from '../i18n/en.ts';
import { dir, isLocale } from '../i18n/locales.ts';
import type { MdxComponentName } from '../schemas/mdx-components.ts';
import type { BlockData } from './mdx-blocks.ts';

const dictionary: Readonly<Record<string, string>> = en;

/** The kind shown above an entry's title, as on the site. */
const kindKeys: Readonly<Record<string, string>> = {
  practices: 'search.kind.practice',
  events: 'search.kind.event',
  networks: 'search.kind.network',
  pages: 'search.kind.page',
};

/** The language of the entry being previewed, from its path (content/<collection>/<lang>/<slug>.mdx). */
function entryLocale(path: unknown): string | undefined {
  const segment = typeof path === 'string' ? path.split('/').at(-2) : undefined;
  return isLocale(segment) ? segment : undefined;
}

/** An entry as its page shows it: the kind, the title, the summary as the lead, then the body. */
export function EntryPreview({ entry, collection, widgetFor }: PreviewTemplateComponentProps) {
  const title = String(entry.getIn(['data', 'title']) ?? entry.getIn(['data', 'name']) ?? '');
  const summary = entry.getIn(['data', 'summary']) as string | undefined;
  const type = entry.getIn(['data', 'type']) as string | undefined;
  const kind =
    (type && dictionary[`practiceType.${type}`]) ?? dictionary[kindKeys[collection.get('name')] ?? ''];
  const lang = entryLocale(entry.get('path'));
  return h(
    'main',
    { className: 'preview', lang, dir: lang && isLocale(lang) ? dir(lang) : undefined },
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
  Steps: (data) => h('div', { className: 'steps' }, ...previewText(data['content'] ?? '')),
};
