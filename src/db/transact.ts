/**
 * The one write path for edits: `transact(db, change, { label })` applies a change record in ONE
 * IndexedDB transaction, reads what it replaces in that same transaction, and stores the inverse in the
 * persisted `history` table, so undo and redo survive a reload. Every row written gets its envelope
 * (version + 1, updatedAt); a delete leaves a tombstone. Failures never throw: they come back as a
 * typed `WriteFailure` the screen turns into words (src/state/commit.ts).
 *
 * Two additions for the allocation (where two tabs may race for one plot):
 * - a `guard` runs INSIDE the transaction, reads the rows as they are now and either refuses (the write
 *   is rolled back and comes back as a `refused` failure carrying the reason) or says the change to make,
 *   computed from what it read. IndexedDB runs read-write transactions over the same tables one after the
 *   other, also across tabs, so the second of two racing writes sees the first one's rows.
 * - `audit` lines (src/db/audit.ts) are appended to `auditTrail` in the same transaction. They are never
 *   part of an inverse: an undo or redo of a change that wrote audit lines appends new lines saying so.
 * Every write that puts allocations is checked against the allocation rules after it is applied
 * (src/db/allocation-invariants.ts), undo and redo included.
 */
import type { Table } from 'dexie';
import { allocationInvariantBroken } from './allocation-invariants';
import { currentAuditor, type AuditLine } from './audit';
import { CHANGE_TABLES, tablesOf, type Change, type ChangeLabel, type ChangeTable, type Edit, type HistoryEntryRow } from './change';
import type { PhanloDatabase, RecordEnvelope } from './database';
import type { AuditRow } from './register-rows';
import { WriteRefusedError, writeFailureOf, type WriteFailure } from './write-failure';

/** How many applied changes are kept for undo; older ones are dropped (a layer can be megabytes). */
export const HISTORY_LIMIT = 50;

export type TransactResult =
  | { readonly ok: true; readonly entryId: string | null; readonly inverse: Change }
  | { readonly ok: false; readonly failure: WriteFailure };

export type HistoryStepResult =
  | { readonly ok: true; readonly label: ChangeLabel }
  /** Nothing to undo or redo, or the entry asked for is no longer the latest (a newer change came after). */
  | { readonly ok: false; readonly reason: 'nothing' | 'not-latest' }
  | { readonly ok: false; readonly reason: 'failed'; readonly failure: WriteFailure };

/** What a guard decides, having read the rows inside the transaction. */
export type GuardVerdict =
  | { readonly refuse: unknown }
  /** Apply `change` (in place of the one given to transact, when present) and append `audit`. */
  | { readonly change?: Change; readonly audit?: readonly AuditLine[] };

export interface TransactOptions {
  readonly label: ChangeLabel;
  /**
   * Runs inside the transaction before anything is written; reads through `db` (bound to the
   * transaction). Must await only IndexedDB reads, or the transaction ends under it.
   */
  readonly guard?: () => Promise<GuardVerdict>;
  /** Tables the guard reads or its change writes, beyond the given change's own. */
  readonly scope?: readonly ChangeTable[];
  /** Audit lines to append with the change (the guard's are added after these). */
  readonly audit?: readonly AuditLine[];
  /** False for writes that are not edits to regret (remembering a setting the user just chose). */
  readonly history?: boolean;
  /** The clock, for tests. */
  readonly now?: () => Date;
}

type AnyRow = Record<string, unknown> & RecordEnvelope;
type Key = string | number | (string | number)[];

const ENVELOPE_KEYS = ['version', 'updatedAt', 'deleted'] as const;

function withoutEnvelope(row: AnyRow): Record<string, unknown> {
  const payload: Record<string, unknown> = { ...row };
  for (const key of ENVELOPE_KEYS) delete payload[key];
  return payload;
}


/** Below this many writes, reading each key is the cheapest way to learn what a change replaces. */
const KEY_SCAN_MIN_WRITES = 200;

/**
 * The rows a change replaces, by key (undefined where none). A large change into a table not much larger
 * than it (an import of 10,000 new entries) reads the table's keys once and fetches only the rows that
 * are there: 10,000 gets of keys that are not there cost more than the import's own writes.
 */
async function readCurrent(store: Table<AnyRow, Key>, keys: Key[], keyTexts: string[]): Promise<(AnyRow | undefined)[]> {
  if (keys.length < KEY_SCAN_MIN_WRITES || (await store.count()) > keys.length * 4) return store.bulkGet(keys);
  const stored = new Set((await store.toCollection().primaryKeys()).map((key) => JSON.stringify(key)));
  const present = keys.filter((_, i) => stored.has(keyTexts[i]));
  const rows = present.length ? await store.bulkGet(present) : [];
  const byKey = new Map(present.map((key, i) => [JSON.stringify(key), rows[i]]));
  return keyTexts.map((text) => byKey.get(text));
}

/**
 * Applies a change inside the caller's transaction; returns its inverse (what puts back the rows it
 * replaced, and deletes the ones it created). Must run in a transaction over the change's tables.
 */
async function applyChange(db: PhanloDatabase, change: Change, updatedAt: string): Promise<Change> {
  const inversePuts: Partial<Record<ChangeTable, unknown[]>> = {};
  const inverseDeletes: Partial<Record<ChangeTable, Key[]>> = {};
  for (const table of tablesOf(change)) {
    const store = db.table<AnyRow, Key>(table);
    const keyPath = store.schema.primKey.keyPath as string | string[];
    const keyOf = (row: Record<string, unknown>): Key =>
      (Array.isArray(keyPath) ? keyPath.map((k) => row[k]) : row[keyPath]) as Key;
    const keyFields = (key: Key): Record<string, unknown> =>
      Array.isArray(keyPath) ? Object.fromEntries(keyPath.map((k, i) => [k, (key as Key[])[i]])) : { [keyPath]: key };
    const writes: [Key, Record<string, unknown> | null][] = [
      ...(change.puts?.[table] ?? []).map((row) => [keyOf(row as Record<string, unknown>), row as Record<string, unknown>] as [Key, Record<string, unknown>]),
      ...(change.deletes?.[table] ?? []).map((key) => [key as Key, null] as [Key, null]),
    ];
    // One pass with a set (not a pairwise check: an import of 10,000 rows made that 50 million compares).
    const keysSeen = new Set<string>();
    const keyTexts = writes.map(([key]) => {
      const text = JSON.stringify(key);
      if (keysSeen.has(text)) throw new Error(`change writes ${table} ${text} twice`);
      keysSeen.add(text);
      return text;
    });
    const current = await readCurrent(store, writes.map(([key]) => key), keyTexts);
    const rows: AnyRow[] = [];
    writes.forEach(([key, payload], i) => {
      const before = current[i];
      const live = before && !before.deleted ? before : undefined;
      if (!payload && !before) return; // deleting what was never there
      if (live) (inversePuts[table] ??= []).push(withoutEnvelope(live));
      else (inverseDeletes[table] ??= []).push(key);
      const version = (before?.version ?? 0) + 1;
      rows.push(payload ? { ...payload, version, updatedAt } : { ...keyFields(key), version, updatedAt, deleted: true });
    });
    if (rows.length) await store.bulkPut(rows);
  }
  return { puts: inversePuts, deletes: inverseDeletes } as Change;
}

/** A random id; randomUUID is missing outside secure contexts (the app opened over plain http on a LAN). */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b: number) => b.toString(16).padStart(2, '0')).join('');
}

const historyTablesOf = (db: PhanloDatabase) => [...CHANGE_TABLES.map((table) => db.table(table)), db.history, db.auditTrail];

/** Applies a change and, when it put allocations, refuses (throws) if it broke an allocation rule. */
async function applyChecked(db: PhanloDatabase, change: Change, at: string): Promise<Change> {
  const inverse = await applyChange(db, change, at);
  if (change.puts?.allocations?.length) {
    const broken = await allocationInvariantBroken(db, change);
    if (broken) throw new WriteRefusedError(broken);
  }
  return inverse;
}

/** Appends audit lines, stamped with the time and (when a line does not say) the device's profile. */
async function appendAudit(db: PhanloDatabase, lines: readonly AuditLine[], at: string): Promise<AuditRow[]> {
  if (lines.length === 0) return [];
  const by = lines.some((line) => !line.by) ? await currentAuditor(db) : null;
  const rows: AuditRow[] = lines.map((line) => ({
    at: line.at ?? at, by: line.by ?? by!, action: line.action, reason: line.reason ?? null, subjects: [...line.subjects],
  }));
  await db.auditTrail.bulkAdd(rows);
  return rows;
}

/** Audit lines saying that the lines of a history entry were undone or redone, by whoever is here now. */
async function appendStepAudit(db: PhanloDatabase, entry: HistoryEntryRow, step: 'undone' | 'redone', at: string): Promise<void> {
  const lines = (entry.audit ?? []).map((line): AuditLine => ({
    action: { key: `audit.${step}`, params: { ...(line.action.params ?? {}), action: line.action.key } },
    reason: null,
    subjects: line.subjects,
  }));
  await appendAudit(db, lines, at);
}

/**
 * Applies `change` in one transaction and, unless `history: false`, records it for undo. With a
 * `guard`, the guard decides inside the transaction: a refusal writes nothing and comes back as
 * `{ ok: false, failure: { kind: 'refused', refusal } }`.
 */
export async function transact(db: PhanloDatabase, change: Change, options: TransactOptions): Promise<TransactResult> {
  const at = (options.now?.() ?? new Date()).toISOString();
  const recordHistory = options.history ?? true;
  const guarded = Boolean(options.guard);
  const auditing = guarded || (options.audit?.length ?? 0) > 0;
  const writeTables = new Set<ChangeTable>([...tablesOf(change), ...(options.scope ?? [])]);
  if (auditing) writeTables.add('settings'); // who: the profile, read with the write
  const tables = [
    ...[...writeTables].map((table) => db.table(table)),
    ...(recordHistory ? [db.history] : []),
    ...(auditing ? [db.auditTrail] : []),
  ];
  if (!guarded && tablesOf(change).length === 0) return { ok: true, entryId: null, inverse: {} };
  try {
    return await db.transaction('rw', tables, async () => {
      let applied = change;
      const audit: AuditLine[] = [...(options.audit ?? [])];
      if (options.guard) {
        const verdict = await options.guard();
        if ('refuse' in verdict) throw new WriteRefusedError(verdict.refuse);
        if (verdict.change) applied = verdict.change;
        audit.push(...(verdict.audit ?? []));
      }
      const inverse = await applyChecked(db, applied, at);
      const written = await appendAudit(db, audit, at);
      if (!recordHistory || tablesOf(applied).length === 0) return { ok: true as const, entryId: null, inverse };
      // A new change ends the redo branch: entries undone before it can no longer be redone.
      await db.history.where('undone').equals(1).delete();
      const id = newId();
      // The change itself is not stored: redo applies what the undo replaced (written by undo below), so
      // a done entry keeps only its inverse. An import of 10,000 entries is then stored once, not twice.
      const entry: HistoryEntryRow = { id, label: options.label, at, change: {}, inverse, undone: 0 };
      if (written.length) entry.audit = written.map(({ action, subjects }) => ({ action, subjects }));
      await db.history.add(entry);
      const surplus = (await db.history.count()) - HISTORY_LIMIT;
      if (surplus > 0) await db.history.orderBy('seq').limit(surplus).delete();
      return { ok: true as const, entryId: id, inverse };
    });
  } catch (error) {
    return { ok: false, failure: writeFailureOf(error) };
  }
}

/** Applies a command's edit, recorded for undo under its label. */
export const applyEdit = (db: PhanloDatabase, edit: Edit, options: Omit<TransactOptions, 'label'> = {}): Promise<TransactResult> =>
  transact(db, edit.change, { ...options, label: edit.label });

/** The entry undo would take back, and the one redo would apply again. */
async function latestDone(db: PhanloDatabase): Promise<HistoryEntryRow | undefined> {
  // Equal index keys are ordered by the primary key (seq): the last done one is the latest.
  return db.history.where('undone').equals(0).last();
}
async function firstUndone(db: PhanloDatabase): Promise<HistoryEntryRow | undefined> {
  return db.history.where('undone').equals(1).first();
}

/**
 * Undoes the latest change (or, given `entryId`, that change only if it is still the latest), in one
 * transaction. What the undo replaced becomes the entry's change, so redo gives it back exactly.
 */
export async function undo(db: PhanloDatabase, entryId?: string, now: () => Date = () => new Date()): Promise<HistoryStepResult> {
  try {
    return await db.transaction('rw', historyTablesOf(db), async () => {
      const entry = await latestDone(db);
      if (!entry) return { ok: false as const, reason: 'nothing' as const };
      if (entryId !== undefined && entry.id !== entryId) return { ok: false as const, reason: 'not-latest' as const };
      const at = now().toISOString();
      const redone = await applyChecked(db, entry.inverse, at);
      await appendStepAudit(db, entry, 'undone', at);
      await db.history.update(entry.seq!, { undone: 1, change: redone });
      return { ok: true as const, label: entry.label };
    });
  } catch (error) {
    return { ok: false, reason: 'failed', failure: writeFailureOf(error) };
  }
}

/** Applies again the earliest undone change, in one transaction. */
export async function redo(db: PhanloDatabase, now: () => Date = () => new Date()): Promise<HistoryStepResult> {
  try {
    return await db.transaction('rw', historyTablesOf(db), async () => {
      const entry = await firstUndone(db);
      if (!entry) return { ok: false as const, reason: 'nothing' as const };
      const at = now().toISOString();
      const inverse = await applyChecked(db, entry.change, at);
      await appendStepAudit(db, entry, 'redone', at);
      await db.history.update(entry.seq!, { undone: 0, inverse });
      return { ok: true as const, label: entry.label };
    });
  } catch (error) {
    return { ok: false, reason: 'failed', failure: writeFailureOf(error) };
  }
}

/** What undo and redo would do now, for buttons and their titles. */
export async function historyState(db: PhanloDatabase): Promise<{ undo: ChangeLabel | null; redo: ChangeLabel | null }> {
  const [done, undone] = await Promise.all([latestDone(db), firstUndone(db)]);
  return { undo: done?.label ?? null, redo: undone?.label ?? null };
}
