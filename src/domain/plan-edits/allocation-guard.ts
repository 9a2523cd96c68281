/**
 * The allocation guard (issue 8, data safety): once plots of a variant are allocated, a regeneration or
 * a hand edit that would move or remove an allocated plot names the allocations it touches, so the
 * planner is asked before it applies. A withdrawn allocation holds no plot. A plot is "moved" when its
 * corners are not those it had (within 1 mm); a renamed plot whose allocations are rewritten with it
 * is not.
 */
import type { LayoutResult } from '../../geo/layout';
import type { PlanePolygon } from '../../geo/plane-measure';

/** What the guard reads of an allocation (src/db/register-rows.ts AllocationRow). */
export interface GuardedAllocation {
  readonly id: string;
  readonly entryId: string;
  readonly plotCodes: readonly string[];
  readonly status: string;
}

export interface AffectedAllocation {
  readonly allocationId: string;
  readonly entryId: string;
  /** The allocated codes that would move or go, in the allocation's order. */
  readonly codes: readonly string[];
}

/** Corners within this of each other are the same corner, m (the layout's 1 mm grid). */
const SAME_CORNER_M = 0.001;

function plotPolygons(layout: LayoutResult | null): Map<string, PlanePolygon> {
  return new Map((layout?.features ?? []).flatMap((f) =>
    (f.properties.kind === 'plot' && f.geometry.type === 'Polygon' ? [[f.properties.code, f.geometry.coordinates] as const] : [])));
}

function samePolygon(a: PlanePolygon, b: PlanePolygon): boolean {
  if (a.length !== b.length) return false;
  return a.every((ring, r) => {
    const other = b[r];
    const open = (q: typeof ring) => (q.length > 1 && q[0][0] === q[q.length - 1][0] && q[0][1] === q[q.length - 1][1] ? q.slice(0, -1) : q);
    const x = open(ring), y = open(other);
    if (x.length !== y.length) return false;
    // The same corners, whichever corner the ring starts at.
    const start = y.findIndex((q) => Math.hypot(q[0] - x[0][0], q[1] - x[0][1]) <= SAME_CORNER_M);
    return start >= 0 && x.every((q, i) => {
      const p = y[(start + i) % y.length];
      return Math.hypot(q[0] - p[0], q[1] - p[1]) <= SAME_CORNER_M;
    });
  });
}

/**
 * The allocations (not withdrawn) whose plots the change from `before` to `after` would move or remove.
 * @param renamed codes renamed by the change, old → new (their allocations follow them)
 */
export function affectedAllocations(
  before: LayoutResult | null, after: LayoutResult, allocations: readonly GuardedAllocation[], renamed: Readonly<Record<string, string>> = {},
): AffectedAllocation[] {
  const held = allocations.filter((a) => a.status !== 'withdrawn' && a.plotCodes.length);
  if (!held.length) return [];
  const old = plotPolygons(before), now = plotPolygons(after);
  return held.flatMap((a) => {
    const codes = a.plotCodes.filter((code) => {
      const was = old.get(code);
      const is = now.get(renamed[code] ?? code);
      // A code the layout shown never had (an allocation of another layout) is not this change's doing.
      if (!was) return !is;
      return !is || !samePolygon(was, is);
    });
    return codes.length ? [{ allocationId: a.id, entryId: a.entryId, codes }] : [];
  });
}
