/**
 * The editor's form for each allow-listed MDX component (src/schemas/mdx-components.ts): editors fill in
 * fields and the editor writes the component's MDX, so nobody types JSX. Pure; src/cms/browser/decap-app.ts registers them.
 */
import {
  mdxComponents,
  type MdxComponentDefinition,
  type MdxComponentName,
} from '../schemas/mdx-components.ts';

/** The field that holds the Markdown between a component's opening and closing tags. */
const contentField = 'content';

export type BlockData = Record<string, string>;

export interface BlockField {
  name: string;
  label: string;
  widget: 'string' | 'markdown' | 'image';
  required: boolean;
  hint: string;
}

export interface MdxBlock {
  readonly id: MdxComponentName;
  readonly label: string;
  readonly fields: BlockField[];
  readonly pattern: RegExp;
  fromBlock(match: RegExpMatchArray): BlockData;
  toBlock(data: BlockData): string;
}

const labels: Readonly<Record<MdxComponentName, string>> = {
  KeyPoint: 'Key point',
  Figure: 'Figure (image)',
  DatasetChart: 'Dataset chart',
  Steps: 'Steps (referral pathway)',
};

const contentHints: Readonly<Record<MdxComponentName, string>> = {
  KeyPoint: 'The point itself, in a sentence or two.',
  Figure: '',
  DatasetChart: '',
  Steps: 'A numbered list, one step per item: 1. First step, 2. Next step…',
};

/** An attribute value as MDX reads it back: on one line, with quotes and ampersands as character references. */
export function attributeValue(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

function decodeAttribute(text: string): string {
  return text.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

function attributes(source: string): Record<string, string> {
  return Object.fromEntries(
    [...source.matchAll(/([A-Za-z]+)="([^"]*)"/g)].map(([, name, value]) => [name!, decodeAttribute(value!)]),
  );
}

/** A component tag's attributes as the editor writes them (`name="value"`, values escaped), captured as one group. */
export const tagAttributes = '((?:\\s+[A-Za-z]+="[^"]*")*)\\s*';

function blockFor(id: MdxComponentName, definition: MdxComponentDefinition): MdxBlock {
  const props = Object.entries(definition.props);
  const fields: BlockField[] = props.map(([name, prop]) => ({
    name,
    label: name.charAt(0).toUpperCase() + name.slice(1),
    widget: name === 'src' ? 'image' : 'string',
    required: prop.required,
    hint: prop.description,
  }));
  if (definition.children)
    fields.push({
      name: contentField,
      label: 'Content',
      widget: 'markdown',
      required: true,
      hint: contentHints[id],
    });
  // Decap matches a pattern against the rest of the text from the block it is reading, and wants no multiline
  // flag: the component starts there and ends at a line's end.
  const pattern = definition.children
    ? new RegExp(`^<${id}${tagAttributes}>\\n\\n([\\s\\S]*?)\\n\\n</${id}>(?=\\n|$)`)
    : new RegExp(`^<${id}${tagAttributes}/>(?=\\n|$)`);
  return {
    id,
    label: labels[id],
    fields,
    pattern,
    fromBlock(match) {
      const data = attributes(match[1] ?? '');
      return definition.children ? { ...data, [contentField]: match[2] ?? '' } : data;
    },
    toBlock(data) {
      const written = props
        .filter(([name]) => data[name]?.trim())
        .map(([name]) => ` ${name}="${attributeValue(data[name]!)}"`)
        .join('');
      if (!definition.children) return `<${id}${written} />`;
      return `<${id}${written}>\n\n${(data[contentField] ?? '').trim()}\n\n</${id}>`;
    },
  };
}

/** A form for every allow-listed component. */
export const mdxBlocks: readonly MdxBlock[] = (Object.keys(mdxComponents) as MdxComponentName[]).map((id) =>
  blockFor(id, mdxComponents[id]),
);
