// The stored trade list: a setting with a default and a validator, edited with undo; an import's new
// trades join it in the import's own transaction (a failed import adds none).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import { addEntryEdit, importedTrades, importEntriesEdit, readEntries } from '../../src/db/register';
import { applyWithTrades, tradesEdit } from '../../src/db/register-trades';
import { getSetting, readSetting } from '../../src/db/settings';
import { undo } from '../../src/db/transact';
import { addTrade, DEFAULT_TRADE_LIST, emptyEntryFields, planImport, type TradeItem } from '../../src/domain/register';
import { readRegisterFile } from '../../src/io/register-import';

const opened: PhanloDatabase[] = [];
let n = 0;
const openDb = () => { const db = new PhanloDatabase(`register-trades-test-${++n}`); opened.push(db); return db; };
afterEach(async () => {
  for (const db of opened.splice(0)) { db.close(); await Dexie.delete(db.name); }
});
const ids = (list: readonly TradeItem[]) => list.map((item) => item.id);

describe('stored trade list', () => {
  it('defaults to the eight trades and falls back on a broken value', async () => {
    expect(readSetting('trades', undefined)).toBe(DEFAULT_TRADE_LIST);
    expect(readSetting('trades', [{ id: 'x', name: null }, { id: 'x', name: null }])).toBe(DEFAULT_TRADE_LIST);
    expect(readSetting('trades', [{ id: '', name: null }])).toBe(DEFAULT_TRADE_LIST);
    expect(readSetting('trades', 'carpentry')).toBe(DEFAULT_TRADE_LIST);
    const broken = await tradesEdit(openDb(), () => ({ ok: true, list: [{ id: 'x', name: null }, { id: 'x', name: null }] }), 'added', 'x');
    expect(broken.ok).toBe(false);
  });

  it('is edited through transact, and undo puts the previous list back', async () => {
    const db = openDb();
    expect((await tradesEdit(db, (list) => addTrade(list, 'Làm hương'), 'added', 'Làm hương')).ok).toBe(true);
    expect(ids(await getSetting(db, 'trades')).at(-1)).toBe('Làm hương');
    expect((await undo(db)).ok).toBe(true);
    expect(ids(await getSetting(db, 'trades'))).toEqual(ids(DEFAULT_TRADE_LIST));
  });

  it('adds the trades an import brings, in the import’s transaction, matching listed ones in any spelling', async () => {
    const db = openDb();
    const stored = [...DEFAULT_TRADE_LIST, { id: 'Làm hương', name: null }];
    await tradesEdit(db, (list) => addTrade(list, 'Làm hương'), 'added', 'Làm hương');
    const csv = 'Tên hộ/cơ sở,Người đại diện,Điện thoại,Ngành nghề,Diện tích cần (m²),Địa chỉ hiện tại\n'
      + 'Hộ A,A,0912000001,LAM HUONG,100,Thôn 1\nHộ B,B,0912000002,Đan lát mây tre,100,Thôn 2\n'
      + 'Hộ C,C,0912000003,dan lat  may tre,100,Thôn 3\nHộ D,D,0912000004,Cơ khí,100,Thôn 4\n';
    const read = await readRegisterFile('ds.csv', new TextEncoder().encode(csv), { trades: stored });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((entry) => entry.fields.trade)).toEqual(['Làm hương', 'Đan lát mây tre', 'Đan lát mây tre', 'metalwork']);
    const plan = planImport(read.entries, [], new Map());
    expect((await applyWithTrades(db, importEntriesEdit(plan, 'ds.csv'), importedTrades(plan))).ok).toBe(true);
    expect(ids(await getSetting(db, 'trades')).slice(8)).toEqual(['Làm hương', 'Đan lát mây tre']);
    // One change: undoing the import takes back its entries and the trade it brought.
    expect((await undo(db)).ok).toBe(true);
    expect(await readEntries(db)).toEqual([]);
    expect(ids(await getSetting(db, 'trades')).slice(8)).toEqual(['Làm hương']);
  });

  it('writes no settings row when an import brings no new trade', async () => {
    const db = openDb();
    const plan = planImport([{ row: 2, fields: { ...emptyEntryFields(), name: 'Hộ A', trade: 'carpentry' } }], [], new Map());
    expect((await applyWithTrades(db, importEntriesEdit(plan, 'a.csv'), importedTrades(plan))).ok).toBe(true);
    const [entry] = await db.history.toArray();
    expect(entry.inverse.deletes?.registerEntries).toHaveLength(1);
    expect(entry.inverse.puts?.settings ?? entry.inverse.deletes?.settings).toBeUndefined();
    expect(await db.settings.get('trades')).toBeUndefined();
  });

  it('adds a typed trade with the entry that names it, in one change', async () => {
    const db = openDb();
    const edit = addEntryEdit({ ...emptyEntryFields(), name: 'Hộ E', trade: 'Làm nón' }, { id: 'e' });
    expect((await applyWithTrades(db, edit, ['Làm nón'])).ok).toBe(true);
    expect(ids(await getSetting(db, 'trades')).at(-1)).toBe('Làm nón');
    await undo(db);
    expect(ids(await getSetting(db, 'trades'))).toEqual(ids(DEFAULT_TRADE_LIST));
    const known = addEntryEdit({ ...emptyEntryFields(), name: 'Hộ F', trade: 'carpentry' });
    expect((await applyWithTrades(db, known, ['carpentry'])).ok).toBe(true);
    const latest = (await db.history.toArray()).at(-1)!;
    expect(latest.inverse.deletes?.registerEntries).toHaveLength(1);
    expect(latest.inverse.puts?.settings ?? latest.inverse.deletes?.settings).toBeUndefined();
  });
});
