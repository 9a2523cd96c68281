/**
 * The exact suggestion when some entries need a group of adjacent plots (plot-groups.ts): each entry
 * gets one plot, or (if it needs one) one group, or nothing; each plot goes to at most one chosen plot or
 * group; as many entries as possible are placed, and among those answers the total cost is least.
 *
 * The Hungarian method cannot say "a plot is in at most one chosen group", so the group entries (few: only
 * those needing more than the largest free plot) are branched on, depth first, over their candidate
 * groups (or none), and for each choice the single-plot entries get the exact Hungarian assignment over
 * the plots left. The bound that prunes a branch is exact: the assignment over ALL free plots can only be
 * cheaper than over fewer, and each remaining group entry adds at best its cheapest candidate. Placing an
 * entry is worth PLACEMENT_BONUS points (more than any cost), which makes "as many as possible" part of one
 * sum to minimise. tests/domain/allocation/suggest-groups.test.ts checks it against brute force.
 */
import type { PlotFacts } from './plot-facts';
import { solveAssignment } from './assignment';

/**
 * Worth of placing one entry, points: more than any sum of costs (200 entries × a few hundred points), so
 * the number placed comes first and the Hungarian method's full assignment is also the least sum.
 */
export const PLACEMENT_BONUS = 10_000_000;

/** Group entries branched on exactly; more than this many are left to the official (see `exact`). */
export const MAX_EXACT_GROUP_ENTRIES = 4;
/** Assignments of the single entries tried at most; past it the best found is returned, `exact: false`. */
const MAX_LEAVES = 12;

/** A candidate group for one group entry: its plots and the entry's cost on it. */
export interface GroupOption {
  readonly codes: readonly string[];
  readonly points: number;
}

export interface GroupedAnswer {
  /** Single-plot entries (index into `singles`) → index into the plots. */
  readonly singles: readonly (readonly [number, number])[];
  /** Group entries (index into `groupOptions`) → the option chosen. */
  readonly groups: readonly (readonly [number, number])[];
  /** The minimised sum: costs minus PLACEMENT_BONUS per entry placed. */
  readonly objective: number;
  /** False when the search stopped at its budget: the best answer found, not proven least. */
  readonly exact: boolean;
}

/**
 * `singleCosts[entry][plot]` for the single-plot entries over `plots`; `groupOptions[entry]` the candidate
 * groups of each group entry. Exact over those candidates.
 */
export function solveWithGroups(
  plots: readonly PlotFacts[],
  singleCosts: readonly Float64Array[],
  groupOptions: readonly (readonly GroupOption[])[],
): GroupedAnswer {
  const plotIndex = new Map(plots.map((plot, index) => [plot.code, index]));
  const memo = new Map<string, { pairs: [number, number][]; objective: number }>();
  /** The exact assignment of the single entries over the plots not in `used`. */
  const rest = (used: ReadonlySet<number>) => {
    const key = [...used].sort((a, b) => a - b).join(',');
    const known = memo.get(key);
    if (known) return known;
    const columns = plots.map((_, index) => index).filter((index) => !used.has(index));
    const matrix = singleCosts.map((row) => Float64Array.from(columns, (column) => row[column] - PLACEMENT_BONUS));
    const pairs = solveAssignment(matrix).map(([row, column]): [number, number] => [row, columns[column]]);
    const objective = pairs.reduce((sum, [row, column]) => sum + singleCosts[row][column] - PLACEMENT_BONUS, 0);
    const answer = { pairs, objective };
    memo.set(key, answer);
    return answer;
  };
  const options = groupOptions.map((list) => list.map((option, original) => ({
    original, plots: option.codes.map((code) => plotIndex.get(code)!), value: option.points - PLACEMENT_BONUS,
  })).sort((a, b) => a.value - b.value));
  // The best each group entry can add from here on (none adds 0): for the bound.
  const bestFrom: number[] = new Array(options.length + 1).fill(0);
  for (let i = options.length - 1; i >= 0; i--) bestFrom[i] = bestFrom[i + 1] + Math.min(0, options[i][0]?.value ?? 0);
  const floor = rest(new Set()).objective;
  // The single entries can place at most one per plot left: a bound that sees plots running short.
  const restBound = (usedCount: number) => Math.max(floor, -PLACEMENT_BONUS * Math.min(singleCosts.length, plots.length - usedCount));

  let best: { singles: [number, number][]; groups: [number, number][]; objective: number } | null = null;
  let leaves = 0;
  const chosen: [number, number][] = [];
  const used = new Set<number>();
  const walk = (entry: number, sum: number) => {
    if (leaves >= MAX_LEAVES) return;
    if (best && sum + bestFrom[entry] + restBound(used.size) >= best.objective) return;
    if (entry === options.length) {
      leaves++;
      const singles = rest(used);
      const objective = sum + singles.objective;
      if (!best || objective < best.objective) best = { singles: singles.pairs, groups: [...chosen], objective };
      return;
    }
    for (const option of options[entry]) {
      if (option.plots.some((plot) => used.has(plot))) continue;
      for (const plot of option.plots) used.add(plot);
      chosen.push([entry, option.original]);
      walk(entry + 1, sum + option.value);
      chosen.pop();
      for (const plot of option.plots) used.delete(plot);
    }
    walk(entry + 1, sum); // this entry gets no group
  };
  walk(0, 0);
  const answer = best as { singles: [number, number][]; groups: [number, number][]; objective: number } | null;
  return { singles: answer?.singles ?? [], groups: answer?.groups ?? [], objective: answer?.objective ?? 0, exact: leaves < MAX_LEAVES };
}
