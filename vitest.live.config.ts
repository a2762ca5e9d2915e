// `npm run test:neo4j`: the integration suite against a live Neo4j (NEO4J_URI). Kept out of `npm test`
// (vitest.config.ts excludes tests/live); without NEO4J_URI every test is reported as skipped.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/live/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // One database: the files must not load into it at the same time.
    fileParallelism: false,
    // Name every test, skipped ones included, so a run without NEO4J_URI says what it did not check.
    reporters: ['verbose'],
  },
});
