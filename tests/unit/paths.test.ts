import { describe, expect, it } from 'vitest';
import {
  entryPath,
  localeParams,
  localeParamsFor,
  versionParamsFor,
  localizedPath,
  splitLocalePath,
} from '../../src/core/routes.ts';

describe('localizedPath', () => {
  it('leaves English unprefixed and prefixes other languages', () => {
    expect(localizedPath('en', '/practices/')).toBe('/practices/');
    expect(localizedPath('ar', '/practices/')).toBe('/ar/practices/');
    expect(localizedPath('hr')).toBe('/hr/');
  });
});

describe('splitLocalePath', () => {
  it('finds the language of a path and the path without it', () => {
    expect(splitLocalePath('/fr/events/x/')).toEqual({ locale: 'fr', path: '/events/x/' });
    expect(splitLocalePath('/events/x/')).toEqual({ locale: 'en', path: '/events/x/' });
    expect(splitLocalePath('/french/')).toEqual({ locale: 'en', path: '/french/' });
  });

  it('undoes localizedPath', () => {
    expect(splitLocalePath(localizedPath('es', '/networks/protect/'))).toEqual({
      locale: 'es',
      path: '/networks/protect/',
    });
  });
});

describe('route parameters', () => {
  it('give one page per language, English at the root', () => {
    expect(localeParams().map(({ params }) => params.lang)).toEqual([undefined, 'fr', 'es', 'ar', 'hr']);
  });

  it('give one page per item and language', () => {
    const paths = localeParamsFor([{ slug: 'a' }, { slug: 'b' }], (item) => item.slug);
    expect(paths).toHaveLength(10);
    expect(paths[6]).toEqual({
      params: { lang: 'fr', id: 'b' },
      props: { locale: 'fr', item: { slug: 'b' } },
    });
  });

  it('give an entry a page in each language it is written in, and no other', () => {
    const hrOnly = { slug: 'b', versions: new Map([['hr', {}]] as const) };
    const paths = versionParamsFor([
      {
        slug: 'a',
        versions: new Map([
          ['en', {}],
          ['fr', {}],
        ] as const),
      },
      hrOnly,
    ]);
    expect(paths.map(({ params }) => params)).toEqual([
      { lang: undefined, id: 'a' },
      { lang: 'fr', id: 'a' },
      { lang: 'hr', id: 'b' },
    ]);
    expect(paths[2]?.props).toEqual({ locale: 'hr', item: hrOnly });
  });

  it('name detail pages by collection and id', () => {
    expect(entryPath('practices', 'referral')).toBe('/practices/referral/');
    expect(entryPath('countries', 'HR')).toBe('/countries/hr/');
  });
});
