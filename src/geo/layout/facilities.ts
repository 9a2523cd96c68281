/**
 * Facility lots at row ends, placed by rule: parking, waste collection (reached by truck from the
 * gate, along the main road), the power substation and the water-supply point (both fed from the
 * public road's networks) in one block at the first row end nearest the entrance; the wastewater plant
 * at the spot farthest from every gate that does not border the strip facing the homes, beside the
 * main road or at a row's outer end (facility-far-spot.ts; zone files carry no heights, so the far end
 * stands for downhill); the fire-water tank at the row end whose inner end (beside the main road) is nearest the middle of
 * the zone. Each block
 * is cut off its row end by exact area, then into lots, parking nearest the entrance. A group whose
 * row end is taken joins the block there. When the groups do not fit so, every lot goes one by one,
 * largest first, each to the nearest row end with room left (the lots sharing a row end again form one
 * block), and only a lot that fits nowhere is not placed.
 */
import { multiPolygonAreaM2, type PlanePolygon, type PlaneRing } from '../plane-measure';
import { boundingBox } from '../ring-helpers';
import { FAR_M, localExtent, toPlane, type LocalFrame } from './frame';
import { compactWidthM, placeBlock, placeFarBlock, rowEndBand, type FacilityLot, type RowEnd } from './facility-cuts';
import { homesShortfallM, nearestGateM, rankFarSpots, type FarSpotSite, type RowSideExtent } from './facility-far-spot';
import { roadContact } from './plot-shape';
import type { PlotRow } from './row-plan';
import { edgeGridOf, SegmentGrid } from './segments';
import type { SizedFacility as FacilityRequest } from './facility-sizes';
import type { LayoutWarning } from './types';

export type { FacilityLot } from './facility-cuts';

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

/**
 * @param blocks land left for plots and facilities
 * @param rows the rows of the plan, nearest the entrance first
 * @param halfMainM half the main road width, m
 * @param options.site the gates and homes lines the wastewater plant keeps away from (by default the
 *   frame's origin is the one gate and there are no homes)
 * @param options.roadAlongRows whether each row's road runs along its front (the spines, the strip
 *   entered from its side) rather than across its end (the comb's main road)
 * @param options.roads the road polygons, so that parking and waste collection are checked to front one
 */
export function placeFacilities(
  f: LocalFrame, blocks: PlanePolygon[], rows: readonly PlotRow[], halfMainM: number, requests: readonly FacilityRequest[],
  options: { readonly site?: FarSpotSite; readonly roadAlongRows?: boolean; readonly roads?: readonly PlanePolygon[] } = {},
): FacilityPlacement {
  const site = options.site ?? { gates: [toPlane(f, 0, 0)], homesLines: [], greenBufferM: 0 };
  const along = options.roadAlongRows ?? false;
  const untouched = rows.map((): RowStart => ({ plus: 0, minus: 0 }));
  if (!requests.length) return { lots: [], rowStarts: untouched, warnings: [] };
  const ends: RowEnd[] = rows.flatMap((_, row) => [{ row, sigma: 1 }, { row, sigma: -1 }]);
  // A far lot sharing a row side with the gate block first; where that does not come out, alone.
  const roadGrid = roadGridOf(options.roads);
  const byRule = placeByRule(f, blocks, rows, ends, halfMainM, requests, site, along, true, roadGrid)
    ?? placeByRule(f, blocks, rows, ends, halfMainM, requests, site, along, false, roadGrid);
  if (byRule) return { lots: byRule.lots, rowStarts: withTaken(untouched, byRule.taken), warnings: [] };
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
    const placed = placeBlock(f, blocks, rows[end.row], end.sigma, halfMainM, inOrder, along, 'auto', roadGrid ? (lot) => roadSideOf(lot, roadGrid) : undefined);
    if (!placed) {
      for (const r of inOrder) warnings.push({ code: 'facility-not-placed', params: { use: r.use, areaM2: r.areaM2 } });
      return;
    }
    lots.push(...placed.lots);
    taken.push({ end, takenM: placed.takenM });
  });
  return { lots, rowStarts: withTaken(untouched, taken), warnings };
}

/** Where each facility belongs: the far end, the middle of the zone, or (every other use) the gate. */
const FAR_USES = new Set(['wastewater']);
const CENTRAL_USES = new Set(['fire-water-tank']);

/** A row side's land extent, from the main road outward (facility-far-spot.ts), or null when it has none. */
function sideExtent(f: LocalFrame, blocks: PlanePolygon[], row: PlotRow, sigma: number): RowSideExtent | null {
  const band = rowEndBand(f, blocks, row, sigma);
  if (!band.length) return null;
  const [s0, s1, t0, t1] = localExtent(f, band);
  return sigma > 0 ? { sInner: s0, sOuter: s1, t0, t1 } : { sInner: s1, sOuter: s0, t0, t1 };
}

/** Local (s, t) of the middle of a row end's land, or null when it has none. */
function endMiddle(f: LocalFrame, blocks: PlanePolygon[], row: PlotRow, sigma: number): [number, number] | null {
  const band = rowEndBand(f, blocks, row, sigma);
  if (!band.length) return null;
  const [s0, s1, t0, t1] = localExtent(f, band);
  return [(s0 + s1) / 2, (t0 + t1) / 2];
}

/** Local (s, t) of the middle of a row end's inner end (beside the main road), or null when it has no land. */
function innerMiddle(f: LocalFrame, blocks: PlanePolygon[], row: PlotRow, sigma: number): [number, number] | null {
  const side = sideExtent(f, blocks, row, sigma);
  return side ? [side.sInner, (side.t0 + side.t1) / 2] : null;
}

/**
 * The facilities in their groups (gate, far spot, middle), each group at its row end (the far group
 * maybe at a row's outer end), groups meeting at one row end sharing one block; null when some block
 * does not fit.
 */
function placeByRule(
  f: LocalFrame, blocks: PlanePolygon[], rows: readonly PlotRow[], ends: readonly RowEnd[], halfMainM: number, requests: readonly FacilityRequest[],
  site: FarSpotSite, roadAlongRows: boolean, shareSides: boolean, roadGrid: SegmentGrid | null,
): { lots: FacilityLot[]; taken: { end: RowEnd; takenM: number }[] } | null {
  const total = (rs: readonly FacilityRequest[]) => rs.reduce((sum, r) => sum + r.areaM2, 0);
  const room = ends.map((end) => multiPolygonAreaM2(rowEndBand(f, blocks, rows[end.row], end.sigma)));
  const middles = ends.map((end) => endMiddle(f, blocks, rows[end.row], end.sigma));
  const [zs0, zs1, zt0, zt1] = localExtent(f, blocks);
  const centre: [number, number] = [(zs0 + zs1) / 2, (zt0 + zt1) / 2];
  const gate = requests.filter((r) => !FAR_USES.has(r.use) && !CENTRAL_USES.has(r.use));
  const far = requests.filter((r) => FAR_USES.has(r.use));
  const central = requests.filter((r) => CENTRAL_USES.has(r.use));
  const assigned = new Map<number, FacilityRequest[]>();
  const give = (k: number, rs: readonly FacilityRequest[]) => assigned.set(k, [...(assigned.get(k) ?? []), ...rs]);
  const fits = (k: number, rs: readonly FacilityRequest[]) => room[k] >= total(assigned.get(k) ?? []) + total(rs);
  const pick = (rs: readonly FacilityRequest[], rank: (k: number) => number): boolean => {
    if (!rs.length) return true;
    const order = ends.map((_, k) => k).filter((k) => middles[k] !== null).sort((a, b) => rank(a) - rank(b) || a - b);
    const k = order.find((q) => fits(q, rs));
    if (k === undefined) return false;
    give(k, rs);
    return true;
  };
  if (!pick(gate, (k) => k)) return null;
  const farPlaced = far.length ? placeFar(f, blocks, rows, ends, site, far, { room, assigned, give, fits }, shareSides) : { lots: [], end: -1 };
  if (!farPlaced) return null;
  // The central group's block is cut beside the main road (placeBlock), not across its row side's
  // middle: each row end is judged by where that block stands, its inner end.
  const inners = ends.map((end) => innerMiddle(f, blocks, rows[end.row], end.sigma));
  // A row side too short along the row for a compact tank lot (facility-cuts.ts) comes after the others.
  const longEnough = ends.map((end) => {
    const side = sideExtent(f, blocks, rows[end.row], end.sigma);
    return !!side && central.length > 0 && Math.abs(side.sOuter - side.sInner) >= compactWidthM(central);
  });
  const innerDist = (k: number) => (inners[k] ? Math.hypot(inners[k]![0] - centre[0], inners[k]![1] - centre[1]) + (longEnough[k] ? 0 : FAR_M) : Infinity);
  if (!pick(central, innerDist)) return null;
  const lots: FacilityLot[] = [...farPlaced.lots];
  const taken: { end: RowEnd; takenM: number }[] = [];
  for (const [k, rs] of [...assigned.entries()].sort((a, b) => a[0] - b[0])) {
    const inOrder = requests.filter((r) => rs.includes(r));
    const placed = placeFronting(f, blocks, rows[ends[k].row], ends[k].sigma, halfMainM, inOrder, roadAlongRows, roadGrid);
    if (!placed) return null;
    // A block sharing its row side with the far lots must end before them (both are slabs along s).
    if (k === farPlaced.end && !apartAlongS(f, ends[k].sigma, placed.lots, farPlaced.lots)) return null;
    lots.push(...placed.lots);
    taken.push({ end: ends[k], takenM: placed.takenM });
  }
  return { lots, taken };
}

/** The row ends' bookkeeping of placeByRule, shared with placeFar. */
interface EndBook {
  readonly room: number[];
  readonly assigned: Map<number, FacilityRequest[]>;
  readonly give: (k: number, rs: readonly FacilityRequest[]) => void;
  readonly fits: (k: number, rs: readonly FacilityRequest[]) => boolean;
}

/**
 * The far group at the best spot that fits (facility-far-spot.ts): beside the main road at a row end
 * no other group holds (given to that end, cut with its block later), or cut now off a row's outer end
 * (its area then counted against the row side's room). With `shareSides`, an outer lot may stand on
 * the row side of another group's block where the side is long enough for both with SHARE_GAP_M
 * between them (placeByRule checks they stay apart as cut): on a spine or a strip whose other side
 * faces the homes, the far end of the gate's own row side is the only spot far from the gate.
 * The lots cut now and their row end (−1 when cut later), or null when no spot fits.
 */
function placeFar(
  f: LocalFrame, blocks: PlanePolygon[], rows: readonly PlotRow[], ends: readonly RowEnd[], site: FarSpotSite,
  far: readonly FacilityRequest[], book: EndBook, shareSides: boolean,
): { lots: FacilityLot[]; end: number } | null {
  const areaM2 = far.reduce((sum, r) => sum + r.areaM2, 0);
  const sides = ends.map((end) => sideExtent(f, blocks, rows[end.row], end.sigma));
  const total = (rs: readonly FacilityRequest[]) => rs.reduce((sum, r) => sum + r.areaM2, 0);
  const medianM = landMedianGateM(blocks, site);
  for (const spot of rankFarSpots(f, sides, areaM2, site, medianM)) {
    if (!book.fits(spot.end, far)) continue;
    if (!spot.outer) {
      if (book.assigned.has(spot.end)) continue;
      book.give(spot.end, far);
      return { lots: [], end: -1 };
    }
    const held = book.assigned.get(spot.end);
    if (held) {
      // On an irregular side the two blocks could meet: only where the squared-off estimates leave room.
      const side = sides[spot.end]!;
      const width = Math.max(spot.tRange ? spot.tRange[1] - spot.tRange[0] : side.t1 - side.t0, 1e-6);
      if (!shareSides || (total(held) + areaM2) / width + spot.insetM + SHARE_GAP_M > Math.abs(side.sOuter - side.sInner)) continue;
    }
    const lots = placeFarBlock(f, blocks, rows[ends[spot.end].row], ends[spot.end].sigma, far, spot.insetM, spot.tRange, (cuts) => farthestCut(cuts, site, medianM));
    // A lot cut into pieces by a jogged edge or a pond is no lot.
    if (!lots || lots.some((lot) => lot.polygons.length !== 1 || lot.polygons[0].length !== 1)) continue;
    // The estimate squares the row side off; a lot that, as cut, borders the homes strip tries the next spot.
    if (!spot.nearHomes && lots.some((lot) => lot.polygons.some((q) => homesShortfallM(q[0], site) > 0))) continue;
    // No other group joins this row side (its block would be cut from the same land).
    book.room[spot.end] = -Infinity;
    return { lots, end: spot.end };
  }
  return null;
}

/** Sample points of the land taken for the median below (a grid of about this many over its extent). */
const LAND_SAMPLES = 1600;

/**
 * The median distance from the nearest gate over the land left for plots and facilities, sampled on
 * a grid: what the plots' median (the rule the far lot is judged by, facility-rules.ts) follows before
 * any plot is cut; undefined for land too small to sample.
 */
function landMedianGateM(blocks: readonly PlanePolygon[], site: FarSpotSite): number | undefined {
  if (!site.gates.length || !blocks.length) return undefined;
  const [x0, y0, x1, y1] = boundingBox(blocks.flatMap((poly) => poly[0]));
  const stepM = Math.max(1, Math.sqrt(((x1 - x0) * (y1 - y0)) / LAND_SAMPLES));
  // The grid's coordinates, each summed up step by step as a walk over it would.
  const xs: number[] = [], ys: number[] = [];
  for (let x = x0 + stepM / 2; x < x1; x += stepM) xs.push(x);
  for (let y = y0 + stepM / 2; y < y1; y += stepM) ys.push(y);
  // Row by row: where each ring crosses the row, so that a sample's test is a count of the crossings
  // past it (the even-odd test of segments.ts pointInRing, crossing by crossing the same arithmetic)
  // instead of a walk round every ring (the test per sample was a twentieth of the demo's time).
  const d: number[] = [];
  for (const y of ys) {
    const crossings = blocks.map((poly) => poly.map((ring) => ringCrossingsAt(ring, y)));
    for (const x of xs) {
      const inLand = crossings.some((rings) => rings.length > 0 && oddPast(rings[0], x) && !rings.slice(1).some((c) => oddPast(c, x)));
      if (!inLand) continue;
      let nearest = Infinity;
      for (const g of site.gates) nearest = Math.min(nearest, Math.hypot(x - g[0], y - g[1]));
      d.push(nearest);
    }
  }
  if (!d.length) return undefined;
  d.sort((a, b) => a - b);
  return d[Math.floor(d.length / 2)];
}

/** The x at which the ring's edges cross the line y = py, ascending (pointInRing's crossings, same arithmetic). */
function ringCrossingsAt(ring: PlaneRing, py: number): number[] {
  const out: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > py) !== (yj > py)) out.push(((xj - xi) * (py - yi)) / (yj - yi) + xi);
  }
  return out.sort((a, b) => a - b);
}

/** Whether an odd number of the ascending crossings lie past px (px < crossing): px inside the ring. */
function oddPast(crossings: readonly number[], px: number): boolean {
  let lo = 0, hi = crossings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (crossings[mid] > px) hi = mid;
    else lo = mid + 1;
  }
  return (crossings.length - lo) % 2 === 1;
}

/**
 * Of a far lot's compact cuts (along the row's road first, then at its back), the first as far from the
 * nearest gate as the land's median point (what the plots' median follows), else the farthest.
 */
function farthestCut(cuts: FacilityLot[][], site: FarSpotSite, medianM: number | undefined): FacilityLot[] {
  if (!site.gates.length) return cuts[0];
  const gateM = (lots: FacilityLot[]) => Math.min(...lots.flatMap((lot) => lot.polygons.map((q) => nearestGateM(q[0], site))));
  return cuts.find((lots) => medianM !== undefined && gateM(lots) >= medianM)
    ?? cuts.reduce((best, lots) => (gateM(lots) > gateM(best) ? lots : best));
}

/** Land kept between a far lot and another group's block on one row side, m (a plot or green between). */
const SHARE_GAP_M = 15;

/** Whether the block's lots end, along s from the main road, before the far lots start. */
function apartAlongS(f: LocalFrame, sigma: number, block: readonly FacilityLot[], farLots: readonly FacilityLot[]): boolean {
  const [b0, b1] = localExtent(f, block.flatMap((lot) => lot.polygons));
  const [f0, f1] = localExtent(f, farLots.flatMap((lot) => lot.polygons));
  return sigma > 0 ? b1 < f0 : b0 > f1;
}

/**
 * Road edge a lot that must front a road keeps, m: parking a truck's opening (QCVN 06:2022 6.2.1,
 * 3.5 m) and waste collection a truck's reach, each with a margin for clipping's rounding.
 */
const FRONTING_NEEDED_M: Readonly<Record<string, number>> = { parking: 4, 'waste-collection': 2 };

const roadGridOf = (roads: readonly PlanePolygon[] | undefined): SegmentGrid | null => (roads ? edgeGridOf(roads) : null);

/** How much road the lot fronts, m (0 for a lot in pieces). */
const roadSideOf = (lot: FacilityLot, roadGrid: SegmentGrid): number => (lot.polygons.length === 1 ? roadContact(lot.polygons[0][0], roadGrid).lengthM : 0);

/**
 * The block cut as its row asks, or, where parking or waste collection then fronts no road by what
 * it needs (a small lot behind a grown parking lot in a block cut along the row; a thin lot across a
 * deep row touching its road at a corner), cut across or along the row instead, or with those lots
 * side by side along the road (cutSideBySide); the first cut whose every such lot fronts a road, else
 * the row's own.
 */
function placeFronting(
  f: LocalFrame, blocks: PlanePolygon[], row: PlotRow, sigma: number, halfMainM: number, requests: readonly FacilityRequest[],
  roadAlongRows: boolean, roadGrid: SegmentGrid | null,
): ReturnType<typeof placeBlock> {
  const roadSideM = roadGrid ? (lot: FacilityLot) => roadSideOf(lot, roadGrid) : undefined;
  const first = placeBlock(f, blocks, row, sigma, halfMainM, requests, roadAlongRows, 'auto', roadSideM);
  if (!first || !roadGrid) return first;
  const fronts = (lots: readonly FacilityLot[]) => lots.every((lot) => !(lot.use in FRONTING_NEEDED_M)
    || (lot.polygons.length === 1 && roadContact(lot.polygons[0][0], roadGrid).lengthM >= FRONTING_NEEDED_M[lot.use]));
  if (fronts(first.lots)) return first;
  for (const cut of ['across', 'along', 'front'] as const) {
    const other = placeBlock(f, blocks, row, sigma, halfMainM, requests, roadAlongRows, cut);
    if (other && fronts(other.lots)) return other;
  }
  return first;
}

function withTaken(starts: RowStart[], taken: { end: RowEnd; takenM: number }[]): RowStart[] {
  return starts.map((start, row) => {
    const plus = taken.find((q) => q.end.row === row && q.end.sigma > 0)?.takenM ?? start.plus;
    const minus = taken.find((q) => q.end.row === row && q.end.sigma < 0)?.takenM ?? start.minus;
    return { plus, minus };
  });
}
