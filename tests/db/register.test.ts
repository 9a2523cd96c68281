// Register commands through transact: add, edit, delete with undo; an import as one change, written
// whole or (on a full disk) not at all; duplicates merged or skipped, never doubled.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import { addEntryEdit, deleteEntryEdit, importEntriesEdit, newEntryIds, readEntries, updateEntryEdit } from '../../src/db/register';
import { statusesOfAllocations } from '../../src/db/register-status';
import { applyEdit, undo } from '../../src/db/transact';
import { duplicatesOf, emptyEntryFields, planImport } from '../../src/domain/register';
import { readRegisterFile } from '../../src/io/register-import';

const opened: PhanloDatabase[] = [];
let n = 0;
const openDb = () => { const db = new PhanloDatabase(`register-test-${++n}`); opened.push(db); return db; };
afterEach(async () => {
  for (const db of opened.splice(0)) { db.close(); await Dexie.delete(db.name); }
});

const fields = (name: string, phone: string | null = null) => ({ ...emptyEntryFields(), name, phone });

describe('entry commands', () => {
  it('adds, edits and deletes, each undone back to what was there', async () => {
    const db = openDb();
    expect((await applyEdit(db, addEntryEdit(fields('Nguyễn Văn An', '0912345678'), { id: 'a' }))).ok).toBe(true);
    const [added] = await readEntries(db);
    expect(added).toMatchObject({ id: 'a', name: 'Nguyễn Văn An', phone: '0912345678' });
    await applyEdit(db, updateEntryEdit(added, { ...added, name: 'Nguyễn Văn Ân', notes: '<img src=x onerror=alert(1)>' }));
    expect((await readEntries(db))[0]).toMatchObject({ name: 'Nguyễn Văn Ân', notes: '<img src=x onerror=alert(1)>', createdAt: added.createdAt });
    await applyEdit(db, deleteEntryEdit((await readEntries(db))[0]));
    expect(await readEntries(db)).toEqual([]);
    await undo(db);
    expect((await readEntries(db))[0].name).toBe('Nguyễn Văn Ân');
    await undo(db);
    expect((await readEntries(db))[0]).toEqual(added);
    await undo(db);
    expect(await readEntries(db)).toEqual([]);
  });
});

describe('import', () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/register-import', name)));

  it('writes a file as one change that one undo takes back', async () => {
    const db = openDb();
    const read = await readRegisterFile('utf8.csv', fixture('utf8.csv'));
    const plan = planImport(read.entries, [], new Map());
    expect((await applyEdit(db, importEntriesEdit(plan, 'utf8.csv'))).ok).toBe(true);
    expect((await readEntries(db)).map((entry) => entry.name)).toEqual(['Nguyễn Văn An', 'Công ty TNHH Cơ khí Hòa Bình', 'Hộ Lê Văn Đức']);
    expect(await db.history.count()).toBe(1);
    await undo(db);
    expect(await readEntries(db)).toEqual([]);
  });

  it('flags duplicates in the file and against the register; merges or skips as told, never doubles', async () => {
    const db = openDb();
    await applyEdit(db, addEntryEdit({ ...fields('Trần Thị Bích', '0987 654 321'), notes: 'đã có' }, { id: 'bich' }));
    const register = await readEntries(db);
    const read = await readRegisterFile('duplicates.xlsx', fixture('duplicates.xlsx'));
    expect(read.errors).toEqual([]);
    const flags = duplicatesOf(read.entries, register);
    // Row 3 repeats row 2 by name and phone; row 4 has row 2's ID; row 5 is in the register already.
    expect(flags).toEqual([
      null,
      { kind: 'file', index: 0, by: 'name-phone' },
      { kind: 'file', index: 0, by: 'id' },
      { kind: 'register', entryId: 'bich', by: 'name-phone' },
    ]);
    const plan = planImport(read.entries, register, new Map([[1, 'merge'], [2, 'skip'], [3, 'merge']]));
    await applyEdit(db, importEntriesEdit(plan, 'duplicates.xlsx'));
    const entries = await readEntries(db);
    expect(entries).toHaveLength(2);
    expect(entries.find((entry) => entry.name === 'Nguyễn Văn An')).toMatchObject({ areaNeededM2: 260, notes: 'gửi lại', idNumber: '001085012345' });
    expect(entries.find((entry) => entry.id === 'bich')).toMatchObject({ areaNeededM2: 300, notes: 'đã có', trade: 'metalwork' });
  });

  it('writes nothing and says "quota" when storage fills up mid-import', async () => {
    const db = openDb();
    const read = await readRegisterFile('utf8.csv', fixture('utf8.csv'));
    let puts = 0;
    db.registerEntries.hook('creating', () => { if (++puts === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); });
    const result = await applyEdit(db, importEntriesEdit(planImport(read.entries, [], new Map()), 'utf8.csv'));
    expect(result).toMatchObject({ ok: false, failure: { kind: 'quota' } });
    expect(await db.registerEntries.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
  });
});

describe('status from allocations', () => {
  it('is the latest allocation not withdrawn, else registered', () => {
    const row = (id: string, entryId: string, status: string, createdAt: string) =>
      ({ id, entryId, variantId: 'demo', plotCodes: ['A-01'], plotKeys: ['demo|A-01'], status, priceVndPerM2: null, createdAt }) as never;
    const statuses = statusesOfAllocations([
      row('1', 'a', 'offered', '2024-01-01'), row('2', 'a', 'paid', '2024-02-01'), row('3', 'a', 'withdrawn', '2024-03-01'),
      row('4', 'b', 'withdrawn', '2024-01-01'),
    ]);
    expect(statuses.get('a')).toBe('paid');
    expect(statuses.has('b')).toBe(false);
  });
});

describe('ids of an import', () => {
  it('are distinct version-4 UUIDs as randomUUID writes them, also past one call of getRandomValues (4,096 ids)', () => {
    const ids = newEntryIds(10_000);
    expect(new Set(ids).size).toBe(10_000);
    const uuid4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(ids.every((id) => uuid4.test(id))).toBe(true);
    expect(uuid4.test(crypto.randomUUID())).toBe(true);
    // The last ones come from the last call's bytes, not zeros left unfilled.
    expect(ids.slice(-100).filter((id) => id.startsWith('00000000')).length).toBe(0);
    const plan = planImport([{ row: 2, fields: fields('Hộ A') }, { row: 3, fields: fields('Hộ B') }], [], new Map());
    const created = importEntriesEdit(plan, 'a.csv').change.puts!.registerEntries!;
    expect(created.map((entry) => uuid4.test(entry.id))).toEqual([true, true]);
  });
});
