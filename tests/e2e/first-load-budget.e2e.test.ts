// The first-load budget of #/parcels as a test (issues #6 and #8): at most 500 kB gzip of main-thread
// JavaScript, measured on the built app as bench/bundle-size.bench.ts measures it (same module). Among
// the browser tests because it reads dist/: `npm test` builds before it runs them, and by hand it is
// `npx vite build && npx vitest run --config vitest.e2e.config.ts tests/e2e/first-load-budget.e2e.test.ts`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_KB, firstLoadFiles, gzipBytes } from '../../bench/first-load';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');

function newestSource(dir: string): { file: string; mtimeMs: number } {
  let newest = { file: '', mtimeMs: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const candidate = entry.isDirectory() ? newestSource(path) : { file: path, mtimeMs: statSync(path).mtimeMs };
    if (candidate.mtimeMs > newest.mtimeMs) newest = candidate;
  }
  return newest;
}

describe('first load of #/parcels', () => {
  it('is built from the current sources', () => {
    expect(existsSync(join(DIST, 'index.html')), 'dist/index.html: run `npx vite build` first').toBe(true);
    const newest = newestSource(join(ROOT, 'src'));
    const built = statSync(join(DIST, 'index.html')).mtimeMs;
    expect(built, `${relative(ROOT, newest.file)} is newer than the build: run \`npx vite build\``).toBeGreaterThanOrEqual(newest.mtimeMs);
  });

  it(`is at most ${FIRST_LOAD_BUDGET_KB} kB of gzip JavaScript`, () => {
    const files = [...firstLoadFiles(DIST)];
    // The entry and the map library at least: an empty set would pass any budget.
    expect(files.some((f) => /^assets\/index-.*\.js$/.test(f)), files.join(', ')).toBe(true);
    const sizes = files.map((file) => ({ file, bytes: gzipBytes(DIST, file) })).sort((a, b) => b.bytes - a.bytes);
    const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
    expect(total, 'includes MapLibre (≈ 280 kB)').toBeGreaterThan(280_000);
    const detail = sizes.map((s) => `${(s.bytes / 1000).toFixed(1)} kB ${s.file}`).join('\n');
    expect(total, `first load ${(total / 1000).toFixed(1)} kB gzip in ${files.length} files:\n${detail}`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB * 1000);
  });

  it('carries neither the screens loaded on demand nor their words', () => {
    const code = [...firstLoadFiles(DIST)].map((file) => readFileSync(join(DIST, file), 'utf8')).join('\n');
    // One key of each catalogue that loads with its screen or dialog (src/i18n/*-messages.ts).
    for (const key of ['recovery.title', 'importDialog.title', 'import.zip-no-shapefile', 'plan.title', 'registry.title']) {
      expect(['"', "'", '`'].some((quote) => code.includes(`${quote}${key}${quote}`)), key).toBe(false);
    }
    // …while the first load's own words are there, so the check reads the right files.
    expect(code).toContain('record.empty');
  });
});
