/**
 * The stored, editable list of trades (ngành nghề): the eight defaults of the issue by id, then trades the
 * users added or files brought. An item keeps its id for life (entries store the id, so a rename never
 * rewrites entries); `name` is null while a default trade keeps its words from the messages (shown in the
 * reader's language), else the name the user gave. A trade added by hand or by an import has the words
 * first written as its id. Pure: the setting lives in src/db/settings.ts, edits in src/db/register-trades.ts.
 */
import { foldKey } from './fold-text';
import { DEFAULT_TRADES, isDefaultTrade, matchTrade, type DefaultTrade } from './trades';

export interface TradeItem {
  readonly id: string;
  readonly name: string | null;
}

export const TRADE_NAME_MAX_LENGTH = 120;

export const DEFAULT_TRADE_LIST: readonly TradeItem[] = DEFAULT_TRADES.map((id) => ({ id, name: null }));

/** A trade's words: its given name, a default's words (`defaultName`), or the trade as written. */
export function tradeNameIn(list: readonly TradeItem[], trade: string, defaultName: (trade: DefaultTrade) => string): string {
  const item = list.find((candidate) => candidate.id === trade);
  if (item?.name) return item.name;
  return isDefaultTrade(trade) ? defaultName(trade) : trade;
}

/**
 * The id of the listed trade a written trade names, compared ignoring case, diacritics and spacing:
 * an item's id or given name, or a default trade's words and aliases (`names`, one record per
 * language). Null when it names none: then it is kept as written and joins the list.
 */
export function findTrade(list: readonly TradeItem[], written: string, names: readonly Record<DefaultTrade, string>[] = []): string | null {
  const key = foldKey(written);
  if (!key) return null;
  const exact = list.find((item) => item.id === written);
  if (exact) return exact.id;
  const listed = list.find((item) => foldKey(item.id) === key || (item.name !== null && foldKey(item.name) === key));
  if (listed) return listed.id;
  return matchTrade(written, names);
}

/** The list with every trade of `trades` it lacks appended (ids as written, first spelling kept). */
export function withTrades(list: readonly TradeItem[], trades: Iterable<string | null>): readonly TradeItem[] {
  const next = [...list];
  for (const trade of trades) {
    if (!trade || !trade.trim()) continue;
    if (next.some((item) => item.id === trade) || findTrade(next, trade) !== null) continue;
    next.push({ id: trade, name: null });
  }
  return next.length === list.length ? list : next;
}

/** What the trade filter and the form offer: the list's ids in its order, then any trade entries use that it lacks. */
export function tradeIds(list: readonly TradeItem[], entryTrades: Iterable<string | null>): string[] {
  const ids = list.map((item) => item.id);
  const known = new Set(ids);
  const extra = new Set<string>();
  for (const trade of entryTrades) if (trade && !known.has(trade)) extra.add(trade);
  return [...ids, ...[...extra].sort((a, b) => a.localeCompare(b, 'vi'))];
}

export type TradeListError = 'empty' | 'too-long' | 'duplicate' | 'in-use' | 'unknown';
export type TradeListResult = { readonly ok: true; readonly list: readonly TradeItem[] } | { readonly ok: false; readonly error: TradeListError };

/** Checks a new name against the others' names (`nameOf` gives an item's shown words). */
function nameProblem(list: readonly TradeItem[], name: string, except: string | null, nameOf: (item: TradeItem) => string[]): TradeListError | null {
  if (!name) return 'empty';
  if (name.length > TRADE_NAME_MAX_LENGTH) return 'too-long';
  const key = foldKey(name);
  const clash = list.some((item) => item.id !== except && [item.id, ...nameOf(item)].some((words) => foldKey(words) === key));
  return clash ? 'duplicate' : null;
}

/** `names`: the default trades' words in each language, so "Mộc" cannot be added twice. */
const wordsOf = (names: readonly Record<DefaultTrade, string>[]) => (item: TradeItem): string[] =>
  [...(item.name ? [item.name] : []), ...(isDefaultTrade(item.id) ? names.map((words) => words[item.id as DefaultTrade]) : [])];

export function addTrade(list: readonly TradeItem[], written: string, names: readonly Record<DefaultTrade, string>[] = []): TradeListResult {
  const name = written.trim().replace(/\s+/g, ' ');
  const problem = nameProblem(list, name, null, wordsOf(names));
  return problem ? { ok: false, error: problem } : { ok: true, list: [...list, { id: name, name: null }] };
}

/** Renames a trade; entries keep its id. A name equal to the id (or empty for a default) goes back to no given name. */
export function renameTrade(list: readonly TradeItem[], id: string, written: string, names: readonly Record<DefaultTrade, string>[] = []): TradeListResult {
  if (!list.some((item) => item.id === id)) return { ok: false, error: 'unknown' };
  const name = written.trim().replace(/\s+/g, ' ');
  const problem = nameProblem(list, name, id, wordsOf(names));
  if (problem) return { ok: false, error: problem };
  return { ok: true, list: list.map((item) => (item.id === id ? { id, name: name === id ? null : name } : item)) };
}

/** Removes a trade no entry uses (`inUse`: the trades entries hold). */
export function removeTrade(list: readonly TradeItem[], id: string, inUse: ReadonlySet<string | null>): TradeListResult {
  if (!list.some((item) => item.id === id)) return { ok: false, error: 'unknown' };
  if (inUse.has(id)) return { ok: false, error: 'in-use' };
  return { ok: true, list: list.filter((item) => item.id !== id) };
}

/** Moves a trade one place up (-1) or down (+1); at an end the list is unchanged. */
export function moveTrade(list: readonly TradeItem[], id: string, by: -1 | 1): TradeListResult {
  const index = list.findIndex((item) => item.id === id);
  if (index < 0) return { ok: false, error: 'unknown' };
  const target = index + by;
  if (target < 0 || target >= list.length) return { ok: true, list };
  const next = [...list];
  [next[index], next[target]] = [next[target], next[index]];
  return { ok: true, list: next };
}
