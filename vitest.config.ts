import { defineConfig } from 'vitest/config';

// Unit tests: pure logic, storage with fake-indexeddb, no browser. Layout property tests lay out
// hundreds of seeded zones; on this project's 2-core machines a single seed can take seconds when
// the machine is busy, so the per-test limit is generous (tests do not time things: benchmarks do).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
