// Vitest in two tiers: `unit` (pure logic, view models, custom elements; no build) and `integration` (the
// validator and `astro build` on the fixture corpora). Custom elements' tests ask for happy-dom in their header.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Unit tests share no state (each custom element's test makes its own DOM), so one module cache serves
          // every file: about a fifth of the time of a fresh process per file on two cores.
          pool: 'threads',
          isolate: false,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // The validator reads whole corpora and Astro builds them, which takes seconds on two busy cores.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
