/**
 * The allocation rules as pure checks over rows read inside the write's own transaction
 * (src/db/allocations.ts runs them in transact's guard, so two tabs racing for one plot cannot both pass):
 * - a plot is offered to at most one entry at a time (one live allocation per plot);
 * - an entry may hold several offers but at most one accepted-or-later allocation; accepting one
 *   withdraws the entry's other offers;
 * - a group of plots held as one allocation is connected through shared boundaries (each plot shares at
 *   least 1 m of boundary with another of the group: src/domain/allocation/plot-facts.ts), judged on the
 *   neighbours of the variant's plots that the caller laid out; without them a group is refused;
 * - a status moves one step forward, or to withdrawn.
 */
import { plotsAreAdjacent, type PlotNeighbours } from './plot-facts';
import { canMove, isAcceptedOrLater, isLive, type AllocationStatus } from './status';

/** The fields of an allocation the rules read. */
export interface AllocationFacts {
  readonly id: string;
  readonly entryId: string;
  readonly plotCodes: readonly string[];
  readonly status: AllocationStatus;
  readonly version?: number;
  readonly deleted?: boolean;
}

/** Why a write is refused; the screen says it in words (messages `allocation.refused.<code>`). */
export type AllocationRefusal =
  | { readonly code: 'plot-taken'; readonly plotCode: string; readonly entryId: string; readonly status: AllocationStatus }
  | { readonly code: 'already-offered'; readonly plotCode: string }
  | { readonly code: 'entry-holds-plot'; readonly plotCodes: readonly string[] }
  | { readonly code: 'not-adjacent'; readonly plotCodes: readonly string[] }
  | { readonly code: 'no-plot' }
  | { readonly code: 'unknown-plot'; readonly plotCode: string }
  | { readonly code: 'bad-step'; readonly from: AllocationStatus; readonly to: AllocationStatus }
  | { readonly code: 'changed-meanwhile' }
  | { readonly code: 'missing' };

const live = (rows: readonly AllocationFacts[]) => rows.filter((row) => !row.deleted && isLive(row.status));

/**
 * May these plots be one allocation? Every code a plot of the variant (when its plots are known), and a
 * group (two plots or more) connected through shared boundaries. `plots`: the variant's plots by code with
 * their neighbours; absent, a single plot passes (the caller names a plot it showed) and a group is refused,
 * since nothing can show it is adjacent.
 */
export function checkPlotGroup(plotCodes: readonly string[], plots: PlotNeighbours | undefined): AllocationRefusal | null {
  if (plotCodes.length === 0) return { code: 'no-plot' };
  if (new Set(plotCodes).size !== plotCodes.length) return { code: 'not-adjacent', plotCodes };
  if (plots) {
    const unknown = plotCodes.find((code) => !plots.has(code));
    if (unknown !== undefined) return { code: 'unknown-plot', plotCode: unknown };
  }
  if (plotCodes.length > 1 && (!plots || !plotsAreAdjacent(plotCodes, plots))) return { code: 'not-adjacent', plotCodes };
  return null;
}

/**
 * May `entryId` be offered `plotCodes` (one plot, or a group of adjacent plots)? `plotAllocations`: every
 * allocation that names one of the plots; `entryAllocations`: the entry's own; `plots`: the variant's
 * plots with their neighbours (checkPlotGroup).
 */
export function checkOffer(
  entryId: string,
  plotCodes: readonly string[],
  plotAllocations: readonly AllocationFacts[],
  entryAllocations: readonly AllocationFacts[],
  plots?: PlotNeighbours,
): AllocationRefusal | null {
  const group = checkPlotGroup(plotCodes, plots);
  if (group) return group;
  for (const row of live(plotAllocations)) {
    const plotCode = row.plotCodes.find((code) => plotCodes.includes(code));
    if (plotCode === undefined) continue;
    if (row.entryId === entryId) return { code: 'already-offered', plotCode };
    return { code: 'plot-taken', plotCode, entryId: row.entryId, status: row.status };
  }
  const held = live(entryAllocations).find((row) => isAcceptedOrLater(row.status));
  if (held) return { code: 'entry-holds-plot', plotCodes: held.plotCodes };
  return null;
}

/**
 * May `allocation` (as read now) move to `to`? `expectedVersion` is the version the user saw: another tab
 * that changed it meanwhile makes this a refusal, not a silent overwrite. For `accepted`, the entry's other
 * live allocations must hold no accepted-or-later plot; the offers to withdraw come back.
 */
export function checkMove(
  allocation: AllocationFacts | undefined,
  to: AllocationStatus,
  expectedVersion: number | undefined,
  entryAllocations: readonly AllocationFacts[],
): { readonly ok: true; readonly withdraw: readonly AllocationFacts[] } | { readonly ok: false; readonly refusal: AllocationRefusal } {
  if (!allocation || allocation.deleted) return { ok: false, refusal: { code: 'missing' } };
  if (expectedVersion !== undefined && allocation.version !== expectedVersion) return { ok: false, refusal: { code: 'changed-meanwhile' } };
  if (!canMove(allocation.status, to)) return { ok: false, refusal: { code: 'bad-step', from: allocation.status, to } };
  if (to !== 'accepted') return { ok: true, withdraw: [] };
  const others = live(entryAllocations).filter((row) => row.id !== allocation.id);
  const held = others.find((row) => isAcceptedOrLater(row.status));
  if (held) return { ok: false, refusal: { code: 'entry-holds-plot', plotCodes: held.plotCodes } };
  return { ok: true, withdraw: others };
}
