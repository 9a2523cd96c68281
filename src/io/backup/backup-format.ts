/**
 * The backup file (docs/TEAM-CONTRACTS.md, "Backup file"): one JSON document
 * `{ format: "phanlo-backup", version: 1, exportedAt, schemaVersion, tables: { <table>: rows } }` with
 * every table of the database but `history`, rows as stored (envelopes and tombstones included), Blobs as
 * `{ "$blob": "<base64>", "type": "image/jpeg" }`. A field copy says `scope: "field"` and carries only
 * what field staff need. The table list and each table's key live here (io may not import the database);
 * tests/db/backup.test.ts holds them equal to the schema.
 */

export const BACKUP_FORMAT = 'phanlo-backup';
export const BACKUP_VERSION = 1;
/** The newest schema a backup of this build can hold. */
export const BACKUP_SCHEMA_VERSION = 6;

/** Every table a backup carries, with the fields of its primary key (in order). */
export const BACKUP_TABLE_KEYS = {
  settings: ['key'],
  parcelLayers: ['id'],
  fieldMappings: ['signature'],
  parcelExtras: ['layerKey', 'parcelId'],
  variants: ['id'],
  registerEntries: ['id'],
  allocations: ['id'],
  payments: ['id'],
  auditTrail: ['seq'],
  draws: ['id'],
  milestones: ['id'],
  fieldChecks: ['id'],
  photos: ['id'],
} as const satisfies Record<string, readonly string[]>;

export type BackupTable = keyof typeof BACKUP_TABLE_KEYS;
export const BACKUP_TABLES = Object.keys(BACKUP_TABLE_KEYS) as BackupTable[];

export type BackupRows = { [T in BackupTable]: Record<string, unknown>[] };

export type BackupScope = 'all' | 'field';

export interface Backup {
  readonly exportedAt: string;
  readonly schemaVersion: number;
  readonly scope: BackupScope;
  readonly tables: BackupRows;
}

/** Where a problem in a backup file is: the table and the row's index there. */
export interface BackupIssue {
  /** Message key suffix: `registry.backup.issue.<code>`. */
  readonly code: 'not-json' | 'not-a-backup' | 'newer-version' | 'newer-schema' | 'unknown-table' | 'not-rows' | 'bad-key' | 'bad-blob' | 'duplicate-key' | 'bad-row' | 'wrong-passphrase' | 'needs-passphrase';
  readonly table?: string;
  readonly row?: number;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Register fields a field copy leaves out (Decree 13/2023/NĐ-CP: only what field staff need). */
export const FIELD_COPY_DROPPED_ENTRY_FIELDS = ['phone', 'idNumber', 'notes', 'loanMillionVnd', 'needsLoan', 'address'] as const;
/** Tables a field copy carries. */
export const FIELD_COPY_TABLES: readonly BackupTable[] = ['settings', 'variants', 'registerEntries', 'allocations', 'fieldChecks', 'photos'];
