/**
 * What placing one register entry on one plot costs, with the reasons, for the allocation suggestion:
 * - area: how far the plot's area is from the area needed (a plot too small costs twice as much);
 * - homes edge: a trade that emits noise, dust or smoke on a plot near the edge facing homes;
 * - fire room: a high fire-hazard trade on a plot walled in by other plots (less room around it);
 * - grouping: a trade far from where plots of the same trade are (held, or suggested in a first round);
 * - wishes: a plot the entry did not wish for costs more than one it did (earlier wishes cost least).
 * Costs are points (lower is better); each term is 0 at best. Plain numbers in, no storage.
 */
import type { PlotFacts } from './plot-facts';

export type EmissionKind = 'noise' | 'dust' | 'wastewater' | 'smoke';
export type FireHazardLevel = 'low' | 'medium' | 'high';

/** The fields of a register entry the suggestion reads (RegisterEntryRow fits). */
export interface SuggestionEntry {
  readonly id: string;
  readonly trade: string | null;
  readonly areaNeededM2: number | null;
  readonly emissions: readonly EmissionKind[];
  readonly fireHazard: FireHazardLevel | null;
  readonly wishes: readonly string[];
}

export const COST_WEIGHTS = {
  /** Points for a plot 100 % larger than needed (smaller: twice). */
  area: 100,
  /** Points for a polluting trade right on the homes edge, falling to 0 at `homesReachM`. */
  homes: 60,
  homesReachM: 120,
  /** Points for a high-hazard trade on a plot whose whole boundary is shared with plots. */
  fire: 40,
  /** Points for a trade `groupReachM` or more from its trade's centre. */
  group: 20,
  groupReachM: 150,
  /** Points for a plot not wished for; wished ones cost `wishStep` per rank (first wish: 0). */
  notWished: 30,
  wishStep: 8,
} as const;

const POLLUTING: readonly EmissionKind[] = ['noise', 'dust', 'smoke'];

export type CostReason =
  | { readonly code: 'area'; readonly points: number; readonly plotAreaM2: number; readonly neededM2: number }
  | { readonly code: 'area-unknown'; readonly points: 0 }
  | { readonly code: 'homes'; readonly points: number; readonly distanceM: number; readonly emissions: readonly EmissionKind[] }
  | { readonly code: 'away-from-homes'; readonly points: 0; readonly distanceM: number }
  | { readonly code: 'fire'; readonly points: number; readonly sharedPercent: number }
  | { readonly code: 'fire-room'; readonly points: number; readonly sharedPercent: number }
  | { readonly code: 'group'; readonly points: number; readonly distanceM: number; readonly trade: string }
  | { readonly code: 'wish'; readonly points: number; readonly rank: number }
  | { readonly code: 'not-wished'; readonly points: number };

export interface PlacementCost {
  readonly points: number;
  readonly reasons: readonly CostReason[];
}

/** Where each trade's plots are (centres, plane metres), for the grouping term. */
export type TradeCentres = ReadonlyMap<string, readonly [number, number]>;

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The terms of the cost, added up; `reasons` (when given) receives each term. One function for both the
 * matrix (40 000 cells for 200 × 200: points only, nothing allocated) and the reasons shown.
 */
function addUpCost(entry: SuggestionEntry, plot: PlotFacts, tradeCentres: TradeCentres, reasons: CostReason[] | null): number {
  let points = 0;
  const needed = entry.areaNeededM2;
  if (needed && needed > 0) {
    const mismatch = (plot.areaM2 - needed) / needed;
    const term = round1(COST_WEIGHTS.area * (mismatch < 0 ? -2 * mismatch : mismatch));
    points += term;
    reasons?.push({ code: 'area', points: term, plotAreaM2: plot.areaM2, neededM2: needed });
  } else {
    reasons?.push({ code: 'area-unknown', points: 0 });
  }
  if (plot.homesDistanceM !== null && entry.emissions.some((e) => POLLUTING.includes(e))) {
    const closeness = Math.max(0, 1 - plot.homesDistanceM / COST_WEIGHTS.homesReachM);
    const term = round1(COST_WEIGHTS.homes * closeness);
    points += term;
    if (reasons) {
      const emissions = entry.emissions.filter((e) => POLLUTING.includes(e));
      reasons.push(closeness > 0
        ? { code: 'homes', points: term, distanceM: round1(plot.homesDistanceM), emissions }
        : { code: 'away-from-homes', points: 0, distanceM: round1(plot.homesDistanceM) });
    }
  }
  if (entry.fireHazard === 'high') {
    const term = round1(COST_WEIGHTS.fire * plot.sharedBoundaryShare);
    points += term;
    reasons?.push({ code: plot.sharedBoundaryShare <= 0.4 ? 'fire-room' : 'fire', points: term, sharedPercent: Math.round(plot.sharedBoundaryShare * 100) });
  }
  const centre = entry.trade ? tradeCentres.get(entry.trade) : undefined;
  if (entry.trade && centre) {
    const distanceM = Math.hypot(plot.centre[0] - centre[0], plot.centre[1] - centre[1]);
    const term = round1(COST_WEIGHTS.group * Math.min(1, distanceM / COST_WEIGHTS.groupReachM));
    points += term;
    reasons?.push({ code: 'group', points: term, distanceM: round1(distanceM), trade: entry.trade });
  }
  // A group: its best-ranked member wished for.
  const ranks = (plot.memberCodes ?? [plot.code]).map((code) => entry.wishes.indexOf(code)).filter((r) => r >= 0);
  const rank = ranks.length ? Math.min(...ranks) : -1;
  if (rank >= 0) {
    const term = Math.min(COST_WEIGHTS.notWished, rank * COST_WEIGHTS.wishStep);
    points += term;
    reasons?.push({ code: 'wish', points: term, rank: rank + 1 });
  } else if (entry.wishes.length) {
    points += COST_WEIGHTS.notWished;
    reasons?.push({ code: 'not-wished', points: COST_WEIGHTS.notWished });
  }
  return round1(points);
}

/** The points of `entry` on `plot` alone (what the solver's matrix holds). */
export const placementPoints = (entry: SuggestionEntry, plot: PlotFacts, tradeCentres: TradeCentres = new Map()): number =>
  addUpCost(entry, plot, tradeCentres, null);

/** The cost of `entry` on `plot`, with its reasons (largest first). */
export function placementCost(entry: SuggestionEntry, plot: PlotFacts, tradeCentres: TradeCentres = new Map()): PlacementCost {
  const reasons: CostReason[] = [];
  const points = addUpCost(entry, plot, tradeCentres, reasons);
  reasons.sort((a, b) => b.points - a.points);
  return { points, reasons };
}
