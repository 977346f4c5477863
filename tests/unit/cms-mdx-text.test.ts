import { describe, expect, it } from 'vitest';
import { escapeMdxText } from '../../src/cms/mdx-text.ts';
import { checkBody } from '../../src/validation/body-check.ts';

const context = { publicFiles: new Set<string>(), organisationDomains: new Set<string>() };

describe('text typed in the editor, made safe for MDX', () => {
  it('writes braces and angle brackets so that MDX shows them as typed', () => {
    const typed = 'Costs were about {500 EUR}, for children aged <18 and <b>child services</b>.\n';
    expect(checkBody(typed, context)).not.toEqual([]);
    const written = escapeMdxText(typed);
    expect(written).toBe(
      'Costs were about \\{500 EUR\\}, for children aged \\<18 and \\<b>child services\\</b>.\n',
    );
    expect(checkBody(written, context)).toEqual([]);
  });

  it('leaves the components, code and what is already escaped alone, so saving twice changes nothing', () => {
    const body = [
      'Intro with `a {code} span` and \\{escaped\\}.',
      '',
      '<KeyPoint title="Cost {a} &quot;b&quot;">',
      '',
      'Inside {here}.',
      '',
      '</KeyPoint>',
      '',
      '```',
      'const x = {a: 1} < 2;',
      '```',
      '',
      '<Figure src="/uploads/a.png" alt="A chart" />',
    ].join('\n');
    const written = escapeMdxText(body);
    // Only the text inside the key point changes.
    expect(written).toBe(body.replace('Inside {here}.', 'Inside \\{here\\}.'));
    expect(escapeMdxText(written)).toBe(written);
  });

  it('escapes a brace after an escaped backslash', () => {
    expect(escapeMdxText('a \\\\{b}')).toBe('a \\\\\\{b\\}');
  });
});
