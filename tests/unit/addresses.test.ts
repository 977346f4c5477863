import { describe, expect, it } from 'vitest';
import {
  linkProblem,
  resolvePath,
  schemeOf,
  svgProblems,
  uploadProblem,
} from '../../src/validation/addresses.ts';

describe('linkProblem', () => {
  it.each([
    'https://www.redcross.org.uk/',
    'http://example.org/a?b=c#d',
    '/practices/referral/',
    '#steps',
    '?page=2',
    'page/',
    '/uploads/guide.pdf',
    '/search/?q=a:b',
  ])('allows %s', (address) => {
    expect(linkProblem(address)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['  javascript:alert(1)', 'javascript'],
    ['\u0001javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['&#x6A;avascript:alert(1)', 'javascript'],
    ['javascript&colon;alert(1)', 'javascript'],
    ['%6Aavascript:alert(1)', 'javascript'],
    ['%256Aavascript:alert(1)', 'javascript'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'data'],
    ['vbscript:msgbox', 'vbscript'],
    ['file:///etc/passwd', 'file'],
  ])('refuses %s as %s', (address, scheme) => {
    expect(schemeOf(address)).toBe(scheme);
    expect(linkProblem(address)).toContain(`a ${scheme}: address`);
  });

  it('refuses mailto: unless the e-mail rule allows the address', () => {
    expect(linkProblem('mailto:team@redcross.example')).toContain('cannot be used here');
    const rules = {
      mayEmail: (address: string) => (address.endsWith('@redcross.example') ? undefined : 'personal'),
    };
    expect(linkProblem('MAILTO:team@redcross.example?subject=Hi', rules)).toBeUndefined();
    expect(linkProblem('mailto:jane@mail.example', rules)).toBe('personal');
  });
});

describe('uploadProblem', () => {
  it.each(['/uploads/pathway.png', '/uploads/forms/referral form.pdf', '/uploads/a/../b.png'])(
    'allows %s',
    (path) => {
      expect(uploadProblem(path)).toBeUndefined();
    },
  );

  it.each([
    ['data:image/png;base64,iVBORw0KGgo=', 'data: address'],
    [' DATA:image/svg+xml,<svg/>', 'data: address'],
    ['https://cdn.example/x.png', 'on another website'],
    ['//cdn.example/x.png', 'on another website'],
    ['../../../../etc/passwd', 'is not an uploaded file'],
    ['./secret.png', 'is not an uploaded file'],
    ['/etc/passwd', 'is outside /uploads/'],
    ['C:\\Windows\\win.ini', 'is not an uploaded file'],
    ['file:///etc/passwd', 'is not an uploaded file'],
    ['/uploads/../../etc/passwd', 'is outside /uploads/'],
    ['/uploads/%2e%2e/%2E%2E/etc/passwd', 'is outside /uploads/'],
    ['/uploads/..%2f..%2fsrc/pages/index.astro', 'is outside /uploads/'],
    ['/uploads\\..\\..\\package.json', 'is outside /uploads/'],
    ['/uploads/', 'is outside /uploads/'],
  ])('refuses %s', (path, words) => {
    expect(uploadProblem(path)).toContain(words);
  });

  it('resolves dot segments and escapes as a server would', () => {
    expect(resolvePath('/uploads/%2e%2e/x')).toBe('/x');
    expect(resolvePath('/uploads/./a//b.png')).toBe('/uploads/a/b.png');
    expect(resolvePath('/uploads/%E0%A4%A')).toBe('/uploads/%E0%A4%A');
  });
});

describe('svgProblems', () => {
  it('accepts a plain drawing with internal references', () => {
    expect(
      svgProblems(
        '<svg xmlns="http://www.w3.org/2000/svg"><defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use href="#g"/></svg>',
      ),
    ).toEqual([]);
  });

  it.each([
    ['<svg><script>alert(1)</script></svg>', 'a script'],
    ['<svg onload="alert(1)"></svg>', 'event attribute'],
    ['<svg><image href="https://tracker.example/p.png"/></svg>', 'another file or site'],
    ['<svg><use xlink:href="other.svg#a"/></svg>', 'another file or site'],
    ['<svg><style>@import "https://x.example/a.css";</style></svg>', 'stylesheet import'],
    ['<svg><rect style="fill:url(https://x.example/p)"/></svg>', 'url(…)'],
    ['<svg><foreignObject><div/></foreignObject></svg>', 'foreignObject'],
  ])('refuses %s', (svg, words) => {
    expect(svgProblems(svg).join(', ')).toContain(words);
  });
});
