// Two tabs changing the stored trade list at once: each write builds the new list from the list read
// inside its own transaction, so neither overwrites the other's trade with the list its page last read.
// Two Dexie connections on one fake-indexeddb database stand for the two tabs.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import { addEntryEdit, importEntriesEdit } from '../../src/db/register';
import { applyWithTrades, tradesEdit } from '../../src/db/register-trades';
import { getSetting } from '../../src/db/settings';
import { applyEdit, undo } from '../../src/db/transact';
import { addTrade, DEFAULT_TRADE_LIST, emptyEntryFields, moveTrade, removeTrade, type ImportPlan } from '../../src/domain/register';

const opened: PhanloDatabase[] = [];
let n = 0;
afterEach(async () => {
  const names = new Set(opened.map((db) => db.name));
  for (const db of opened.splice(0)) db.close();
  for (const name of names) await Dexie.delete(name);
});

async function twoTabs(): Promise<[PhanloDatabase, PhanloDatabase]> {
  const name = `register-trades-race-${++n}`;
  const tabs = [new PhanloDatabase(name), new PhanloDatabase(name)] as const;
  for (const tab of tabs) { opened.push(tab); await tab.open(); }
  return [tabs[0], tabs[1]];
}

const added = async (db: PhanloDatabase) => (await getSetting(db, 'trades')).slice(DEFAULT_TRADE_LIST.length).map((item) => item.id);

describe('the trade list written from two tabs at once', () => {
  it('keeps both trades when two tabs add different ones', async () => {
    const [tab1, tab2] = await twoTabs();
    const [first, second] = await Promise.all([
      tradesEdit(tab1, (list) => addTrade(list, 'Làm hương'), 'added', 'Làm hương'),
      tradesEdit(tab2, (list) => addTrade(list, 'Làm nón'), 'added', 'Làm nón'),
    ]);
    expect(first.ok && second.ok).toBe(true);
    expect((await added(tab1)).sort()).toEqual(['Làm hương', 'Làm nón']);
    expect((await added(tab2)).sort()).toEqual(['Làm hương', 'Làm nón']);
    // Undoing the later one takes back its trade only.
    expect((await undo(tab1)).ok).toBe(true);
    expect(await added(tab2)).toHaveLength(1);
  });

  it('refuses, writing nothing, a step the stored list no longer allows', async () => {
    const [tab1, tab2] = await twoTabs();
    expect((await tradesEdit(tab1, (list) => addTrade(list, 'Làm hương'), 'added', 'Làm hương')).ok).toBe(true);
    const twice = await tradesEdit(tab2, (list) => addTrade(list, 'lam huong'), 'added', 'lam huong');
    expect(twice.ok ? null : twice.failure).toMatchObject({ kind: 'refused', refusal: 'duplicate' });
    expect(await added(tab1)).toEqual(['Làm hương']);
  });

  it('refuses to remove a trade an entry saved in the other tab now uses', async () => {
    const [tab1, tab2] = await twoTabs();
    await tradesEdit(tab1, (list) => addTrade(list, 'Làm hương'), 'added', 'Làm hương');
    await applyEdit(tab2, addEntryEdit({ ...emptyEntryFields(), name: 'Hộ A', trade: 'Làm hương' }));
    const removed = await tradesEdit(tab1, (list, inUse) => removeTrade(list, 'Làm hương', inUse), 'removed', 'Làm hương');
    expect(removed.ok ? null : removed.failure).toMatchObject({ kind: 'refused', refusal: 'in-use' });
    expect(await added(tab2)).toEqual(['Làm hương']);
  });

  it('writes nothing, and records no undo, when the stored list already is as the step asks', async () => {
    const [tab1] = await twoTabs();
    const last = DEFAULT_TRADE_LIST.at(-1)!.id;
    const moved = await tradesEdit(tab1, (list) => moveTrade(list, last, 1), 'moved', last);
    expect(moved).toMatchObject({ ok: true, entryId: null });
    expect(await tab1.history.count()).toBe(0);
    expect(await tab1.settings.get('trades')).toBeUndefined();
  });

  it('keeps a trade the editor adds while an import in the other tab adds its own', async () => {
    const [tab1, tab2] = await twoTabs();
    const plan: ImportPlan = { create: [{ row: 2, fields: { ...emptyEntryFields(), name: 'Hộ B', trade: 'Làm nón' } }], update: [], skipped: 0, merged: 0 };
    const edit = importEntriesEdit(plan, 'ds.csv');
    const [editor, imported] = await Promise.all([
      tradesEdit(tab1, (list) => addTrade(list, 'Làm hương'), 'added', 'Làm hương'),
      applyWithTrades(tab2, edit, ['Làm nón']),
    ]);
    expect(editor.ok && imported.ok).toBe(true);
    expect((await added(tab1)).sort()).toEqual(['Làm hương', 'Làm nón']);
    expect(await tab1.registerEntries.count()).toBe(1);
  });
});
