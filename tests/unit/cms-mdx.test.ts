// What the editor writes is what the site accepts: each MDX component form writes MDX that the body check
// passes and reads back the same, and entry files round-trip through the editor's format unchanged.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatEntry, parseEntry } from '../../src/cms/frontmatter.ts';
import { mdxBlocks, type MdxBlock } from '../../src/cms/mdx-blocks.ts';
import { checkBody } from '../../src/validation/body-check.ts';
import { mdxComponents } from '../../src/schemas/mdx-components.ts';

const context = { publicFiles: new Set(['/uploads/pathway.png']), organisationDomains: new Set<string>() };

const examples: Record<string, Record<string, string>> = {
  KeyPoint: {
    title: 'Say "no" & mean it',
    content: 'Ask before you refer.\n\nNever promise what you cannot do.',
  },
  Figure: {
    src: '/uploads/pathway.png',
    alt: 'The "referral" pathway, in five steps',
    caption: 'From first contact to support',
  },
  Steps: { content: '1. Identify the signs\n2. Refer to the specialist service' },
};

function block(id: string): MdxBlock {
  return mdxBlocks.find((candidate) => candidate.id === id)!;
}

describe('MDX component forms', () => {
  it('has a form for every allow-listed component, with its props as fields', () => {
    expect(mdxBlocks.map((candidate) => candidate.id)).toEqual(Object.keys(mdxComponents));
    expect(block('Figure').fields.map((field) => [field.name, field.required])).toEqual([
      ['src', true],
      ['alt', true],
      ['caption', false],
    ]);
  });

  for (const [id, data] of Object.entries(examples)) {
    it(`writes ${id} as MDX the validator accepts, and reads it back`, () => {
      const mdx = block(id).toBlock(data);
      const body = `An opening paragraph.\n\n${mdx}\n\nA closing paragraph.\n`;
      expect(checkBody(body, context)).toEqual([]);
      // As Decap reads it: from the block where the component starts to the end of the text, with no multiline flag.
      expect(block(id).pattern.flags).toBe('');
      const match = body.slice(body.indexOf(mdx)).match(block(id).pattern);
      expect(match?.index).toBe(0);
      expect(match?.[0]).toBe(mdx);
      expect(block(id).fromBlock(match!)).toEqual(data);
    });
  }

  it('writes a figure without alt text that the validator then refuses', () => {
    const mdx = block('Figure').toBlock({ src: '/uploads/pathway.png', alt: '' });
    expect(mdx).toBe('<Figure src="/uploads/pathway.png" />');
    expect(
      checkBody(mdx, context)
        .map((problem) => problem.message)
        .join(),
    ).toMatch(/alt/);
  });

  it('keeps a prop on one line and its quotes as character references', () => {
    expect(block('KeyPoint').toBlock({ title: 'Two\nlines "quoted"', content: 'Text' })).toBe(
      '<KeyPoint title="Two lines &quot;quoted&quot;">\n\nText\n\n</KeyPoint>',
    );
  });
});

describe('entry files', () => {
  const folders = ['practices', 'events', 'networks', 'pages'];
  for (const folder of folders) {
    for (const file of readdirSync(`content/${folder}/en`)) {
      it(`reads and writes content/${folder}/en/${file} unchanged`, () => {
        const text = readFileSync(`content/${folder}/en/${file}`, 'utf8');
        const data = parseEntry(text);
        expect(formatEntry(data, Object.keys(data))).toBe(text);
      });
    }
  }

  it('reads a file that starts with a byte-order mark, and writes it back without one', () => {
    const text = '---\ntitle: A note\n---\n\nText.\n';
    const data = parseEntry(`\uFEFF${text}`);
    expect(data).toEqual({ title: 'A note', body: '\nText.\n' });
    expect(formatEntry(data, ['title'])).toBe(text);
  });

  it('writes keys in the schema’s order, short id lists on one line, and drops empty fields', () => {
    const text = formatEntry(
      {
        body: 'Text.',
        themes: ['referral', 'training'],
        title: 'A note',
        contact: { team: '', email: '' },
        groups: [],
      },
      ['title', 'themes', 'groups', 'contact', 'body'],
    );
    expect(text).toBe('---\ntitle: A note\nthemes: [referral, training]\n---\n\nText.\n');
  });

  it('writes braces and angle brackets typed in the text so that MDX shows them as typed', () => {
    expect(formatEntry({ title: 'A note', body: 'About {500 EUR}, aged <18.' })).toBe(
      '---\ntitle: A note\n---\n\nAbout \\{500 EUR\\}, aged \\<18.\n',
    );
  });

  it('writes nothing for a translation that has only the copied language-neutral fields', () => {
    expect(formatEntry({ type: 'guidance', themes: ['referral'], body: '' })).toBe('');
  });
});
