/**
 * Facility lots (wastewater, fire-fighting water tank, waste collection, parking) at the head of the
 * first row, beside the main road near the entrance: one block of their total area cut off the row,
 * then cut across into lots of the requested areas, parking nearest the entrance.
 */
import { multiPolygonAreaM2, type PlanePolygon } from '../plane-measure';
import { intersectPolygons } from './clip';
import { localExtent, sSlab, tSlab, type LocalFrame } from './frame';
import type { PlotRow } from './row-plan';
import type { FacilityRequest, LayoutWarning } from './types';

export interface FacilityLot {
  readonly use: string;
  readonly polygons: PlanePolygon[];
}

export interface FacilityPlacement {
  readonly lots: FacilityLot[];
  /** Metres of the first row taken beside the main road, on the + and − side. */
  readonly plus: number;
  readonly minus: number;
  readonly warnings: LayoutWarning[];
}

/** Bisection steps: a 1 km search interval narrows below 1 mm. */
const BISECTION_STEPS = 22;

/** The x in [lo, hi] where the increasing function areaOf(x) reaches target. */
function solve(areaOf: (x: number) => number, target: number, lo: number, hi: number): number {
  for (let k = 0; k < BISECTION_STEPS && hi - lo > 0.0005; k++) {
    const mid = (lo + hi) / 2;
    if (areaOf(mid) < target) lo = mid;
    else hi = mid;
  }
  return Math.round(((lo + hi) / 2) * 1000) / 1000;
}

/**
 * @param blocks land left for plots and facilities
 * @param row the first row of the plan (nearest the entrance)
 * @param halfMainM half the main road width, m
 */
export function placeFacilities(
  f: LocalFrame, blocks: PlanePolygon[], row: PlotRow | undefined, halfMainM: number, requests: readonly FacilityRequest[],
): FacilityPlacement {
  const none = { lots: [], plus: 0, minus: 0, warnings: [] as LayoutWarning[] };
  if (!requests.length) return none;
  const notPlaced = (): FacilityPlacement => ({
    ...none, warnings: requests.map((r) => ({ code: 'facility-not-placed', params: { use: r.use, areaM2: r.areaM2 } })),
  });
  if (!row) return notPlaced();
  const total = requests.reduce((sum, r) => sum + r.areaM2, 0);
  const [sMin, sMax] = localExtent(f, blocks);
  for (const sigma of [1, -1]) {
    const far = sigma > 0 ? sMax + 1 : sMin - 1;
    // From the main road's centre line: cuts never run along an existing edge (see slice-rows.ts).
    const slab = (x: number) => sSlab(f, sigma > 0 ? 0 : x, sigma > 0 ? x : 0);
    const band = intersectPolygons(intersectPolygons(blocks, [tSlab(f, row.tLow, row.tHigh)]), [slab(far)]);
    if (multiPolygonAreaM2(band) < total) continue;
    const areaTo = (x: number) => multiPolygonAreaM2(intersectPolygons(band, [slab(x)]));
    const edge = sigma > 0
      ? solve(areaTo, total, halfMainM, far)
      : -solve((x) => areaTo(-x), total, halfMainM, -far);
    const block = intersectPolygons(band, [slab(edge)]);
    const ordered = [...requests].sort((a, b) => Number(b.use === 'parking') - Number(a.use === 'parking'));
    const across = (t0: number, t1: number) => tSlab(f, t0, t1);
    const lots: FacilityLot[] = [];
    let from = f.tLo;
    let cumulative = 0;
    ordered.forEach((request, i) => {
      cumulative += request.areaM2;
      const to = i === ordered.length - 1
        ? f.tHi
        : solve((t) => multiPolygonAreaM2(intersectPolygons(block, [across(f.tLo, t)])), cumulative, row.tLow - 1, row.tHigh + 1);
      lots.push({ use: request.use, polygons: intersectPolygons(block, [across(from, to)]) });
      from = to;
    });
    const taken = Math.abs(edge) - halfMainM;
    return { lots, plus: sigma > 0 ? taken : 0, minus: sigma < 0 ? taken : 0, warnings: [] };
  }
  return notPlaced();
}
