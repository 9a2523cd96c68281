// Backup → file → restore on a fresh database reproduces every table exactly (envelopes, tombstones,
// the audit trail's seq and photo bytes included); protected backups need their passphrase; a damaged
// file is refused whole, by table and row; the table list matches the schema.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { collectBackup, countRows, restoreBackup } from '../../src/db/backup';
import { CHANGE_TABLES } from '../../src/db/change';
import { PhanloDatabase } from '../../src/db/database';
import { addEntryEdit, deleteEntryEdit, readEntries } from '../../src/db/register';
import { applyEdit } from '../../src/db/transact';
import { emptyEntryFields } from '../../src/domain/register';
import { BACKUP_TABLE_KEYS, BACKUP_TABLES, backupJson, encryptBackup, readBackupText } from '../../src/io/backup';

const opened: PhanloDatabase[] = [];
let n = 0;
const openDb = () => { const db = new PhanloDatabase(`backup-test-${++n}`); opened.push(db); return db; };
afterEach(async () => {
  for (const db of opened.splice(0)) { db.close(); await Dexie.delete(db.name); }
});

async function seed(db: PhanloDatabase) {
  await applyEdit(db, addEntryEdit({ ...emptyEntryFields(), name: 'Nguyễn Văn An', phone: '0912345678', idNumber: '001085012345', notes: '<img src=x onerror=alert(1)>' }, { id: 'an' }));
  await applyEdit(db, addEntryEdit({ ...emptyEntryFields(), name: 'Lê Văn Đức' }, { id: 'duc' }));
  await applyEdit(db, deleteEntryEdit((await readEntries(db)).find((entry) => entry.id === 'duc')!));
  await db.allocations.put({ id: 'al1', entryId: 'an', variantId: 'demo', plotCodes: ['A-01'], plotKeys: ['demo|A-01'], status: 'offered', priceVndPerM2: null, createdAt: '2024-05-01T00:00:00.000Z', version: 1, updatedAt: '2024-05-01T00:00:00.000Z' });
  await db.auditTrail.add({ at: '2024-05-01T00:00:00.000Z', by: { name: 'Cán bộ xã', role: 'official' }, action: { key: 'allocation.offered' }, reason: null, subjects: ['entry:an'] });
  await db.photos.put({ id: 'p1', checkId: 'c1', blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x10])], { type: 'image/jpeg' }), width: 2, height: 1, at: '2024-05-02T00:00:00.000Z', version: 1 });
  await db.settings.put({ key: 'deviceId', value: 'device-1', version: 1 });
}

async function snapshot(db: PhanloDatabase) {
  const out: Record<string, unknown[]> = {};
  for (const table of BACKUP_TABLES) {
    const rows = await db.table(table).toArray();
    out[table] = await Promise.all(rows.map(async (row: Record<string, unknown>) =>
      (row.blob instanceof Blob ? { ...row, blob: [...new Uint8Array(await row.blob.arrayBuffer())], type: row.blob.type } : row)));
  }
  return out;
}

describe('backup', () => {
  it('lists every table of the schema but history, with its key', () => {
    const db = openDb();
    const schema = Object.fromEntries(db.tables.map((table) => [table.name, table.schema.primKey.keyPath]));
    expect(Object.keys(schema).filter((name) => name !== 'history').sort()).toEqual([...BACKUP_TABLES].sort());
    for (const table of BACKUP_TABLES) expect([schema[table]].flat()).toEqual(BACKUP_TABLE_KEYS[table]);
    expect(CHANGE_TABLES.every((table) => BACKUP_TABLES.includes(table))).toBe(true);
  });

  it('restored on a fresh database reproduces the data exactly, and is atomic', async () => {
    const source = openDb();
    await seed(source);
    const text = await backupJson(await collectBackup(source));
    expect(text).toContain('"$blob"');
    const read = await readBackupText(text, null);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(countRows(read.backup.tables)).toMatchObject({ registerEntries: 1, allocations: 1, auditTrail: 1, photos: 1, variants: 1 });
    const fresh = openDb();
    await fresh.open(); // a fresh profile: the demo variant is there
    expect(await fresh.variants.count()).toBe(1);
    expect(await restoreBackup(fresh, read.backup)).toEqual({ ok: true });
    expect(await snapshot(fresh)).toEqual(await snapshot(source));
    expect(await fresh.history.count()).toBe(0);
  });

  it('writes nothing when the restore fails half way', async () => {
    const source = openDb();
    await seed(source);
    const read = await readBackupText(await backupJson(await collectBackup(source)), null);
    if (!read.ok) throw new Error('unreadable');
    const target = openDb();
    await applyEdit(target, addEntryEdit({ ...emptyEntryFields(), name: 'Giữ lại' }, { id: 'keep' }));
    const before = await snapshot(target);
    target.photos.hook('creating', () => { throw new DOMException('full', 'QuotaExceededError'); });
    const result = await restoreBackup(target, read.backup);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'quota' } });
    expect(await snapshot(target)).toEqual(before);
  });

  it('protects with a passphrase (AES-GCM) and says so in the file', async () => {
    const source = openDb();
    await seed(source);
    const plain = await backupJson(await collectBackup(source));
    const locked = await encryptBackup(plain, 'mật khẩu dài', 1000);
    expect(locked).not.toContain('Nguyễn');
    expect(JSON.parse(locked)).toMatchObject({ format: 'phanlo-backup', encrypted: true, cipher: 'AES-GCM', kdf: { name: 'PBKDF2' } });
    expect(await readBackupText(locked, null)).toEqual({ ok: false, errors: [{ code: 'needs-passphrase' }] });
    expect(await readBackupText(locked, 'sai')).toEqual({ ok: false, errors: [{ code: 'wrong-passphrase' }] });
    const read = await readBackupText(locked, 'mật khẩu dài');
    expect(read.ok && read.backup.tables.registerEntries[0].name).toBe('Nguyễn Văn An');
  });

  it('a field copy carries no phones, IDs or notes, nor this device\'s id', async () => {
    const source = openDb();
    await seed(source);
    const text = await backupJson(await collectBackup(source, { scope: 'field' }));
    expect(text).not.toContain('0912345678');
    expect(text).not.toContain('001085012345');
    expect(text).not.toContain('onerror');
    expect(text).not.toContain('device-1');
    expect(JSON.parse(text)).toMatchObject({ scope: 'field' });
    expect(text).toContain('Nguyễn Văn An');
  });

  it('refuses a damaged file whole, saying where', async () => {
    const document = {
      format: 'phanlo-backup', version: 1, exportedAt: '2024-01-01T00:00:00Z', schemaVersion: 6,
      tables: { registerEntries: [{ id: 'a', name: 'x' }, { name: 'no id' }, { id: 'a' }], photos: [{ id: 'p', blob: { $blob: '***', type: 'image/jpeg' } }], nonsense: [] },
    };
    const read = await readBackupText(JSON.stringify(document), null);
    expect(read.ok ? [] : read.errors.map((issue) => [issue.code, issue.table, issue.row])).toEqual([
      ['bad-key', 'registerEntries', 2], ['duplicate-key', 'registerEntries', 3], ['bad-blob', 'photos', 1], ['unknown-table', 'nonsense', undefined],
    ]);
    expect(await readBackupText('{"format":"phanlo-backup","version":1,"exportedAt":"x","schemaVersion":9,"tables":{}}', null)).toMatchObject({ ok: false, errors: [{ code: 'newer-schema' }] });
    expect(await readBackupText('not json', null)).toMatchObject({ ok: false, errors: [{ code: 'not-json' }] });
  });
});
