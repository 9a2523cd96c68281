/**
 * Edits of the register's stored trade list, through transact: undo and redo work like any edit of the
 * register. Every write that changes the list builds the new list from the list read INSIDE its own
 * transaction (transact's guard), never from what the page last read: two tabs adding different trades
 * at once both keep theirs (IndexedDB runs the two transactions one after the other, the second reads
 * the first's list). An import or an entry's save adds the trades it brings in its own change
 * (applyWithTrades), so the entries and their trades are written in one transaction or not at all.
 */
import { withTrades, type TradeItem, type TradeListResult } from '../domain/register/trade-list';
import type { Edit } from './change';
import type { PhanloDatabase } from './database';
import { getSetting, isValidSetting } from './settings';
import { transact, type TransactResult } from './transact';

export type TradeEditKind = 'added' | 'renamed' | 'removed' | 'moved';

/** The settings row of a trade list, checked (an invalid list is a programming error). */
export function tradesRow(list: readonly TradeItem[]): { key: 'trades'; value: readonly TradeItem[] } {
  if (!isValidSetting('trades', list)) throw new Error('Invalid trade list');
  return { key: 'trades', value: list };
}

/** The trades live entries hold, read in the caller's transaction (a removal must see another tab's new entry). */
async function tradesInUse(db: PhanloDatabase): Promise<Set<string | null>> {
  const rows = await db.registerEntries.toArray();
  return new Set(rows.filter((row) => !row.deleted).map((row) => (typeof row.trade === 'string' ? row.trade : null)));
}

/**
 * Applies one step of the editor (`step`: a rule of src/domain/register/trade-list.ts) to the stored list
 * as it is inside the write's transaction, with the trades entries use as they are then. A step the
 * current list refuses writes nothing and comes back as `refused` with the rule's error
 * (a TradeListError); a step that changes nothing writes nothing and records no history.
 */
export function tradesEdit(
  db: PhanloDatabase, step: (list: readonly TradeItem[], inUse: ReadonlySet<string | null>) => TradeListResult, kind: TradeEditKind, name: string,
): Promise<TransactResult> {
  return transact(db, {}, {
    label: tradesEditLabel(kind, name),
    scope: kind === 'removed' ? ['settings', 'registerEntries'] : ['settings'],
    guard: async () => {
      const list = await getSetting(db, 'trades');
      const result = step(list, kind === 'removed' ? await tradesInUse(db) : new Set());
      if (!result.ok) return { refuse: result.error };
      return result.list === list ? { change: {} } : { change: { puts: { settings: [tradesRow(result.list)] } } };
    },
  });
}

export const tradesEditLabel = (kind: TradeEditKind, name: string) => ({ key: `registryTrades.edit.${kind}`, params: { name } });

/** An edit with the trades of `trades` that `list` lacks added to it (one change, one undo). */
function withListTrades(edit: Edit, trades: readonly (string | null)[], list: readonly TradeItem[]): Edit {
  const next = withTrades(list, trades);
  if (next === list) return edit;
  return { ...edit, change: { ...edit.change, puts: { ...edit.change.puts, settings: [tradesRow(next)] } } };
}

/**
 * Applies an edit of entries (a save, an import) and, in the same transaction, adds to the stored list
 * the trades of `trades` it lacks, as the list is then (not as the page read it).
 */
export function applyWithTrades(db: PhanloDatabase, edit: Edit, trades: Iterable<string | null>): Promise<TransactResult> {
  const brought = [...trades];
  return transact(db, edit.change, {
    label: edit.label,
    scope: ['settings'],
    guard: async () => ({ change: withListTrades(edit, brought, await getSetting(db, 'trades')).change }),
  });
}
