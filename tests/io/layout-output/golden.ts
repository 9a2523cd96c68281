/**
 * Golden-file check for writer output: compares byte for byte with tests/fixtures/cli/<name>;
 * `REGEN=1 npx vitest run tests/io/layout-output` rewrites the fixtures (only on purpose).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export function expectGolden(name: string, actual: string): void {
  const path = new URL(`../../fixtures/cli/${name}`, import.meta.url);
  if (process.env.REGEN === '1') writeFileSync(path, actual, 'utf8');
  if (!existsSync(path)) throw new Error(`missing fixture ${path.pathname}: run with REGEN=1 and check it by eye`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
