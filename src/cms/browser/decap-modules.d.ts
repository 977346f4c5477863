// Types for the Decap packages src/cms/browser/decap-core.ts registers, which ship none of their own.
declare module 'decap-cms-backend-*' {
  import type { CmsBackendClass } from 'decap-cms-core';
  export const GitHubBackend: CmsBackendClass;
  export const GiteaBackend: CmsBackendClass;
  export const ForgejoBackend: CmsBackendClass;
  export const ProxyBackend: CmsBackendClass;
}

declare module 'decap-cms-widget-*' {
  import type { CmsWidgetParam } from 'decap-cms-core';
  const widget: { Widget(): CmsWidgetParam };
  export default widget;
}

declare module 'decap-cms-locales' {
  import type { CmsLocalePhrases } from 'decap-cms-core';
  export const en: CmsLocalePhrases;
  export const es: CmsLocalePhrases;
  export const fr: CmsLocalePhrases;
  export const hr: CmsLocalePhrases;
}

// The same, as its ES modules: the unit tests import them in Node, where the main file (a browser bundle) fails.
declare module 'decap-cms-locales/dist/esm/index.js' {
  export * from 'decap-cms-locales';
}
