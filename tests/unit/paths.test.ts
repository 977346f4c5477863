import { describe, expect, it } from 'vitest';
import {
  entryPath,
  localeParams,
  localeParamsFor,
  localizedPath,
  splitLocalePath,
} from '../../src/lib/paths.ts';

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

  it('name detail pages by collection and id', () => {
    expect(entryPath('practices', 'referral')).toBe('/practices/referral/');
  });
});
