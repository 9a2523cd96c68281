/**
 * Which household a plot is allocated or offered to, from allocation and register rows as stored
 * (schema v6, src/db/register-rows.ts) or as a backup file carries them. Structural types: the domain
 * does not import the storage layer. Pure.
 */

export type PlotAllocationStatus = 'offered' | 'accepted' | 'paid' | 'building' | 'operating' | 'withdrawn';

export interface AllocationLike {
  readonly id: string;
  readonly entryId: string;
  readonly variantId: string;
  readonly plotCodes: readonly string[];
  readonly status: PlotAllocationStatus;
  readonly priceVndPerM2?: number | null;
  readonly createdAt?: string;
  readonly deleted?: boolean;
}

export interface EntryLike {
  readonly id: string;
  readonly name: string;
  readonly trade?: string | null;
  readonly wishes?: readonly string[];
  readonly deleted?: boolean;
}

/** Later stages win when a plot carries several live allocations (an offer beside an acceptance). */
const STAGE: Record<PlotAllocationStatus, number> = { withdrawn: -1, offered: 0, accepted: 1, paid: 2, building: 3, operating: 4 };

export interface PlotHolder {
  readonly allocation: AllocationLike;
  /** The entry, or null when the allocation names an entry that is not there. */
  readonly entry: EntryLike | null;
}

/** The live allocation of plot `code` in variant `variantId` (withdrawn and deleted ones are not), or null. */
export function plotHolder(
  allocations: readonly AllocationLike[],
  entries: readonly EntryLike[],
  variantId: string,
  code: string,
): PlotHolder | null {
  let best: AllocationLike | null = null;
  for (const allocation of allocations) {
    if (allocation.deleted || allocation.status === 'withdrawn' || allocation.variantId !== variantId) continue;
    if (!allocation.plotCodes.includes(code)) continue;
    if (!best || STAGE[allocation.status] > STAGE[best.status]) best = allocation;
  }
  if (!best) return null;
  const entry = entries.find((e) => e.id === best.entryId && !e.deleted) ?? null;
  return { allocation: best, entry };
}

/** The name a plot sheet prints for a holder, and whether the plot is only offered; null without an entry. */
export function holderOnSheet(holder: PlotHolder | null | undefined): { name: string; offered: boolean } | null {
  if (!holder?.entry) return null;
  return { name: holder.entry.name, offered: holder.allocation.status === 'offered' };
}

/**
 * The plots to show one entry, in order: the plots of its live allocations (latest stage first), then
 * its wishes (nguyện vọng) in its order of preference, each code once.
 */
export function candidatePlotCodes(
  allocations: readonly AllocationLike[],
  entry: EntryLike,
  variantId: string,
): string[] {
  const own = allocations
    .filter((a) => !a.deleted && a.status !== 'withdrawn' && a.entryId === entry.id && a.variantId === variantId)
    .sort((a, b) => STAGE[b.status] - STAGE[a.status]);
  const codes = [...own.flatMap((a) => a.plotCodes), ...(entry.wishes ?? [])];
  return [...new Set(codes)];
}
