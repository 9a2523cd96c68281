// Every table a restore step can report has words in the stored-data notice, in vi and en (QA: the
// notice showed the raw key "stored.what.variants"). The tables are found in the restore steps' own
// source, so a new step that reports a new table fails here until its words are written.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RestoreIssue } from '../../src/db/restore';
import { restoreVariants } from '../../src/db/restore-variants';
import { restoreExtrasRows } from '../../src/db/restore-recovery';
import { restoreFieldMapping } from '../../src/db/restore-field-mapping';
import type { FieldMappingRow, ParcelExtrasRow } from '../../src/db/database';
import { storageMessages } from '../../src/i18n/messages/storage';
import { recoveryMessages } from '../../src/i18n/messages/recovery';
import { translate, type Translate } from '../../src/i18n/translate';
import { restoreIssueText } from '../../src/state/stored-data-problems';

/** Every `table: '…'` a file under src/ writes into a restore issue (restore steps and readSetting). */
function reportedTables(): string[] {
  const tables = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/u.test(entry.name)) {
        const text = readFileSync(path, 'utf8');
        if (!/RestoreIssue|reportRestoreIssues/u.test(text)) continue;
        for (const match of text.matchAll(/\btable: '([A-Za-z]+)'/gu)) tables.add(match[1]);
      }
    }
  };
  walk(join(__dirname, '../../src'));
  return [...tables].sort();
}

const catalogue = { vi: { ...storageMessages.vi, ...recoveryMessages.vi }, en: { ...storageMessages.en, ...recoveryMessages.en } };
const translator = (language: 'vi' | 'en'): Translate => (key, params) => translate(catalogue, language, key, params);

describe('stored-data notice words', () => {
  it('finds the tables the restore steps report (the scan itself works)', () => {
    const tables = reportedTables();
    expect(tables).toEqual(expect.arrayContaining(['settings', 'parcelExtras', 'fieldMappings', 'variants']));
    // And what the steps report at run time is among them.
    const issues: RestoreIssue[] = [
      ...restoreVariants([{ id: 'v1' }, 42]).issues,
      ...restoreExtrasRows([{ layerKey: 'demo', parcelId: '1/2', treesVnd: 'many' } as unknown as ParcelExtrasRow]).issues,
      ...restoreFieldMapping({ signature: 's', mapping: 'x' } as unknown as FieldMappingRow).issues,
    ];
    expect(new Set(issues.map((issue) => issue.table))).toEqual(new Set(['variants', 'parcelExtras', 'fieldMappings']));
    for (const issue of issues) expect(tables).toContain(issue.table);
  });

  for (const language of ['vi', 'en'] as const) {
    it(`has words in ${language} for every table a restore step can report`, () => {
      const t = translator(language);
      for (const table of reportedTables()) {
        if (table !== 'settings') expect(storageMessages[language], table).toHaveProperty(`stored.what.${table}`);
        const keys = table === 'settings' ? ['compensationRates', 'budgetVnd', 'placeNames'] : ['k-1'];
        for (const key of keys) {
          const text = restoreIssueText({ table, key, code: 'invalid', fields: ['name'] }, t);
          expect(text, `${table} ${key}`).not.toMatch(/stored\.|\{|\}/u);
        }
      }
    });
  }
});
