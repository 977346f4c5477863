import { describe, expect, it } from 'vitest';
import { checkBody, isOrganisationDomain } from '../../src/validation/body-check.ts';

const context = {
  publicFiles: new Set(['/uploads/pathway.png']),
  organisationDomains: new Set(['redcross.example']),
};
const messages = (body: string) => checkBody(body, context).map((problem) => problem.message);

describe('checkBody', () => {
  it('accepts Markdown and the allow-listed components with text props', () => {
    expect(
      messages(
        '# Title\n\n<KeyPoint title="Remember">Ask first.</KeyPoint>\n\n<Steps>\n\n1. One\n2. Two\n\n</Steps>\n\n<Figure src="/uploads/pathway.png" alt="The pathway" caption="Steps" />\n',
      ),
    ).toEqual([]);
  });

  it('does not mistake years, ranges and counts for phone numbers', () => {
    expect(messages('From 2014-2016, 1,200 people in 12 countries; ISBN 978-92-9139-000-0.\n')).toEqual([]);
  });

  it('finds national and international phone numbers', () => {
    expect(messages('Call 020 7138 7900 or +385 1 4655 814.\n')).toHaveLength(2);
  });

  it('allows e-mail addresses on an organisation’s own domain, and flags others', () => {
    expect(messages('Write to team@redcross.example or a.person@mail.example.\n')).toEqual([
      expect.stringContaining('a.person@mail.example'),
    ]);
  });

  it('flags mailto links to personal addresses', () => {
    expect(messages('[Write](mailto:someone@mail.example)\n')).toEqual([
      expect.stringContaining('someone@mail.example'),
    ]);
  });

  it('needs alt text and an uploaded file for figures', () => {
    expect(messages('<Figure src="https://cdn.example/x.png" />\n')).toEqual([
      expect.stringContaining('needs alt="…"'),
      expect.stringContaining('must be an uploaded image'),
    ]);
  });

  it('refuses content between the tags of a component that takes none', () => {
    expect(messages('<Figure src="/uploads/pathway.png" alt="A">Text</Figure>\n')).toEqual([
      expect.stringContaining('takes no content'),
    ]);
  });

  it('reports a syntax error with its place and how to write the character', () => {
    expect(checkBody('Half a {brace\n', context)).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('is not valid MDX') }),
    ]);
  });

  it('gives lines and columns within the body', () => {
    expect(checkBody('Text.\n\nMore {x} here.\n', context)).toEqual([
      expect.objectContaining({ line: 3, column: 6 }),
    ]);
  });
});

describe('isOrganisationDomain', () => {
  it('matches the domain and its subdomains only', () => {
    const own = new Set(['redcross.example']);
    expect(isOrganisationDomain('redcross.example', own)).toBe(true);
    expect(isOrganisationDomain('Mail.RedCross.example', own)).toBe(true);
    expect(isOrganisationDomain('notredcross.example', own)).toBe(false);
  });
});
