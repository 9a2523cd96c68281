/**
 * Backup and restore of everything the app stores (docs/TEAM-CONTRACTS.md, "Backup file"). A backup reads
 * every table but `history` as stored; a field copy carries only what field staff need (no phones, IDs,
 * notes, addresses or loans; no local profile or device id). Restore replaces every table of the backup
 * contract in ONE IndexedDB transaction, clearing the undo history too (it would undo into data that is no
 * longer there): on any failure nothing changes.
 */
import {
  BACKUP_SCHEMA_VERSION, BACKUP_TABLES, FIELD_COPY_DROPPED_ENTRY_FIELDS, FIELD_COPY_TABLES,
  type Backup, type BackupRows, type BackupScope, type BackupTable,
} from '../io/backup/backup-format';
import type { BackupIssue } from '../io/backup/backup-format';
import { checkBackupRows } from './backup-check';
import type { PhanloDatabase } from './database';
import { writeFailureOf, type WriteFailure } from './write-failure';

/** Settings that belong to this device and never travel in a field copy. */
const DEVICE_SETTINGS = new Set(['deviceId', 'profile']);

export async function collectBackup(db: PhanloDatabase, options: { scope?: BackupScope; now?: Date } = {}): Promise<Backup> {
  const scope = options.scope ?? 'all';
  const tables = Object.fromEntries(BACKUP_TABLES.map((table) => [table, []])) as unknown as BackupRows;
  await db.transaction('r', BACKUP_TABLES.map((table) => db.table(table)), async () => {
    for (const table of BACKUP_TABLES) {
      if (scope === 'field' && !FIELD_COPY_TABLES.includes(table)) continue;
      tables[table] = await db.table<Record<string, unknown>>(table).toArray();
    }
  });
  if (scope === 'field') {
    tables.settings = tables.settings.filter((row) => !DEVICE_SETTINGS.has(String(row.key)));
    tables.registerEntries = tables.registerEntries.map((row) => {
      const copy = { ...row };
      for (const field of FIELD_COPY_DROPPED_ENTRY_FIELDS) if (field in copy) copy[field] = field === 'needsLoan' ? false : null;
      return copy;
    });
  }
  return { exportedAt: (options.now ?? new Date()).toISOString(), schemaVersion: BACKUP_SCHEMA_VERSION, scope, tables };
}

/** Live rows per table (tombstones not counted): what a backup holds, or what this device holds now. */
export function countRows(tables: Partial<Record<BackupTable, readonly Record<string, unknown>[]>>): Record<BackupTable, number> {
  return Object.fromEntries(BACKUP_TABLES.map((table) => [table, (tables[table] ?? []).filter((row) => !row.deleted).length])) as Record<BackupTable, number>;
}

export async function countStoredRows(db: PhanloDatabase): Promise<Record<BackupTable, number>> {
  const counts = {} as Record<BackupTable, number>;
  for (const table of BACKUP_TABLES) counts[table] = await db.table<Record<string, unknown>>(table).filter((row) => !row.deleted).count();
  return counts;
}

export type RestoreResult = { ok: true } | { ok: false; failure: WriteFailure } | { ok: false; issues: BackupIssue[] };

/**
 * Replaces every table of the backup contract by the backup's rows, all at once or not at all. A backup
 * with a row the app's restore step would not take as it is (backup-check.ts) is refused whole first.
 */
export async function restoreBackup(db: PhanloDatabase, backup: Backup): Promise<RestoreResult> {
  const issues = checkBackupRows(backup.tables);
  if (issues.length) return { ok: false, issues };
  try {
    await db.transaction('rw', [...BACKUP_TABLES.map((table) => db.table(table)), db.history], async () => {
      for (const table of BACKUP_TABLES) {
        const store = db.table(table);
        await store.clear();
        if (backup.tables[table].length) await store.bulkAdd(backup.tables[table]);
      }
      await db.history.clear();
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, failure: writeFailureOf(error) };
  }
}
