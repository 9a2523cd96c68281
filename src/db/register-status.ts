/**
 * Where each register entry stands, from the allocations: the furthest live step among them
 * (`entryStatusOf`, src/domain/allocation/status.ts), or `registered` when none is live.
 */
import { entryStatusOf } from '../domain/allocation/status';
import type { EntryStatus } from '../domain/register/list-query';
import type { PhanloDatabase } from './database';
import type { AllocationRow } from './register-rows';

export function statusesOfAllocations(allocations: readonly AllocationRow[]): Map<string, EntryStatus> {
  const byEntry = new Map<string, AllocationRow[]>();
  for (const allocation of allocations) byEntry.set(allocation.entryId, [...(byEntry.get(allocation.entryId) ?? []), allocation]);
  const statuses = new Map<string, EntryStatus>();
  // The allocation part's rule (its furthest live step), so the list and the allocation panel agree.
  for (const [entryId, held] of byEntry) {
    const status = entryStatusOf(held);
    if (status !== 'unallocated') statuses.set(entryId, status);
  }
  return statuses;
}

/** Every entry's status (entries not in the map are `registered`). */
export async function readEntryStatuses(db: PhanloDatabase): Promise<Map<string, EntryStatus>> {
  return statusesOfAllocations(await db.allocations.toArray());
}
