/**
 * Suggests a plot for every unallocated entry at once: an exact minimum-cost assignment (the Hungarian
 * method of the `munkres` package, rectangular matrices included) over the costs of suggestion-cost.ts.
 * Not a greedy loop: no entry's good plot is taken by an earlier entry at a greater total cost.
 *
 * Grouping of the same trade depends on where the others of that trade go, which one assignment cannot
 * express; so it is solved twice: first with the centres of plots each trade already holds, then with
 * the centres of the first answer's plots too. Each round is exact for its own costs.
 */
import { munkres } from 'munkres';
import type { PlotFacts } from './plot-facts';
import { placementCost, placementPoints, type PlacementCost, type SuggestionEntry, type TradeCentres } from './suggestion-cost';

export interface SuggestedPlacement {
  readonly entryId: string;
  readonly plotCode: string;
  readonly cost: PlacementCost;
}

export interface Suggestion {
  readonly placements: readonly SuggestedPlacement[];
  /** Entries left without a plot (more entries than free plots): a public draw decides. */
  readonly unplaced: readonly string[];
  readonly totalPoints: number;
}

/** The rows × columns (entries × plots) minimum-cost assignment: pairs [row, column]. */
export function solveAssignment(costs: readonly (ArrayLike<number>)[]): [number, number][] {
  if (costs.length === 0 || costs[0].length === 0) return [];
  return munkres(costs).map(([row, column]) => [row, column]);
}

function centresOf(groups: ReadonlyMap<string, (readonly [number, number])[]>): TradeCentres {
  const centres = new Map<string, readonly [number, number]>();
  for (const [trade, points] of groups) {
    if (points.length === 0) continue;
    centres.set(trade, [points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length]);
  }
  return centres;
}

function solveRound(entries: readonly SuggestionEntry[], plots: readonly PlotFacts[], centres: TradeCentres): Suggestion {
  // Typed rows of points only; the reasons are worked out for the pairs chosen.
  const costs = entries.map((entry) => Float64Array.from(plots, (plot) => placementPoints(entry, plot, centres)));
  const pairs = solveAssignment(costs);
  const placed = new Set<number>();
  const placements = pairs.map(([row, column]) => {
    placed.add(row);
    return { entryId: entries[row].id, plotCode: plots[column].code, cost: placementCost(entries[row], plots[column], centres) };
  });
  placements.sort((a, b) => a.plotCode.localeCompare(b.plotCode));
  return {
    placements,
    unplaced: entries.filter((_, i) => !placed.has(i)).map((entry) => entry.id),
    totalPoints: Math.round(placements.reduce((sum, p) => sum + p.cost.points, 0) * 10) / 10,
  };
}

/**
 * The suggestion for `entries` (those without a live allocation) over `freePlots`; `heldByTrade` gives
 * the plot centres each trade already holds (for grouping). `rounds: 1` skips the grouping round.
 */
export function suggestAllocations(
  entries: readonly SuggestionEntry[],
  freePlots: readonly PlotFacts[],
  heldByTrade: ReadonlyMap<string, readonly (readonly [number, number])[]> = new Map(),
  options: { readonly rounds?: 1 | 2 } = {},
): Suggestion {
  const held = new Map([...heldByTrade].map(([trade, points]) => [trade, [...points]]));
  const first = solveRound(entries, freePlots, centresOf(held));
  if ((options.rounds ?? 2) === 1) return first;
  const plotByCode = new Map(freePlots.map((plot) => [plot.code, plot]));
  const entryById = new Map(entries.map((entry) => [entry.id, entry]));
  const groups = new Map(held);
  const tradeCount = new Map<string, number>();
  for (const entry of entries) if (entry.trade) tradeCount.set(entry.trade, (tradeCount.get(entry.trade) ?? 0) + 1);
  for (const placement of first.placements) {
    const trade = entryById.get(placement.entryId)?.trade;
    // A trade with one entry and no plots yet has no group to join.
    if (!trade || (tradeCount.get(trade) ?? 0) + (held.get(trade)?.length ?? 0) < 2) continue;
    groups.set(trade, [...(groups.get(trade) ?? []), plotByCode.get(placement.plotCode)!.centre]);
  }
  return solveRound(entries, freePlots, centresOf(groups));
}
