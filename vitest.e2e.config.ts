import { defineConfig } from 'vitest/config';

// Browser tests: playwright-core drives Chromium against the built app (dist/) served by `vite preview`.
// Build first (`npx vite build`); `npm test` does it. One file at a time: this machine has 2 cores, and
// each file runs a server and a browser of its own.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
    // expect.poll waits 1 s by default: a step that waits on an IndexedDB transaction or the layout
    // worker (undo of a deleted variant in plan-variants) took longer than that on a loaded 2-core
    // machine. A poll still fails as soon as its 10 s pass, and returns as soon as it holds.
    expect: { poll: { timeout: 10_000 } },
  },
});
