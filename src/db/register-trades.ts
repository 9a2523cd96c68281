/**
 * Edits of the register's stored trade list, as `Edit`s through transact: undo and redo work like any
 * edit of the register. The import puts its new trades in its own change (importEntriesEdit), so the
 * entries and the trades they bring are written in one transaction or not at all.
 */
import { withTrades, type TradeItem } from '../domain/register/trade-list';
import type { Edit } from './change';
import { isValidSetting } from './settings';

export type TradeEditKind = 'added' | 'renamed' | 'removed' | 'moved';

/** The settings row of a trade list, checked (an invalid list is a programming error). */
export function tradesRow(list: readonly TradeItem[]): { key: 'trades'; value: readonly TradeItem[] } {
  if (!isValidSetting('trades', list)) throw new Error('Invalid trade list');
  return { key: 'trades', value: list };
}

export function tradesEdit(list: readonly TradeItem[], kind: TradeEditKind, name: string): Edit {
  return { change: { puts: { settings: [tradesRow(list)] } }, label: { key: `registryTrades.edit.${kind}`, params: { name } } };
}

/** An entry's edit that also adds its trade to the list when the list lacks it (one change, one undo). */
export function withEntryTrade(edit: Edit, trade: string | null, list: readonly TradeItem[]): Edit {
  const next = withTrades(list, [trade]);
  if (next === list) return edit;
  return { ...edit, change: { ...edit.change, puts: { ...edit.change.puts, settings: [tradesRow(next)] } } };
}
