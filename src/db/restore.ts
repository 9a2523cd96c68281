/**
 * The restore step: every record read back from IndexedDB passes through here (or through its two
 * lazily loaded parts, restore-recovery.ts for rates and extras and restore-field-mapping.ts for
 * remembered mappings, which keep full zod and the importers off the first load; settings through
 * `readSetting`; a stored parcel layer through the importer's own reader, `restoreStoredLayer` in
 * parcel-layers.ts). A record written by an older version is migrated; a record that is damaged is
 * reported and replaced by the default, so the app keeps working: a screen never crashes on stored data.
 * Excalidraw's `restore` is the model.
 */
import type { RecordEnvelope } from './database';

/** What was wrong with one stored record. The app used the default (or left the record out). */
export interface RestoreIssue {
  /** The table, and the record's key in it. */
  readonly table: string;
  readonly key: string;
  /** 'invalid': damaged or hand-edited; 'newer': written by a newer version of phanlo. */
  readonly code: 'invalid' | 'newer';
  /** The fields that were replaced by defaults, dotted ("landPriceVndPerM2.LUC"); empty: the whole record. */
  readonly fields: readonly string[];
}

/** A restored value and what was wrong on the way. */
export interface Restored<T> {
  readonly value: T;
  readonly issues: readonly RestoreIssue[];
}

type Listener = (issue: RestoreIssue) => void;
const listeners = new Set<Listener>();
const reported = new Set<string>();

/**
 * Tells the listeners (the notice bar, through src/state/stored-data-problems.ts) about each problem,
 * once per session: a screen reads the same stored record on every render.
 */
export function reportRestoreIssues(issues: readonly RestoreIssue[]): void {
  for (const issue of issues) {
    const signature = JSON.stringify(issue);
    if (reported.has(signature)) continue;
    reported.add(signature);
    console.warn('phanlo: stored data could not be used as it was', issue);
    for (const listener of listeners) listener(issue);
  }
}

/** Listens for restore problems; returns the unsubscribe function. */
export function onRestoreIssue(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets what was reported (tests). */
export function resetRestoreReports(): void {
  reported.clear();
}

/** A row as the app may use it: null when absent or a tombstone (removed, kept for sync). */
export function liveRow<Row extends RecordEnvelope>(row: Row | undefined | null): Row | null {
  return row && !row.deleted ? row : null;
}

/** Restores and reports in one go: what loaders call. */
export function restored<T>(result: Restored<T>): T {
  reportRestoreIssues(result.issues);
  return result.value;
}
