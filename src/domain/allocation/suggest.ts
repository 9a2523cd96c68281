/**
 * Suggests a plot for every unallocated entry at once: an exact minimum-cost assignment (the Hungarian
 * method of the `munkres` package, rectangular matrices included) over the costs of suggestion-cost.ts.
 * Not a greedy loop: no entry's good plot is taken by an earlier entry at a greater total cost.
 *
 * Grouping of the same trade depends on where the others of that trade go, which one assignment cannot
 * express; so it is solved twice: first with the centres of plots each trade already holds, then with
 * the centres of the first answer's plots too. Each round is exact for its own costs.
 */
import { solveAssignment } from './assignment';
import type { PlotFacts } from './plot-facts';
import { adjacentGroups, groupFacts, needsGroup } from './plot-groups';
import { MAX_EXACT_GROUP_ENTRIES, solveWithGroups, type GroupOption } from './suggest-groups';
import { placementCost, placementPoints, type PlacementCost, type SuggestionEntry, type TradeCentres } from './suggestion-cost';

export { solveAssignment } from './assignment';

export interface SuggestedPlacement {
  readonly entryId: string;
  /** The plot, or the first plot of a group. */
  readonly plotCode: string;
  /** The plot alone, or the group of adjacent plots offered as one allocation. */
  readonly plotCodes: readonly string[];
  readonly cost: PlacementCost;
}

export interface Suggestion {
  readonly placements: readonly SuggestedPlacement[];
  /** Entries left without a plot (more entries than free plots): a public draw decides. */
  readonly unplaced: readonly string[];
  /** Entries that need a group of plots (more area than the largest free plot) and got none. */
  readonly needingGroups: readonly string[];
  readonly totalPoints: number;
  /** False when the groups' search stopped at its budget (or too many entries need groups): best found, not proven least. */
  readonly exact: boolean;
}

function centresOf(groups: ReadonlyMap<string, (readonly [number, number])[]>): TradeCentres {
  const centres = new Map<string, readonly [number, number]>();
  for (const [trade, points] of groups) {
    if (points.length === 0) continue;
    centres.set(trade, [points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length]);
  }
  return centres;
}

function solveRound(entries: readonly SuggestionEntry[], plots: readonly PlotFacts[], centres: TradeCentres, groups: readonly string[][]): Suggestion {
  const largestM2 = plots.reduce((most, plot) => Math.max(most, plot.areaM2), 0);
  // The largest needs are branched on first; past MAX_EXACT_GROUP_ENTRIES the others compete for single
  // plots like everyone (the answer is then not `exact` for groups, and the dialog says so).
  const wantGroups = groups.length
    ? entries.filter((entry) => needsGroup(entry.areaNeededM2, largestM2)).sort((a, b) => (b.areaNeededM2 ?? 0) - (a.areaNeededM2 ?? 0))
    : [];
  const grouped = new Set(wantGroups.slice(0, MAX_EXACT_GROUP_ENTRIES));
  const singles = entries.filter((entry) => !grouped.has(entry));
  // Typed rows of points only; the reasons are worked out for the pairs chosen.
  const costs = singles.map((entry) => Float64Array.from(plots, (plot) => placementPoints(entry, plot, centres)));
  const placements: SuggestedPlacement[] = [];
  const placed = new Set<string>();
  let exact = wantGroups.length <= MAX_EXACT_GROUP_ENTRIES;
  if (grouped.size === 0) {
    for (const [row, column] of solveAssignment(costs)) {
      placed.add(singles[row].id);
      placements.push({ entryId: singles[row].id, plotCode: plots[column].code, plotCodes: [plots[column].code], cost: placementCost(singles[row], plots[column], centres) });
    }
  } else {
    const byCode = new Map(plots.map((plot) => [plot.code, plot]));
    const facts = groups.map((codes) => groupFacts(codes.map((code) => byCode.get(code)!)));
    const groupEntries = [...grouped];
    const options: GroupOption[][] = groupEntries.map((entry) => groups.map((codes, g) => ({ codes, points: placementPoints(entry, facts[g], centres) })));
    const answer = solveWithGroups(plots, costs, options);
    exact &&= answer.exact;
    for (const [row, column] of answer.singles) {
      placed.add(singles[row].id);
      placements.push({ entryId: singles[row].id, plotCode: plots[column].code, plotCodes: [plots[column].code], cost: placementCost(singles[row], plots[column], centres) });
    }
    for (const [row, option] of answer.groups) {
      const entry = groupEntries[row];
      const codes = groups[option];
      placed.add(entry.id);
      placements.push({ entryId: entry.id, plotCode: codes[0], plotCodes: codes, cost: placementCost(entry, facts[option], centres) });
    }
  }
  placements.sort((a, b) => a.plotCode.localeCompare(b.plotCode));
  return {
    placements,
    unplaced: entries.filter((entry) => !placed.has(entry.id)).map((entry) => entry.id),
    needingGroups: [...grouped].filter((entry) => !placed.has(entry.id)).map((entry) => entry.id),
    totalPoints: Math.round(placements.reduce((sum, p) => sum + p.cost.points, 0) * 10) / 10,
    exact,
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
  const groups = adjacentGroups(freePlots);
  const first = solveRound(entries, freePlots, centresOf(held), groups);
  if ((options.rounds ?? 2) === 1) return first;
  const plotByCode = new Map(freePlots.map((plot) => [plot.code, plot]));
  const entryById = new Map(entries.map((entry) => [entry.id, entry]));
  const tradeGroups = new Map(held);
  const tradeCount = new Map<string, number>();
  for (const entry of entries) if (entry.trade) tradeCount.set(entry.trade, (tradeCount.get(entry.trade) ?? 0) + 1);
  for (const placement of first.placements) {
    const trade = entryById.get(placement.entryId)?.trade;
    // A trade with one entry and no plots yet has no group to join.
    if (!trade || (tradeCount.get(trade) ?? 0) + (held.get(trade)?.length ?? 0) < 2) continue;
    tradeGroups.set(trade, [...(tradeGroups.get(trade) ?? []), plotByCode.get(placement.plotCode)!.centre]);
  }
  return solveRound(entries, freePlots, centresOf(tradeGroups), groups);
}
