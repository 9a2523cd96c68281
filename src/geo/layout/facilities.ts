/**
 * Facility lots (wastewater, fire-fighting water tank, waste collection, parking) at the head of a row,
 * beside the main road near the entrance: one block of their total area cut off the first row end that
 * holds it, then cut across into lots of the requested areas, parking nearest the entrance. When no row
 * end holds them all, they go one by one, largest first, each to the nearest row end with room left
 * (the lots sharing a row end again form one block), and only a lot that fits nowhere is not placed.
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

/** Metres of a row taken beside the main road by facility lots, on the + and − side. */
export interface RowStart {
  readonly plus: number;
  readonly minus: number;
}

export interface FacilityPlacement {
  readonly lots: FacilityLot[];
  /** Per row of the plan, what the facility lots take of it. */
  readonly rowStarts: RowStart[];
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

/** A row end: one side (`sigma` +1 or −1 of the main road) of one row. */
interface RowEnd { row: number; sigma: number }

/**
 * One block of the requests' total area cut off the row end, then cut into the lots; null when the
 * row end has not that much land.
 */
function placeBlock(
  f: LocalFrame, blocks: PlanePolygon[], row: PlotRow, sigma: number, halfMainM: number, requests: readonly FacilityRequest[],
): { lots: FacilityLot[]; takenM: number } | null {
  const total = requests.reduce((sum, r) => sum + r.areaM2, 0);
  const band = rowEndBand(f, blocks, row, sigma);
  if (multiPolygonAreaM2(band) < total) return null;
  const [sMin, sMax] = localExtent(f, blocks);
  const far = sigma > 0 ? sMax + 1 : sMin - 1;
  const slab = (x: number) => sSlab(f, sigma > 0 ? 0 : x, sigma > 0 ? x : 0);
  const areaTo = (x: number) => multiPolygonAreaM2(intersectPolygons(band, [slab(x)]));
  const edge = sigma > 0
    ? solve(areaTo, total, halfMainM, far)
    : -solve((x) => areaTo(-x), total, halfMainM, -far);
  const block = intersectPolygons(band, [slab(edge)]);
  const ordered = [...requests].sort((a, b) => Number(b.use === 'parking') - Number(a.use === 'parking'));
  const [, , tMin, tMax] = localExtent(f, block);
  const lots: FacilityLot[] = [];
  let cumulative = 0;
  if (Math.abs(edge) - halfMainM <= tMax - tMin) {
    // Cut across the row, parking nearest the entrance.
    const across = (t0: number, t1: number) => tSlab(f, t0, t1);
    let from = f.tLo;
    ordered.forEach((request, i) => {
      cumulative += request.areaM2;
      const to = i === ordered.length - 1
        ? f.tHi
        : solve((t) => multiPolygonAreaM2(intersectPolygons(block, [across(f.tLo, t)])), cumulative, row.tLow - 1, row.tHigh + 1);
      lots.push({ use: request.use, polygons: intersectPolygons(block, [across(from, to)]) });
      from = to;
    });
  } else {
    // A block wider than the row is deep is cut along it (lots across it would be thin strips),
    // parking nearest the main road.
    let from = 0;
    ordered.forEach((request, i) => {
      cumulative += request.areaM2;
      const to = i === ordered.length - 1 ? far : sigma * solve((x) => areaTo(sigma * x), cumulative, halfMainM, Math.abs(edge));
      lots.push({ use: request.use, polygons: intersectPolygons(block, [sSlab(f, Math.min(from, to), Math.max(from, to))]) });
      from = to;
    });
  }
  return { lots, takenM: Math.abs(edge) - halfMainM };
}

/** The land of one side of a row, from the main road's centre line outward. */
function rowEndBand(f: LocalFrame, blocks: PlanePolygon[], row: PlotRow, sigma: number): PlanePolygon[] {
  const [sMin, sMax] = localExtent(f, blocks);
  // From the main road's centre line: cuts never run along an existing edge (see slice-rows.ts).
  const side = sigma > 0 ? sSlab(f, 0, sMax + 1) : sSlab(f, sMin - 1, 0);
  return intersectPolygons(intersectPolygons(blocks, [tSlab(f, row.tLow, row.tHigh)]), [side]);
}

/**
 * @param blocks land left for plots and facilities
 * @param rows the rows of the plan, nearest the entrance first
 * @param halfMainM half the main road width, m
 */
export function placeFacilities(
  f: LocalFrame, blocks: PlanePolygon[], rows: readonly PlotRow[], halfMainM: number, requests: readonly FacilityRequest[],
): FacilityPlacement {
  const untouched = rows.map((): RowStart => ({ plus: 0, minus: 0 }));
  if (!requests.length) return { lots: [], rowStarts: untouched, warnings: [] };
  const ends: RowEnd[] = rows.flatMap((_, row) => [{ row, sigma: 1 }, { row, sigma: -1 }]);
  // All in one block at the first row end that holds it.
  for (const end of ends) {
    const placed = placeBlock(f, blocks, rows[end.row], end.sigma, halfMainM, requests);
    if (placed) return { lots: placed.lots, rowStarts: withTaken(untouched, [{ end, takenM: placed.takenM }]), warnings: [] };
  }
  // One by one, largest first, each to the nearest row end with room left.
  const room = ends.map((end) => multiPolygonAreaM2(rowEndBand(f, blocks, rows[end.row], end.sigma)));
  const assigned: FacilityRequest[][] = ends.map(() => []);
  const warnings: LayoutWarning[] = [];
  const largestFirst = requests.map((r, i) => ({ r, i })).sort((a, b) => b.r.areaM2 - a.r.areaM2 || a.i - b.i);
  for (const { r } of largestFirst) {
    const k = room.findIndex((left) => left >= r.areaM2);
    if (k < 0) { warnings.push({ code: 'facility-not-placed', params: { use: r.use, areaM2: r.areaM2 } }); continue; }
    room[k] -= r.areaM2;
    assigned[k].push(r);
  }
  const lots: FacilityLot[] = [];
  const taken: { end: RowEnd; takenM: number }[] = [];
  ends.forEach((end, k) => {
    if (!assigned[k].length) return;
    const inOrder = requests.filter((r) => assigned[k].includes(r));
    const placed = placeBlock(f, blocks, rows[end.row], end.sigma, halfMainM, inOrder);
    if (!placed) {
      for (const r of inOrder) warnings.push({ code: 'facility-not-placed', params: { use: r.use, areaM2: r.areaM2 } });
      return;
    }
    lots.push(...placed.lots);
    taken.push({ end, takenM: placed.takenM });
  });
  return { lots, rowStarts: withTaken(untouched, taken), warnings };
}

function withTaken(starts: RowStart[], taken: { end: RowEnd; takenM: number }[]): RowStart[] {
  return starts.map((start, row) => {
    const plus = taken.find((q) => q.end.row === row && q.end.sigma > 0)?.takenM ?? start.plus;
    const minus = taken.find((q) => q.end.row === row && q.end.sigma < 0)?.takenM ?? start.minus;
    return { plus, minus };
  });
}
