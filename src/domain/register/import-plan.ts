/**
 * What an import will write, once the user has said for each flagged duplicate whether to merge it into
 * the entry it repeats or skip it: new entries, and register entries updated by a merge. A merge takes
 * the imported row's filled fields over the entry's but its name and kind (an empty cell never erases
 * what is stored); a row
 * that repeats an earlier row of the same file merges into that row. Pure.
 */
import { findDuplicates, type DuplicateOf } from './duplicates';
import type { EntryFields, RegisterEntry } from './entry';

export type DuplicateDecision = 'merge' | 'skip';

export interface IncomingEntry {
  readonly row: number;
  readonly fields: EntryFields;
}

export interface ImportPlan {
  /** New entries, with the row each comes from. */
  readonly create: readonly IncomingEntry[];
  /** Register entries as a merge leaves them. */
  readonly update: readonly RegisterEntry[];
  readonly skipped: number;
  readonly merged: number;
}

/** Fields of `over` that hold a value, laid over `base`. */
export function mergeFields<T extends EntryFields>(base: T, over: EntryFields): T {
  const merged = { ...base };
  for (const [key, value] of Object.entries(over) as [keyof EntryFields, unknown][]) {
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (key === 'needsLoan' && value === false) continue;
    // The name it is known by stays (the duplicate may write it without marks), and so does its kind.
    if (key === 'name' || key === 'kind') continue;
    (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

export function duplicatesOf(incoming: readonly IncomingEntry[], register: readonly RegisterEntry[]): (DuplicateOf | null)[] {
  return findDuplicates(incoming.map((entry) => entry.fields), register);
}

/**
 * The plan for the decisions given (by incoming index; a flagged row without a decision is skipped).
 * `duplicates`: `duplicatesOf(incoming, register)` when the caller has it already (a screen that shows
 * them re-plans on every decision), so 10,000 rows are not keyed again.
 */
export function planImport(
  incoming: readonly IncomingEntry[],
  register: readonly RegisterEntry[],
  decisions: ReadonlyMap<number, DuplicateDecision>,
  duplicates: readonly (DuplicateOf | null)[] = duplicatesOf(incoming, register),
): ImportPlan {
  const byId = new Map(register.map((entry) => [entry.id, entry]));
  const updated = new Map<string, RegisterEntry>();
  const created: (IncomingEntry | null)[] = [];
  const createdIndexOf = new Map<number, number>();
  let skipped = 0;
  let merged = 0;
  incoming.forEach((entry, index) => {
    const duplicate = duplicates[index];
    if (!duplicate) {
      createdIndexOf.set(index, created.length);
      created.push(entry);
      return;
    }
    if ((decisions.get(index) ?? 'skip') === 'skip') { skipped++; return; }
    merged++;
    if (duplicate.kind === 'register') {
      const base = updated.get(duplicate.entryId) ?? byId.get(duplicate.entryId);
      if (base) updated.set(duplicate.entryId, mergeFields(base, entry.fields));
      return;
    }
    const target = createdIndexOf.get(duplicate.index);
    if (target === undefined) {
      // The earlier row was itself a duplicate of the register: merge there too.
      const earlier = duplicates[duplicate.index];
      if (earlier?.kind === 'register' && decisions.get(duplicate.index) === 'merge') {
        const base = updated.get(earlier.entryId) ?? byId.get(earlier.entryId);
        if (base) updated.set(earlier.entryId, mergeFields(base, entry.fields));
      } else { skipped++; merged--; }
      return;
    }
    const first = created[target];
    if (first) created[target] = { row: first.row, fields: mergeFields(first.fields, entry.fields) };
  });
  return { create: created.filter((entry): entry is IncomingEntry => entry !== null), update: [...updated.values()], skipped, merged };
}
