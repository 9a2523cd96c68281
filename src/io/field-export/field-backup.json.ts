/**
 * A tablet's field records as a file another profile merges: the backup document of docs/TEAM-CONTRACTS.md
 * (`format: "phanlo-backup"`) holding the `fieldChecks` and `photos` tables only, photos as base64.
 * The merge (src/io/field-merge) reads this and a full backup alike.
 */
import type { FieldCheckRecord, FieldPhotoRecord } from './field-record';

export const BACKUP_FORMAT = 'phanlo-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_SCHEMA_VERSION = 6;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export async function writeFieldBackup(
  checks: readonly FieldCheckRecord[], photos: readonly FieldPhotoRecord[], exportedAt: Date,
): Promise<string> {
  const photoRows = await Promise.all(photos.map(async (photo) => ({
    ...photo, blob: { $blob: bytesToBase64(new Uint8Array(await photo.blob.arrayBuffer())), type: photo.blob.type || 'image/jpeg' },
  })));
  return JSON.stringify({
    format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString(), schemaVersion: BACKUP_SCHEMA_VERSION,
    tables: { fieldChecks: checks, photos: photoRows },
  });
}
