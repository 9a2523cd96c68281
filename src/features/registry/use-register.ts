/**
 * The register as the screen reads it: live entries (restored, oldest first) and each entry's status,
 * both from IndexedDB through useLiveQuery, so an import, an undo or another tab's write shows at once.
 */
import { useMemo } from 'react';
import { database } from '../../db/database';
import { useLiveQuery } from '../../db/live-query';
import { restoreEntry } from '../../db/register';
import { statusesOfAllocations } from '../../db/register-status';
import type { RegisterEntryRow } from '../../db/register-rows';
import type { EntryStatus, RegisterEntry } from '../../domain/register';

/** Restored entries by stored row object: a requery that returns the same rows keeps the same entries. */
const restored = new WeakMap<RegisterEntryRow, RegisterEntry>();

export interface RegisterData {
  readonly entries: readonly RegisterEntry[] | undefined;
  readonly statusOf: (entryId: string) => EntryStatus;
}

export function useRegister(): RegisterData {
  const rows = useLiveQuery(() => database().registerEntries.toArray(), []);
  const allocations = useLiveQuery(() => database().allocations.toArray(), []);
  const entries = useMemo(() => rows?.filter((row) => !row.deleted).map((row) => {
    let entry = restored.get(row);
    if (!entry) { entry = restoreEntry(row); restored.set(row, entry); }
    return entry;
  }).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)), [rows]);
  const statusOf = useMemo(() => {
    const statuses = statusesOfAllocations(allocations ?? []);
    return (entryId: string): EntryStatus => statuses.get(entryId) ?? 'registered';
  }, [allocations]);
  return { entries, statusOf };
}
