// Unit tests (pure logic in src/) and integration tests (the validator and the build on fixture corpora).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // The validator reads whole corpora from disk, which takes seconds on two busy cores.
    testTimeout: 30_000,
  },
});
