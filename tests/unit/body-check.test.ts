import { describe, expect, it } from 'vitest';
import {
  checkBody,
  isOrganisationDomain,
  isPublicPhone,
  phoneDigits,
} from '../../src/validation/body-check.ts';

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
      expect.stringContaining("the figure's image https://cdn.example/x.png is on another website"),
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

describe('checkBody: addresses', () => {
  it('refuses links of other kinds than web addresses, however they are written', () => {
    expect(messages('[a](javascript:alert(1)) [b](VBSCRIPT:x) [c][d]\n\n[d]: data:text/html,x\n')).toEqual([
      expect.stringContaining('javascript: address'),
      expect.stringContaining('vbscript: address'),
      expect.stringContaining('data: address'),
    ]);
  });

  it('applies the image rules to reference-style images', () => {
    expect(messages('![A form][f]\n\n[f]: /uploads/../../package.json\n')).toEqual([
      expect.stringContaining('is outside /uploads/'),
    ]);
  });

  it('refuses an uploaded SVG that runs a script or loads another file, and accepts a plain one', () => {
    const svgs = {
      ...context,
      publicFiles: new Set(['/uploads/bad.svg', '/uploads/plain.svg']),
      uploadedSvgs: new Map([
        ['/uploads/bad.svg', '<svg onload="alert(1)"><image href="https://x.example/p"/></svg>'],
        ['/uploads/plain.svg', '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'],
      ]),
    };
    const found = (body: string) => checkBody(body, svgs).map((problem) => problem.message);
    expect(found('![A chart](/uploads/bad.svg)\n')).toEqual([
      expect.stringMatching(/uploaded SVG \/uploads\/bad.svg holds an event attribute.*another file or site/),
    ]);
    expect(found('![A chart](/uploads/plain.svg)\n')).toEqual([]);
  });

  it('matches an e-mail link’s domain only to itself or a true subdomain', () => {
    expect(messages('[a](mailto:team@redcross.example) [b](mailto:x@help.redcross.example)\n')).toEqual([]);
    expect(
      messages('[a](mailto:x@redcross.example.evil.example) [b](mailto:x@evilredcross.example)\n'),
    ).toHaveLength(2);
  });
});

describe('checkBody: public numbers and organisations’ domains', () => {
  const listed = {
    ...context,
    organisationDomains: new Set(['redcross.org.uk']),
    publicPhones: new Set([phoneDigits('+44 344 871 11 11')]),
  };
  const found = (body: string) => checkBody(body, listed).map((problem) => problem.message);

  it('allows a listed number, in international or national form', () => {
    expect(found('Call +44 344 871 11 11, 0044 344 871 11 11 or 0344 871 11 11.\n')).toEqual([]);
  });

  it('refuses other numbers, even one digit away', () => {
    expect(found('Call +44 344 871 11 12 or 0344 871 11 12.\n')).toEqual([
      expect.stringContaining('+44 344 871 11 12'),
      expect.stringContaining('0344 871 11 12'),
    ]);
  });

  it('matches a domain only to itself or a true subdomain', () => {
    expect(found('Write to team@redcross.org.uk or a@lists.redcross.org.uk.\n')).toEqual([]);
    expect(
      found('Write to a@redcross.org.uk.example.com, b@notredcross.org.uk or c@redcrоss.org.uk.\n'),
    ).toEqual([
      expect.stringContaining('a@redcross.org.uk.example.com'),
      expect.stringContaining('b@notredcross.org.uk'),
      expect.stringContaining('c@redcrоss.org.uk'),
    ]);
  });

  it('knows a number by its digits', () => {
    expect(isPublicPhone('+44 (0) 344 871 11 11', listed.publicPhones)).toBe(true);
    expect(isPublicPhone('+45 344 871 11 11', listed.publicPhones)).toBe(false);
    expect(isPublicPhone('+44-344-871-1111', listed.publicPhones)).toBe(true);
  });
});
