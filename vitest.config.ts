import { defineConfig } from 'vitest/config';

// Unit tests: pure logic, storage with fake-indexeddb, no browser.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
