/** The backup file: its shape, writer, reader (validated whole) and passphrase protection. */
export * from './backup-format';
export { backupJson, readBackupDocument, type BackupRead } from './backup-json';
export { decryptBackup, encryptBackup, isEncryptedBackup, PBKDF2_ITERATIONS } from './backup-crypto';
import { readBackupDocument, type BackupRead } from './backup-json';
import { decryptBackup, isEncryptedBackup } from './backup-crypto';

/** Reads a backup file's text: parses, decrypts with the passphrase when it is protected, validates. */
export async function readBackupText(text: string, passphrase: string | null): Promise<BackupRead> {
  let document: unknown;
  try { document = JSON.parse(text); } catch { return { ok: false, errors: [{ code: 'not-json' }] }; }
  if (isEncryptedBackup(document)) {
    if (passphrase === null) return { ok: false, errors: [{ code: 'needs-passphrase' }] };
    const inner = await decryptBackup(document, passphrase);
    if (inner === null) return { ok: false, errors: [{ code: 'wrong-passphrase' }] };
    try { document = JSON.parse(inner); } catch { return { ok: false, errors: [{ code: 'not-json' }] }; }
  }
  return readBackupDocument(document);
}
