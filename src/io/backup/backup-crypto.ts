/**
 * A backup protected by a passphrase (personal data, Decree 13/2023/NĐ-CP): the backup JSON encrypted
 * with AES-GCM (256-bit) under a key derived from the passphrase by PBKDF2-SHA-256, 310,000 iterations
 * (OWASP's figure for PBKDF2-SHA256), random salt and IV. The file says in plain words that it is
 * encrypted and how, so that it can be opened again without phanlo:
 * `{ format: "phanlo-backup", version: 1, encrypted: true, cipher: "AES-GCM", kdf: { name: "PBKDF2",
 *   hash: "SHA-256", iterations, salt }, iv, data }` (salt, iv and data in base64).
 */
import { z } from 'zod/mini';
import { base64ToBytes, bytesToBase64 } from './base64';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-format';

export const PBKDF2_ITERATIONS = 310_000;

async function keyOf(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'],
  );
}

export async function encryptBackup(json: string, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await keyOf(passphrase, salt, iterations);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, new TextEncoder().encode(json)));
  return JSON.stringify({
    format: BACKUP_FORMAT, version: BACKUP_VERSION, encrypted: true,
    note: 'Encrypted with a passphrase (AES-GCM, key from PBKDF2-SHA-256). Holds personal data (Decree 13/2023/NĐ-CP).',
    cipher: 'AES-GCM', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) }, iv: bytesToBase64(iv), data: bytesToBase64(data),
  });
}

const Encrypted = z.object({
  format: z.literal(BACKUP_FORMAT),
  encrypted: z.literal(true),
  cipher: z.literal('AES-GCM'),
  kdf: z.object({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.number(), salt: z.string() }),
  iv: z.string(),
  data: z.string(),
});

export const isEncryptedBackup = (document: unknown): boolean => Encrypted.safeParse(document).success;

/** The backup JSON inside, or null when the passphrase is wrong (or the file damaged: AES-GCM cannot tell). */
export async function decryptBackup(document: unknown, passphrase: string): Promise<string | null> {
  const parsed = Encrypted.safeParse(document);
  if (!parsed.success) return null;
  const salt = base64ToBytes(parsed.data.kdf.salt);
  const iv = base64ToBytes(parsed.data.iv);
  const data = base64ToBytes(parsed.data.data);
  if (!salt || !iv || !data) return null;
  try {
    const key = await keyOf(passphrase, salt, parsed.data.kdf.iterations);
    return new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, data as BufferSource));
  } catch {
    return null;
  }
}
