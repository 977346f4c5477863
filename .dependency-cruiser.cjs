// The import rules of docs/architecture.md, checked by `npm run check:architecture` (dependency-cruiser).
// Each layer may import only the layers below it; a rule names what a folder must not reach.
const below = (...folders) => `^src/(?!(${folders.join('|')})/)`;

/** A rule that forbids `from` (a folder of src/) to import anything of src/ outside `allowed`. */
const layer = (name, from, allowed) => ({
  name,
  severity: 'error',
  comment: `${from} may import only ${allowed.join(', ')} (docs/architecture.md)`,
  from: { path: `^src/${from}/` },
  to: { path: below(...allowed) },
});

module.exports = {
  forbidden: [
    layer('core-imports-nothing-of-ours', 'core', ['core']),
    layer('i18n-above-core-only', 'i18n', ['core', 'i18n']),
    layer('schemas-above-core-only', 'schemas', ['core', 'schemas']),
    layer('lib-is-shared-helpers', 'lib', ['core', 'i18n', 'schemas', 'lib']),
    layer('validation-reads-no-catalog', 'validation', ['core', 'i18n', 'schemas', 'lib', 'validation']),
    layer('offline-below-search', 'offline', ['core', 'i18n', 'schemas', 'lib', 'offline']),
    layer('search-below-data', 'search', ['core', 'i18n', 'schemas', 'lib', 'offline', 'search']),
    layer('library-below-data', 'library', ['core', 'i18n', 'schemas', 'lib', 'search', 'library']),
    layer('data-below-markup', 'data', [
      'core',
      'i18n',
      'schemas',
      'lib',
      'validation',
      'search',
      'library',
      'offline',
      'data',
    ]),
    layer('cms-from-the-schemas', 'cms', ['core', 'i18n', 'schemas', 'lib', 'validation', 'cms']),
    layer('integrations-are-build-hooks', 'integrations', [
      'core',
      'schemas',
      'validation',
      'cms',
      'integrations',
    ]),
    {
      name: 'browser-code-stays-light',
      severity: 'error',
      comment:
        'readers’ browsers run this: no catalog, validator, astro: module or full dictionaries (docs/architecture.md)',
      from: { path: '/browser/', pathNot: '^src/cms/browser/' },
      to: { path: '^src/(data|validation)/|^src/i18n/index\\.ts$|^astro:' },
    },
    {
      name: 'editor-browser-code-reads-no-catalog',
      severity: 'error',
      comment:
        'the editor checks entries in the browser with src/validation/, never with the build’s catalog',
      from: { path: '^src/cms/browser/' },
      to: { path: '^src/data/|^astro:' },
    },
    {
      name: 'browser-code-uses-no-node',
      severity: 'error',
      from: { path: '/browser/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'only-the-catalog-reads-content',
      severity: 'error',
      comment: 'src/data/catalog.ts loads the collections once per build; everything else asks it',
      from: { pathNot: '^src/(data/catalog|content\\.config)\\.ts$' },
      to: { path: '^astro:content$' },
    },
    {
      name: 'src-imports-no-tools-or-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|tests|bench)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    extraExtensionsToScan: ['.astro'],
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json', '.astro'] },
  },
};
