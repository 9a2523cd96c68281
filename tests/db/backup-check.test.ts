// Restore refuses a backup whose rows the app's own load-time restore step would repair or leave out
// (QA: a `variants` row of only {id, approved, name} was written, then every screen said "stored data
// damaged"), naming table, row (index and key) and field, and writes nothing.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { collectBackup, restoreBackup } from '../../src/db/backup';
import { checkBackupRows } from '../../src/db/backup-check';
import { PhanloDatabase } from '../../src/db/database';
import { addEntryEdit } from '../../src/db/register';
import { restoreVariants } from '../../src/db/restore-variants';
import { applyEdit } from '../../src/db/transact';
import { emptyEntryFields } from '../../src/domain/register';
import { BACKUP_TABLES, backupJson, readBackupText, type Backup } from '../../src/io/backup';

const opened: PhanloDatabase[] = [];
let n = 0;
const openDb = () => { const db = new PhanloDatabase(`backup-check-test-${++n}`); opened.push(db); return db; };
afterEach(async () => {
  for (const db of opened.splice(0)) { db.close(); await Dexie.delete(db.name); }
});

async function snapshot(db: PhanloDatabase) {
  const out: Record<string, unknown[]> = {};
  for (const table of BACKUP_TABLES) out[table] = await db.table(table).toArray();
  return out;
}

async function read(document: unknown): Promise<Backup> {
  const result = await readBackupText(JSON.stringify(document), null);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.backup;
}

/** A device with data of its own, which a refused restore must leave exactly as it was. */
async function deviceWithData() {
  const db = openDb();
  await db.open();
  await applyEdit(db, addEntryEdit({ ...emptyEntryFields(), name: 'Giữ lại' }, { id: 'keep' }));
  await db.settings.put({ key: 'budgetVnd', value: 42_000_000_000 });
  return db;
}

describe('restore checks every row with the load-time restore steps', () => {
  it('refuses the QA backup whose variants row is only {id, approved, name}, and writes nothing', async () => {
    const row = { id: 'v-qa', approved: true, name: 'Phương án QA' };
    // The app's own load step would report this row on every screen: that is what restore must not write.
    expect(restoreVariants([row]).issues).not.toEqual([]);
    const backup = await read({
      format: 'phanlo-backup', version: 1, exportedAt: '2026-12-01T09:00:00Z', schemaVersion: 6, tables: { variants: [row] },
    });
    const target = await deviceWithData();
    const before = await snapshot(target);
    const result = await restoreBackup(target, backup);
    expect(result.ok).toBe(false);
    const issues = 'issues' in result ? result.issues : [];
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'bad-row', table: 'variants', row: 1, params: { key: 'v-qa' } });
    const fields = String(issues[0].params?.fields).split(', ');
    expect(fields).toEqual(expect.arrayContaining(['site', 'parameters', 'layout', 'createdAt']));
    expect(fields).not.toContain('name');
    expect(fields).not.toContain('approved');
    expect(await snapshot(target)).toEqual(before);
  });

  it('refuses a full backup with one bad row among good ones, naming only that row', async () => {
    const source = await deviceWithData();
    await applyEdit(source, addEntryEdit({ ...emptyEntryFields(), name: 'Nguyễn Văn An' }, { id: 'an' }));
    const good = JSON.parse(await backupJson(await collectBackup(source)));
    const goodBackup = await read(good);
    expect(checkBackupRows(goodBackup.tables)).toEqual([]);

    // A second variant whose parameters were hand-edited into nonsense, between good rows, and a
    // budget that is not a number: both are what the load step would replace by defaults.
    const demo = good.tables.variants[0];
    good.tables.variants = [demo, { ...demo, id: 'broken', parameters: { mainRoadWidthM: 'wide' } }, { ...demo, id: 'copy' }];
    good.tables.settings = good.tables.settings.map((s: { key: string }) => (s.key === 'budgetVnd' ? { ...s, value: 'năm mươi tỷ' } : s));
    const bad = await read(good);
    const budgetRow = bad.tables.settings.findIndex((s) => s.key === 'budgetVnd') + 1;
    const target = await deviceWithData();
    await target.settings.put({ key: 'budgetVnd', value: 7 });
    const before = await snapshot(target);
    const result = await restoreBackup(target, bad);
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: 'bad-row', table: 'settings', row: budgetRow, params: { key: 'budgetVnd', fields: 'value' } },
        { code: 'bad-row', table: 'variants', row: 2, params: { key: 'broken', fields: expect.stringContaining('parameters') } },
      ],
    });
    expect(await snapshot(target)).toEqual(before);
    // The good backup restores.
    expect(await restoreBackup(target, goodBackup)).toEqual({ ok: true });
  });

  it('skips tombstones, as the load step does', async () => {
    const backup = await read({
      format: 'phanlo-backup', version: 1, exportedAt: '2026-12-01T09:00:00Z', schemaVersion: 6,
      tables: { variants: [{ id: 'gone', deleted: true, version: 3 }] },
    });
    expect(checkBackupRows(backup.tables)).toEqual([]);
  });
});
