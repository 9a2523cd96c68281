// An undo label in words from any screen: Ctrl+Z on #/parcels after a reload can undo a change another
// screen made (the history is stored), before that screen's catalogue was loaded. Every key a change's
// label can carry, found in the sources (`key: '…'` and `key: \`head.${…}\``), is in the catalogue once
// loadWordsFor(key) resolves, in Vietnamese and English.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/catalogue';
import { loadWordsFor } from '../../src/i18n/label-words';
import { ROOT } from './source-graph';

const sources = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
});

/** Every key of every message file. */
const allKeys = new Set<string>();
beforeAll(async () => {
  const dir = join(ROOT, 'src/i18n/messages');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const value of Object.values((await import(join(dir, name))) as Record<string, unknown>)) {
      if (typeof value === 'object' && value !== null && 'vi' in value) for (const key of Object.keys((value as { vi: object }).vi)) allKeys.add(key);
    }
  }
});

/** Keys written as `key: '…'` or `key: \`head${…}\`` (labels, audit actions) in src outside the catalogues, by file. */
function labelKeys(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sources(join(ROOT, 'src')).filter((f) => !f.includes('/i18n/messages/'))) {
    const code = readFileSync(file, 'utf8');
    const where = relative(ROOT, file);
    for (const m of code.matchAll(/\bkey:\s*'([^']+)'/g)) if (allKeys.has(m[1])) found.set(m[1], where);
    for (const m of code.matchAll(/\bkey:\s*`([^`$]+)\$\{/g)) for (const key of allKeys) if (key.startsWith(m[1])) found.set(key, where);
  }
  return found;
}

describe('undo labels from any screen', () => {
  it('are in the catalogue once their words are loaded', async () => {
    const keys = labelKeys();
    // The scan reaches the changes of the planner, the register, allocation, field mode, recovery and import.
    for (const key of ['plan.variant.renamed', 'planEdit.label.merged', 'registry.edit.added', 'allocation.label.offered', 'field.history.recorded', 'recovery.rates.saved', 'importDialog.done']) {
      expect([...keys.keys()], key).toContain(key);
    }
    expect('plan.variant.renamed' in catalogue.vi, 'the planner’s words are not in the first load').toBe(false);
    const missing: string[] = [];
    for (const [key, file] of keys) {
      await loadWordsFor(key);
      if (!(key in catalogue.vi) || !(key in catalogue.en)) missing.push(`${key} (${file})`);
    }
    expect(missing).toEqual([]);
  });

  it('a key no catalogue has is left as it is', async () => {
    await expect(loadWordsFor('plan.no-such-key')).resolves.toBeUndefined();
    await expect(loadWordsFor('nowhere.at-all')).resolves.toBeUndefined();
  });
});
