// A large change (an import) learns what it replaces from the table's keys, not 10,000 gets: the rows it
// replaces, the tombstones it revives and the new ones must come back exactly as with small changes.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import { importEntriesEdit, readEntries } from '../../src/db/register';
import { applyEdit, redo, transact, undo } from '../../src/db/transact';
import { emptyEntryFields, planImport, type RegisterEntry } from '../../src/domain/register';

const opened: PhanloDatabase[] = [];
let n = 0;
const openDb = () => { const db = new PhanloDatabase(`transact-large-test-${++n}`); opened.push(db); return db; };
afterEach(async () => {
  for (const db of opened.splice(0)) { db.close(); await Dexie.delete(db.name); }
});
const entry = (id: string, name: string): RegisterEntry => ({ ...emptyEntryFields(), id, name, createdAt: '2024-01-01T00:00:00.000Z' });

describe('a large change', () => {
  it('replaces live rows, revives tombstones and adds new rows, and undoes each', async () => {
    const db = openDb();
    const label = { key: 'registry.edit.added', params: {} };
    await transact(db, { puts: { registerEntries: [entry('live', 'Cũ'), entry('gone', 'Đã xoá')] } }, { label });
    await transact(db, { deletes: { registerEntries: ['gone'] } }, { label });
    const rows = [entry('live', 'Mới'), entry('gone', 'Lại có'), ...Array.from({ length: 400 }, (_, i) => entry(`new-${i}`, `Hộ ${i}`))];
    const result = await transact(db, { puts: { registerEntries: rows } }, { label });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.inverse.puts?.registerEntries).toEqual([entry('live', 'Cũ')]);
    expect(result.inverse.deletes?.registerEntries).toHaveLength(401);
    expect(await db.registerEntries.get('live')).toMatchObject({ name: 'Mới', version: 2 });
    expect(await db.registerEntries.get('gone')).toMatchObject({ name: 'Lại có', version: 3 });
    expect(await db.registerEntries.get('new-7')).toMatchObject({ name: 'Hộ 7', version: 1 });
    await undo(db);
    expect((await readEntries(db)).map((e) => e.name)).toEqual(['Cũ']);
  });

  it('imports 2,000 entries as one change that one undo takes back', async () => {
    const db = openDb();
    const read = Array.from({ length: 2000 }, (_, i) => ({ row: i + 2, fields: { ...emptyEntryFields(), name: `Hộ ${i}`, phone: `09${String(i).padStart(8, '0')}` } }));
    expect((await applyEdit(db, importEntriesEdit(planImport(read, [], new Map()), 'a.xlsx'))).ok).toBe(true);
    expect(await readEntries(db)).toHaveLength(2000);
    await undo(db);
    expect(await readEntries(db)).toHaveLength(0);
  });

  it('stores an import once: undo, redo, undo and redo give back exactly each state, entries merged included', async () => {
    const db = openDb();
    const label = { key: 'registry.edit.added', params: {} };
    await transact(db, { puts: { registerEntries: [entry('kept', 'Hộ Cũ'), { ...entry('merged', 'Hộ Gộp'), phone: '0912000001' }] } }, { label });
    const before = (await db.registerEntries.toArray()).map(({ updatedAt: _u, ...row }) => row);
    const register = await readEntries(db);
    const read = [
      { row: 2, fields: { ...emptyEntryFields(), name: 'Hộ Gộp', phone: '0912000001', notes: 'từ tệp' } },
      ...Array.from({ length: 1500 }, (_, i) => ({ row: i + 3, fields: { ...emptyEntryFields(), name: `Hộ ${i}`, phone: `09${String(i).padStart(8, '0')}` } })),
    ];
    const plan = planImport(read, register, new Map([[0, 'merge' as const]]));
    let id = 0;
    const result = await applyEdit(db, importEntriesEdit(plan, 'a.xlsx', { id: () => `i-${id++}` }));
    expect(result.ok).toBe(true);
    const after = (await db.registerEntries.toArray()).map(({ updatedAt: _u, version: _v, ...row }) => row);
    expect(after).toHaveLength(1502);
    expect(after.find((row) => row.id === 'merged')).toMatchObject({ notes: 'từ tệp' });
    // The done entry holds its inverse only (1,500 keys to delete, the merged row as it was), not the 1,501 rows again.
    const [, stored] = await db.history.orderBy('seq').toArray();
    expect(stored.change).toEqual({});
    expect(stored.inverse.deletes?.registerEntries).toHaveLength(1500);
    expect(stored.inverse.puts?.registerEntries).toEqual([{ ...entry('merged', 'Hộ Gộp'), phone: '0912000001' }]);
    const live = async () => (await db.registerEntries.toArray()).filter((row) => !row.deleted).map(({ updatedAt: _u, version: _v, ...row }) => row);
    for (let round = 0; round < 2; round++) {
      expect((await undo(db)).ok).toBe(true);
      expect(await live()).toEqual(before.map(({ version: _v, ...row }) => row));
      expect((await redo(db)).ok).toBe(true);
      expect(await live()).toEqual(after);
    }
  });
});
