import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/live/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // nodejieba and kuzu are native addons: forks isolate them better than threads.
    pool: 'forks',
  },
});
