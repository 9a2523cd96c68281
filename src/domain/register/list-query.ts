/**
 * The register list's search, filters and order, as one pure function so that 10,000 entries update in
 * well under 50 ms (bench/registry.bench.ts): each entry's folded search text is computed once and kept
 * by the entry object, which IndexedDB reads give anew only when the entry changed.
 */
import type { RegisterEntry } from './entry';
import { foldText, phoneDigits } from './fold-text';

/** Where an entry stands: its latest non-withdrawn allocation's status, or `registered` when it has none. */
export type EntryStatus = 'registered' | 'offered' | 'accepted' | 'paid' | 'building' | 'operating';
export const ENTRY_STATUSES: readonly EntryStatus[] = ['registered', 'offered', 'accepted', 'paid', 'building', 'operating'];

export type SortKey = 'createdAt' | 'name' | 'trade' | 'areaNeededM2' | 'registeredOn' | 'status';

export interface ListQuery {
  /** Words to find in name, representative, phone, ID, address and notes; marks and case ignored. */
  readonly text: string;
  /** A trade (id or as written), or null for all. */
  readonly trade: string | null;
  readonly status: EntryStatus | null;
  readonly sort: SortKey;
  readonly descending: boolean;
}

export const DEFAULT_QUERY: ListQuery = { text: '', trade: null, status: null, sort: 'createdAt', descending: false };

const searchTexts = new WeakMap<RegisterEntry, string>();

function searchTextOf(entry: RegisterEntry): string {
  let text = searchTexts.get(entry);
  if (text === undefined) {
    // Words separated by single spaces and led by one, so that a search word can be matched at a word start.
    text = ` ${foldText([entry.name, entry.representative, entry.phone, phoneDigits(entry.phone), entry.idNumber, entry.address, entry.notes, entry.trade, ...entry.wishes]
      .filter(Boolean).join(' ').replace(/[^\p{L}\p{N}]+/gu, ' '))}`;
    searchTexts.set(entry, text);
  }
  return text;
}

const foldedNames = new WeakMap<RegisterEntry, string>();
function foldedNameOf(entry: RegisterEntry): string {
  let name = foldedNames.get(entry);
  if (name === undefined) { name = foldText(entry.name); foldedNames.set(entry, name); }
  return name;
}

const ORDER: Record<EntryStatus, number> = { registered: 0, offered: 1, accepted: 2, paid: 3, building: 4, operating: 5 };

/** The part of a query that orders the list: changes seldom, so the order is kept across keystrokes. */
export type ListOrder = Pick<ListQuery, 'sort' | 'descending'>;
/** The part that filters it: the search text and the two filters. */
export type ListFilter = Pick<ListQuery, 'text' | 'trade' | 'status'>;

/** Every entry in the asked order (nulls last in either direction; equal keys by creation). */
export function orderEntries(
  entries: readonly RegisterEntry[],
  statusOf: (entryId: string) => EntryStatus,
  order: ListOrder,
  tradeName: (trade: string) => string = (trade) => trade,
): RegisterEntry[] {
  const tradeKeys = new Map<string, string>();
  const tradeKey = (trade: string) => {
    let key = tradeKeys.get(trade);
    if (key === undefined) { key = foldText(tradeName(trade)); tradeKeys.set(trade, key); }
    return key;
  };
  const value = (entry: RegisterEntry): string | number | null => {
    switch (order.sort) {
      case 'name': return foldedNameOf(entry);
      case 'trade': return entry.trade === null ? null : tradeKey(entry.trade);
      case 'areaNeededM2': return entry.areaNeededM2;
      case 'registeredOn': return entry.registeredOn;
      case 'status': return ORDER[statusOf(entry.id)];
      default: return entry.createdAt;
    }
  };
  const keyed = entries.map((entry) => ({ entry, key: value(entry) }));
  const sign = order.descending ? -1 : 1;
  keyed.sort((a, b) => {
    if (a.key === b.key) return a.entry.createdAt < b.entry.createdAt ? -1 : a.entry.createdAt > b.entry.createdAt ? 1 : 0;
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    return (a.key < b.key ? -1 : 1) * sign;
  });
  return keyed.map((item) => item.entry);
}

/**
 * The entries that match, in the order given (an `orderEntries` result: filtering keeps it, so a
 * keystroke never sorts again). Each entry's folded search text is computed once per entry object.
 */
export function filterEntries(
  ordered: readonly RegisterEntry[],
  statusOf: (entryId: string) => EntryStatus,
  filter: ListFilter,
): RegisterEntry[] {
  // Letters match at the start of a word ("an" is not found in "van"); digits anywhere (a phone's end).
  const needles = foldText(filter.text.replace(/[^\p{L}\p{N}]+/gu, ' ')).split(' ').filter(Boolean)
    .map((word) => (/^\d+$/.test(word) ? word : ` ${word}`));
  if (needles.length === 0 && filter.trade === null && filter.status === null) return [...ordered];
  return ordered.filter((entry) => {
    if (filter.trade !== null && entry.trade !== filter.trade) return false;
    if (filter.status !== null && statusOf(entry.id) !== filter.status) return false;
    if (needles.length === 0) return true;
    const text = searchTextOf(entry);
    for (const needle of needles) if (!text.includes(needle)) return false;
    return true;
  });
}

/** The entries that match, in the asked order (nulls last in either direction). */
export function queryEntries(
  entries: readonly RegisterEntry[],
  statusOf: (entryId: string) => EntryStatus,
  query: ListQuery,
  tradeName: (trade: string) => string = (trade) => trade,
): RegisterEntry[] {
  return orderEntries(filterEntries(entries, statusOf, query), statusOf, query, tradeName);
}
