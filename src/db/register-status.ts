/**
 * Where each register entry stands, from the allocations: the status of its latest allocation that was
 * not withdrawn, or `registered` when it has none. One function, so that the allocation part can replace
 * it (instalments, several plots) without the register list changing.
 */
import type { EntryStatus } from '../domain/register/list-query';
import type { PhanloDatabase } from './database';
import type { AllocationRow } from './register-rows';

export function statusesOfAllocations(allocations: readonly AllocationRow[]): Map<string, EntryStatus> {
  const latest = new Map<string, AllocationRow>();
  for (const allocation of allocations) {
    if (allocation.deleted || allocation.status === 'withdrawn') continue;
    const held = latest.get(allocation.entryId);
    if (!held || allocation.createdAt > held.createdAt) latest.set(allocation.entryId, allocation);
  }
  return new Map([...latest].map(([entryId, allocation]) => [entryId, allocation.status as EntryStatus]));
}

/** Every entry's status (entries not in the map are `registered`). */
export async function readEntryStatuses(db: PhanloDatabase): Promise<Map<string, EntryStatus>> {
  return statusesOfAllocations(await db.allocations.toArray());
}
