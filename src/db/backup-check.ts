/**
 * The check a backup passes before restore writes anything: every row of every table goes through the
 * same restore step the app runs when it loads that table (restore-variants.ts, restore-recovery.ts,
 * restore-field-mapping.ts, `readSetting`, the stored layer's reader). A row that step would repair or
 * leave out is damage that would otherwise be written and then reported on every screen ("stored data
 * damaged"), so the whole file is refused, each problem named by table, row (index and key) and field.
 */
import type { BackupIssue, BackupRows, BackupTable } from '../io/backup/backup-format';
import { BACKUP_TABLE_KEYS, BACKUP_TABLES } from '../io/backup/backup-format';
import type { FieldMappingRow, ParcelExtrasRow, ParcelLayerRow } from './database';
import { restoreStoredLayer } from './parcel-layers';
import { liveRow, type RestoreIssue } from './restore';
import { restoreFieldMapping } from './restore-field-mapping';
import { restoreExtrasRows, restoreRates } from './restore-recovery';
import { restoreVariants } from './restore-variants';
import { isDamagedSetting } from './settings';

/** What the load-time restore step finds wrong with one row: the damaged fields ([] = the whole row). */
type RowCheck = (row: Record<string, unknown>) => readonly (readonly string[])[];

const fieldsOf = (issues: readonly RestoreIssue[]) => issues.map((issue) => issue.fields);

const ROW_CHECKS: Partial<Record<BackupTable, RowCheck>> = {
  variants: (row) => fieldsOf(restoreVariants([row]).issues),
  parcelExtras: (row) => fieldsOf(restoreExtrasRows([row as unknown as ParcelExtrasRow]).issues),
  fieldMappings: (row) => fieldsOf(restoreFieldMapping(row as unknown as FieldMappingRow).issues),
  settings: (row) => {
    if (row.key === 'compensationRates') return fieldsOf(restoreRates(row.value).issues);
    return isDamagedSetting(String(row.key), row.value) ? [['value']] : [];
  },
  parcelLayers: (row) => {
    const read = restoreStoredLayer(row as unknown as ParcelLayerRow);
    return read.ok ? [] : [[...new Set(read.errors.map((error) => error.field ?? error.code))]];
  },
};

/** The row's key as its table names it ("12/43" style parts joined by "/"). */
const keyText = (table: BackupTable, row: Record<string, unknown>): string =>
  BACKUP_TABLE_KEYS[table].map((field) => String(row[field])).join('/');

/**
 * Every row of the backup that the app's restore step would not take as it is, as `bad-row` issues
 * (row 1-based, as the file's other problems are counted). Tombstones are skipped, as on load. Empty:
 * the backup may be written.
 */
export function checkBackupRows(tables: BackupRows): BackupIssue[] {
  const issues: BackupIssue[] = [];
  // In the file's table order, so the list reads as the file does.
  for (const table of BACKUP_TABLES) {
    const check = ROW_CHECKS[table];
    if (!check) continue;
    tables[table].forEach((row, index) => {
      if (!liveRow(row as { deleted?: boolean })) return;
      for (const fields of check(row)) {
        issues.push({ code: 'bad-row', table, row: index + 1, params: { key: keyText(table, row), fields: fields.length ? fields.join(', ') : '—' } });
      }
    });
  }
  return issues;
}
