import { readFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { join } from 'node:path';
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

describe('the route table', () => {
  const routeLiteral =
    /['"`]\/(?:practices|events|networks|organisations|countries|themes|groups|search|about|data|maps|admin|rss\.xml|events\.ics)(?:[/.'"`$])/;

  it('is the only place a route is written', async () => {
    const files = [
      ...(await Array.fromAsync(glob('src/**/*.{ts,astro}'))),
      ...(await Array.fromAsync(glob('scripts/**/*.ts'))),
    ].filter((file) => file !== join('src', 'core', 'routes.ts'));
    const literals = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          routeLiteral.test(line) && !/^(\*|\/\*|\/\/)/.test(line.trim())
            ? [`${file}:${index + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(literals).toEqual([]);
  });
});
