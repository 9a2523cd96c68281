/**
 * Groups of adjacent free plots for the suggestion: an entry that needs more area than any one free plot
 * gives (areaNeededM2 > the largest free plot's area) is offered a group of 2 or 3 plots, connected
 * through shared boundaries (each shares ≥ 1 m of boundary with another of the group, the rule the
 * offer's guard checks: rules.ts checkPlotGroup), held as one allocation. Pure.
 */
import type { PlotFacts } from './plot-facts';

/** The largest group the suggestion makes: beyond three plots the official draws it by hand on the map. */
export const MAX_GROUP_PLOTS = 3;

/** Does this entry need a group (more area than the largest free plot)? */
export const needsGroup = (areaNeededM2: number | null, largestFreeM2: number): boolean =>
  areaNeededM2 !== null && areaNeededM2 > largestFreeM2;

/**
 * Every connected set of 2 … MAX_GROUP_PLOTS plots among `plots` (through their `neighbours` that are in
 * `plots` too), each once, its codes sorted.
 */
export function adjacentGroups(plots: readonly PlotFacts[], maxPlots: number = MAX_GROUP_PLOTS): string[][] {
  const codes = new Set(plots.map((plot) => plot.code));
  const neighboursOf = new Map(plots.map((plot) => [plot.code, plot.neighbours.filter((code) => codes.has(code))]));
  const seen = new Set<string>();
  const groups: string[][] = [];
  // Grow every group by one neighbour of any member: each connected set is reached, duplicates dropped by key.
  let frontier: string[][] = plots.map((plot) => [plot.code]);
  for (let size = 2; size <= maxPlots; size++) {
    const next: string[][] = [];
    for (const group of frontier) {
      for (const member of group) {
        for (const neighbour of neighboursOf.get(member) ?? []) {
          if (group.includes(neighbour)) continue;
          const grown = [...group, neighbour].sort();
          const key = grown.join('|');
          if (seen.has(key)) continue;
          seen.add(key);
          next.push(grown);
        }
      }
    }
    groups.push(...next);
    frontier = next;
  }
  return groups;
}

/**
 * A group as one plot for the cost: areas added, the centre weighted by area, the nearest member's
 * distance to the homes edge, the members' mean shared-boundary share (fire room), a corner if any member
 * is one; `memberCodes` lets a wish for any member count.
 */
export function groupFacts(members: readonly PlotFacts[]): PlotFacts {
  const areaM2 = members.reduce((sum, plot) => sum + plot.areaM2, 0);
  const weight = (plot: PlotFacts) => (areaM2 > 0 ? plot.areaM2 / areaM2 : 1 / members.length);
  const homes = members.map((plot) => plot.homesDistanceM).filter((distance): distance is number => distance !== null);
  return {
    code: members.map((plot) => plot.code).join('+'),
    memberCodes: members.map((plot) => plot.code),
    areaM2,
    centre: [members.reduce((sum, plot) => sum + plot.centre[0] * weight(plot), 0), members.reduce((sum, plot) => sum + plot.centre[1] * weight(plot), 0)],
    corner: members.some((plot) => plot.corner),
    neighbours: [...new Set(members.flatMap((plot) => plot.neighbours))].filter((code) => !members.some((plot) => plot.code === code)).sort(),
    sharedBoundaryShare: members.reduce((sum, plot) => sum + plot.sharedBoundaryShare, 0) / members.length,
    homesDistanceM: homes.length ? Math.min(...homes) : null,
  };
}
