/**
 * The environment `npm run build` gives Astro (its script in package.json; a unit test keeps the two equal), for
 * the builds the benchmark and the identity test make, which must build as publishing does.
 * `MIMALLOC_PURGE_DELAY=0` makes the allocator of Rolldown, Vite's bundler, return freed memory at once: it kept
 * what bundling had used (about 0.5 GB at 2,000 entries) while the pages rendered (docs/performance.md).
 */
export const buildEnv = { ASTRO_TELEMETRY_DISABLED: '1', MIMALLOC_PURGE_DELAY: '0' } as const;
