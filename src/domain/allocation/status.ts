/**
 * Where an allocation stands and where it may go: đề xuất (offered) → đồng ý (accepted) → đã nộp tiền
 * (paid) → đang xây dựng (building) → đang hoạt động (operating), or withdrawn (rút) from any live step.
 * Pure: the storage commands (src/db/allocations.ts) and the screens ask these questions.
 */
/** As stored in `AllocationRow.status` (src/db/register-rows.ts, which the core may not import). */
export type AllocationStatus = 'offered' | 'accepted' | 'paid' | 'building' | 'operating' | 'withdrawn';

/** The live steps in order; `withdrawn` ends an allocation. */
export const STATUS_ORDER: readonly Exclude<AllocationStatus, 'withdrawn'>[] = ['offered', 'accepted', 'paid', 'building', 'operating'];

/** Every status, for legends and filters. */
export const ALLOCATION_STATUSES: readonly AllocationStatus[] = [...STATUS_ORDER, 'withdrawn'];

/** A plot's status on the map: no live allocation is `free`. */
export type PlotStatus = 'free' | Exclude<AllocationStatus, 'withdrawn'>;
export const PLOT_STATUSES: readonly PlotStatus[] = ['free', ...STATUS_ORDER];

/** True for statuses that hold the plot (everything but withdrawn). */
export const isLive = (status: AllocationStatus): boolean => status !== 'withdrawn';

/** Accepted, paid, building or operating: the entry holds this plot (at most one such per entry). */
export const isAcceptedOrLater = (status: AllocationStatus): boolean => isLive(status) && status !== 'offered';

/** The statuses an allocation may move to from `status` (one step forward, or withdrawn). */
export function nextStatuses(status: AllocationStatus): AllocationStatus[] {
  if (status === 'withdrawn') return [];
  const index = STATUS_ORDER.indexOf(status);
  const forward = STATUS_ORDER[index + 1];
  return forward ? [forward, 'withdrawn'] : ['withdrawn'];
}

/** True when `from → to` is a step the workflow allows. */
export const canMove = (from: AllocationStatus, to: AllocationStatus): boolean => nextStatuses(from).includes(to);

/** What an entry's row in the register says: its furthest live allocation, or none. */
export type EntryStatus = 'unallocated' | Exclude<AllocationStatus, 'withdrawn'>;
export const ENTRY_STATUSES: readonly EntryStatus[] = ['unallocated', ...STATUS_ORDER];

/**
 * The status of a register entry from its allocations (any order, withdrawn ones included): the
 * furthest live step among them, or `unallocated` when none is live. For the register's list and filter.
 */
export function entryStatusOf(allocations: readonly { readonly status: AllocationStatus; readonly deleted?: boolean }[]): EntryStatus {
  let best = -1;
  for (const allocation of allocations) {
    if (allocation.deleted || !isLive(allocation.status)) continue;
    best = Math.max(best, STATUS_ORDER.indexOf(allocation.status as PlotStatus & AllocationStatus));
  }
  return best < 0 ? 'unallocated' : STATUS_ORDER[best];
}

/** A plot's status from the allocations that name it (its live one, if any). */
export function plotStatusOf(allocations: readonly { readonly status: AllocationStatus; readonly deleted?: boolean }[]): PlotStatus {
  const status = entryStatusOf(allocations);
  return status === 'unallocated' ? 'free' : status;
}
