/**
 * Writes and reads the backup JSON. Reading validates the whole file before anything is used: the
 * envelope, every table named, every row an object with its key, no key twice, every Blob decodable;
 * all problems are listed, by table and row. Blobs travel as base64.
 */
import { z } from 'zod/mini';
import { base64ToBytes, bytesToBase64 } from './base64';
import {
  BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, BACKUP_TABLE_KEYS, BACKUP_TABLES, BACKUP_VERSION,
  type Backup, type BackupIssue, type BackupRows, type BackupScope, type BackupTable,
} from './backup-format';

const isBlob = (value: unknown): value is Blob => typeof Blob !== 'undefined' && value instanceof Blob;

/** A row with its Blobs as `{ $blob, type }` (photos keep their bytes in the file). */
async function encodeValue(value: unknown): Promise<unknown> {
  if (isBlob(value)) return { $blob: bytesToBase64(new Uint8Array(await value.arrayBuffer())), type: value.type };
  if (Array.isArray(value)) return Promise.all(value.map(encodeValue));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = await encodeValue(inner);
    return out;
  }
  return value;
}

export async function backupJson(backup: Backup): Promise<string> {
  const tables: Record<string, unknown> = {};
  for (const table of BACKUP_TABLES) if (backup.tables[table]) tables[table] = await encodeValue(backup.tables[table]);
  const document: Record<string, unknown> = {
    format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: backup.exportedAt, schemaVersion: backup.schemaVersion,
  };
  if (backup.scope === 'field') document.scope = 'field';
  document.personalData = 'Decree 13/2023/NĐ-CP';
  document.tables = tables;
  return JSON.stringify(document);
}

const Envelope = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number(),
  exportedAt: z.string(),
  schemaVersion: z.number(),
  scope: z.optional(z.enum(['all', 'field'])),
  tables: z.record(z.string(), z.unknown()),
});

function decodeValue(value: unknown, bad: () => void): unknown {
  if (Array.isArray(value)) return value.map((inner) => decodeValue(inner, bad));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.$blob === 'string' && Object.keys(record).every((key) => key === '$blob' || key === 'type')) {
      const bytes = base64ToBytes(record.$blob);
      if (!bytes) { bad(); return null; }
      return new Blob([bytes as BlobPart], { type: typeof record.type === 'string' ? record.type : '' });
    }
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(record)) out[key] = decodeValue(inner, bad);
    return out;
  }
  return value;
}

const validKeyPart = (value: unknown) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

export type BackupRead = { ok: true; backup: Backup } | { ok: false; errors: BackupIssue[] };

/** Reads an unencrypted backup document (already parsed from JSON). */
export function readBackupDocument(document: unknown): BackupRead {
  const parsed = Envelope.safeParse(document);
  if (!parsed.success) return { ok: false, errors: [{ code: 'not-a-backup' }] };
  const { version, schemaVersion, tables: raw } = parsed.data;
  if (version > BACKUP_VERSION) return { ok: false, errors: [{ code: 'newer-version', params: { version } }] };
  if (schemaVersion > BACKUP_SCHEMA_VERSION) return { ok: false, errors: [{ code: 'newer-schema', params: { version: schemaVersion } }] };
  const errors: BackupIssue[] = [];
  const tables = Object.fromEntries(BACKUP_TABLES.map((table) => [table, []])) as unknown as BackupRows;
  for (const [name, rows] of Object.entries(raw)) {
    if (!(name in BACKUP_TABLE_KEYS)) { errors.push({ code: 'unknown-table', table: name }); continue; }
    const table = name as BackupTable;
    if (!Array.isArray(rows)) { errors.push({ code: 'not-rows', table }); continue; }
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (!row || typeof row !== 'object' || Array.isArray(row)) { errors.push({ code: 'not-rows', table, row: index + 1 }); return; }
      const record = row as Record<string, unknown>;
      const key = BACKUP_TABLE_KEYS[table].map((field) => record[field]);
      if (!key.every(validKeyPart)) { errors.push({ code: 'bad-key', table, row: index + 1, params: { key: BACKUP_TABLE_KEYS[table].join('+') } }); return; }
      const keyText = JSON.stringify(key);
      if (seen.has(keyText)) { errors.push({ code: 'duplicate-key', table, row: index + 1, params: { key: key.join('/') } }); return; }
      seen.add(keyText);
      let blobFailed = false;
      const decoded = decodeValue(record, () => { blobFailed = true; }) as Record<string, unknown>;
      if (blobFailed) { errors.push({ code: 'bad-blob', table, row: index + 1 }); return; }
      tables[table].push(decoded);
    });
  }
  if (errors.length) return { ok: false, errors };
  const scope: BackupScope = parsed.data.scope ?? 'all';
  return { ok: true, backup: { exportedAt: parsed.data.exportedAt, schemaVersion, scope, tables } };
}
