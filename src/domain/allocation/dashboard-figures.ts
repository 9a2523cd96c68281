/**
 * The dashboard's figures, from the register, the allocations, their payments and the plots: entries by
 * status and by trade, plots allocated per year against the plan's timeline, expected revenue from plot
 * sales, and the preferential loans requested. Pure: plain rows in, numbers out.
 */
import { allocationPrice, type AllocationTerms } from './terms';
import { entryStatusOf, isAcceptedOrLater, isLive, type AllocationStatus, type EntryStatus } from './status';
import type { PlotFacts } from './plot-facts';

export interface DashboardEntry {
  readonly id: string;
  readonly trade: string | null;
  readonly needsLoan: boolean;
  readonly loanMillionVnd: number | null;
}
export interface DashboardAllocation {
  readonly id: string;
  readonly entryId: string;
  readonly plotCodes: readonly string[];
  readonly status: AllocationStatus;
  readonly priceVndPerM2: number | null;
  readonly createdAt: string;
}

export interface RevenueFigures {
  /** Every plot of the plan sold at the current terms (corner factor included). */
  readonly allPlotsVnd: number;
  /** Accepted-or-later allocations at their price. */
  readonly committedVnd: number;
  /** Paid so far. */
  readonly paidVnd: number;
}

export function entriesByStatus(entries: readonly DashboardEntry[], allocations: readonly DashboardAllocation[]): Map<EntryStatus, number> {
  const byEntry = new Map<string, DashboardAllocation[]>();
  for (const a of allocations) byEntry.set(a.entryId, [...(byEntry.get(a.entryId) ?? []), a]);
  const counts = new Map<EntryStatus, number>();
  for (const e of entries) {
    const status = entryStatusOf(byEntry.get(e.id) ?? []);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return counts;
}

export function entriesByTrade(entries: readonly DashboardEntry[]): [trade: string | null, count: number][] {
  const counts = new Map<string | null, number>();
  for (const e of entries) counts.set(e.trade, (counts.get(e.trade) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
}

/**
 * Plots allocated per year: `offered` counts plots of live allocations by the year they were offered;
 * `held` the plots of accepted-or-later ones by the year they were accepted (`acceptedAt` by allocation
 * id, from the audit trail), or offered when not known.
 */
export function plotsPerYear(allocations: readonly DashboardAllocation[], acceptedAt: ReadonlyMap<string, string>, years: readonly number[]):
  { year: number; offered: number; held: number }[] {
  const rows = years.map((year) => ({ year, offered: 0, held: 0 }));
  const rowOf = (iso: string) => rows.find((r) => r.year === new Date(iso).getFullYear());
  for (const a of allocations) {
    if (!isLive(a.status)) continue;
    const offered = rowOf(a.createdAt);
    if (offered) offered.offered += a.plotCodes.length;
    if (isAcceptedOrLater(a.status)) {
      const held = rowOf(acceptedAt.get(a.id) ?? a.createdAt);
      if (held) held.held += a.plotCodes.length;
    }
  }
  return rows;
}

export function revenueFigures(plots: readonly PlotFacts[], allocations: readonly DashboardAllocation[], paidByAllocation: ReadonlyMap<string, number>, terms: AllocationTerms): RevenueFigures {
  const facts = new Map(plots.map((p) => [p.code, p]));
  const allPlotsVnd = plots.reduce((sum, p) => sum + allocationPrice(p.areaM2, p.corner, terms).dueVnd, 0);
  let committedVnd = 0;
  let paidVnd = 0;
  for (const a of allocations) {
    paidVnd += paidByAllocation.get(a.id) ?? 0;
    if (!isAcceptedOrLater(a.status)) continue;
    const held = a.plotCodes.map((c) => facts.get(c));
    const area = held.reduce((s, f) => s + (f?.areaM2 ?? 0), 0);
    committedVnd += allocationPrice(area, held.some((f) => f?.corner), terms, a.priceVndPerM2).dueVnd;
  }
  return { allPlotsVnd, committedVnd, paidVnd };
}

export function loansRequested(entries: readonly DashboardEntry[]): { count: number; totalMillionVnd: number } {
  const asking = entries.filter((e) => e.needsLoan);
  return { count: asking.length, totalMillionVnd: asking.reduce((sum, e) => sum + (e.loanMillionVnd ?? 0), 0) };
}
