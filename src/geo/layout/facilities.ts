/**
 * Facility lots at row ends, placed by rule: parking, waste collection (reached by truck from the
 * gate, along the main road), the power substation and the water-supply point (both fed from the
 * public road's networks) in one block at the first row end nearest the entrance; the wastewater plant
 * at the spot farthest from every gate that does not border the strip facing the homes, beside the
 * main road or at a row's outer end (facility-far-spot.ts; zone files carry no heights, so the far end
 * stands for downhill); the fire-water tank at the row end nearest the middle of the zone. Each block
 * is cut off its row end by exact area, then into lots, parking nearest the entrance. A group whose
 * row end is taken joins the block there. When the groups do not fit so, every lot goes one by one,
 * largest first, each to the nearest row end with room left (the lots sharing a row end again form one
 * block), and only a lot that fits nowhere is not placed.
 */
import { multiPolygonAreaM2, type PlanePolygon } from '../plane-measure';
import { intersectPolygons } from './clip';
import { localExtent, sSlab, toPlane, tSlab, type LocalFrame } from './frame';
import { homesShortfallM, rankFarSpots, type FarSpotSite, type RowSideExtent } from './facility-far-spot';
import type { PlotRow } from './row-plan';
import type { SizedFacility as FacilityRequest } from './facility-sizes';
import type { LayoutWarning } from './types';
import { localRings, slabAreaM2, slabAreaSlackM2 } from './slab-area';

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

/** A quick area (slab-area.ts) and how far the clipped area can be from it, m². */
interface AreaEstimate { readonly areaOf: (x: number) => number; readonly slackM2: number }

/**
 * The x in [lo, hi] where the increasing function areaOf(x) reaches target. A step whose estimate is
 * farther than its slack from the target goes the way the clipped area would send it, unclipped.
 */
function solve(areaOf: (x: number) => number, target: number, lo: number, hi: number, estimate?: AreaEstimate): number {
  const below = (x: number) => {
    const guess = estimate?.areaOf(x);
    if (guess !== undefined && guess + estimate!.slackM2 < target) return true;
    if (guess !== undefined && guess - estimate!.slackM2 >= target) return false;
    return areaOf(x) < target;
  };
  for (let k = 0; k < BISECTION_STEPS && hi - lo > 0.0005; k++) {
    const mid = (lo + hi) / 2;
    if (below(mid)) lo = mid;
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
  roadAlongRows = false,
): { lots: FacilityLot[]; takenM: number } | null {
  const total = requests.reduce((sum, r) => sum + r.areaM2, 0);
  const band = rowEndBand(f, blocks, row, sigma);
  if (multiPolygonAreaM2(band) < total) return null;
  const [sMin, sMax] = localExtent(f, blocks);
  const far = sigma > 0 ? sMax + 1 : sMin - 1;
  const slab = (x: number) => sSlab(f, sigma > 0 ? 0 : x, sigma > 0 ? x : 0);
  const areaTo = (x: number) => multiPolygonAreaM2(intersectPolygons(band, [slab(x)]));
  const bandRings = localRings(f, band);
  const estimateTo = (x: number) => slabAreaM2(bandRings, 's', sigma > 0 ? 0 : x, sigma > 0 ? x : 0);
  const bandSlack = slabAreaSlackM2(bandRings);
  const edge = sigma > 0
    ? solve(areaTo, total, 0, far, { areaOf: estimateTo, slackM2: bandSlack })
    : -solve((x) => areaTo(-x), total, 0, -far, { areaOf: (x) => estimateTo(-x), slackM2: bandSlack });
  const block = intersectPolygons(band, [slab(edge)]);
  const ordered = [...requests].sort((a, b) => Number(b.use === 'parking') - Number(a.use === 'parking'));
  const [, , tMin, tMax] = localExtent(f, block);
  if (roadAlongRows) return { lots: cutBesideFront(f, block, row, sigma, ordered), takenM: Math.abs(edge) - halfMainM };
  const lots: FacilityLot[] = [];
  let cumulative = 0;
  if (Math.abs(edge) - halfMainM <= tMax - tMin) {
    // Cut across the row, parking nearest the entrance.
    const across = (t0: number, t1: number) => tSlab(f, t0, t1);
    const blockRings = localRings(f, block);
    const acrossEstimate = { areaOf: (t: number) => slabAreaM2(blockRings, 't', f.tLo, t), slackM2: slabAreaSlackM2(blockRings) };
    let from = f.tLo;
    ordered.forEach((request, i) => {
      cumulative += request.areaM2;
      const to = i === ordered.length - 1
        ? f.tHi
        : solve((t) => multiPolygonAreaM2(intersectPolygons(block, [across(f.tLo, t)])), cumulative, row.tLow - 1, row.tHigh + 1, acrossEstimate);
      lots.push({ use: request.use, polygons: intersectPolygons(block, [across(from, to)]) });
      from = to;
    });
  } else {
    // A block wider than the row is deep is cut along it (lots across it would be thin strips),
    // parking nearest the main road.
    let from = 0;
    ordered.forEach((request, i) => {
      cumulative += request.areaM2;
      const to = i === ordered.length - 1 ? far : sigma * solve((x) => areaTo(sigma * x), cumulative, 0, Math.abs(edge), { areaOf: (x) => estimateTo(sigma * x), slackM2: bandSlack });
      lots.push({ use: request.use, polygons: intersectPolygons(block, [sSlab(f, Math.min(from, to), Math.max(from, to))]) });
      from = to;
    });
  }
  return { lots, takenM: Math.abs(edge) - halfMainM };
}

/** Uses that must front the road: parking, and waste collection (reached by truck). */
const ROAD_USES = new Set(['parking', 'waste-collection']);

/**
 * Lots cut off `piece` square to s, from s = 0 outward on the σ side, in order; the last takes the rest.
 */
function cutAlongS(f: LocalFrame, piece: PlanePolygon[], sigma: number, requests: readonly FacilityRequest[]): FacilityLot[] {
  const [s0, s1] = localExtent(f, piece);
  const reach = (sigma > 0 ? s1 : -s0) + 1;
  const slab = (from: number, to: number) => (sigma > 0 ? sSlab(f, from, to) : sSlab(f, -to, -from));
  const rings = localRings(f, piece);
  const estimate = { areaOf: (x: number) => slabAreaM2(rings, 's', sigma > 0 ? 0 : -x, sigma > 0 ? x : 0), slackM2: slabAreaSlackM2(rings) };
  const areaTo = (x: number) => multiPolygonAreaM2(intersectPolygons(piece, [slab(0, x)]));
  const lots: FacilityLot[] = [];
  let from = 0, cumulative = 0;
  requests.forEach((request, i) => {
    cumulative += request.areaM2;
    const to = i === requests.length - 1 ? reach : solve(areaTo, cumulative, 0, reach, estimate);
    lots.push({ use: request.use, polygons: intersectPolygons(piece, [slab(from, to)]) });
    from = to;
  });
  return lots;
}

/**
 * A block at the gate end of a row whose road runs along the row's front (the spines, the strip
 * entered from its side): the lots that must front the road (ROAD_USES, parking nearest the gate) in
 * a band along the front, the others behind them, each band cut square to the road.
 */
function cutBesideFront(f: LocalFrame, block: PlanePolygon[], row: PlotRow, sigma: number, ordered: readonly FacilityRequest[]): FacilityLot[] {
  const front = ordered.filter((r) => ROAD_USES.has(r.use));
  const back = ordered.filter((r) => !ROAD_USES.has(r.use));
  if (!front.length || !back.length) return cutAlongS(f, block, sigma, ordered);
  const [, , tMin, tMax] = localExtent(f, block);
  const high = row.front === 'high';
  // d metres in from the front, as a band across the block; the split line never runs along an edge.
  const band = (d: number) => (high ? tSlab(f, tMax - d, tMax + 1) : tSlab(f, tMin - 1, tMin + d));
  const rings = localRings(f, block);
  const estimate = { areaOf: (d: number) => slabAreaM2(rings, 't', high ? tMax - d : tMin - 1, high ? tMax + 1 : tMin + d), slackM2: slabAreaSlackM2(rings) };
  const frontM2 = front.reduce((sum, r) => sum + r.areaM2, 0);
  const d = solve((x) => multiPolygonAreaM2(intersectPolygons(block, [band(x)])), frontM2, 0, tMax - tMin, estimate);
  const behind = high ? tSlab(f, tMin - 1, tMax - d) : tSlab(f, tMin + d, tMax + 1);
  return [...cutAlongS(f, intersectPolygons(block, [band(d)]), sigma, front), ...cutAlongS(f, intersectPolygons(block, [behind]), sigma, back)];
}

/**
 * One block of the requests' total area cut off the outer end of a row side (the end away from the
 * main road), or insetM in from it, then cut along the row into the lots, the first request outermost;
 * null when the row side has not that much land.
 */
function placeFarBlock(
  f: LocalFrame, blocks: PlanePolygon[], row: PlotRow, sigma: number, requests: readonly FacilityRequest[], insetM = 0,
): FacilityLot[] | null {
  const total = requests.reduce((sum, r) => sum + r.areaM2, 0);
  const band = rowEndBand(f, blocks, row, sigma);
  if (!band.length || multiPolygonAreaM2(band) < total) return null;
  const [bs0, bs1] = localExtent(f, band);
  const outer = sigma > 0 ? bs1 + 1 : bs0 - 1, reach = Math.abs(outer);
  // d0 to d1 metres in from past the outer end, as a slab across the row.
  const slab = (d0: number, d1: number) => sSlab(f, Math.min(outer - sigma * d0, outer - sigma * d1), Math.max(outer - sigma * d0, outer - sigma * d1));
  const areaIn = (d: number) => multiPolygonAreaM2(intersectPolygons(band, [slab(0, d)]));
  const bandRings = localRings(f, band);
  const estimate = {
    areaOf: (d: number) => slabAreaM2(bandRings, 's', Math.min(outer, outer - sigma * d), Math.max(outer, outer - sigma * d)),
    slackM2: slabAreaSlackM2(bandRings),
  };
  const lots: FacilityLot[] = [];
  // The land between the outer end and the lot (insetM, kept clear of the homes strip) stays unbuilt.
  let from = insetM > 0 ? 1 + insetM : 0;
  let cumulative = insetM > 0 ? areaIn(from) : 0;
  if (multiPolygonAreaM2(band) < cumulative + total) return null;
  for (const request of requests) {
    cumulative += request.areaM2;
    const to = solve(areaIn, cumulative, from, reach, estimate);
    lots.push({ use: request.use, polygons: intersectPolygons(band, [slab(from, to)]) });
    from = to;
  }
  return lots;
}

/**
 * Row-end bands already cut, per blocks array (one per candidate layout): placing by rule asks for the
 * same band three times or more (room, middle, block), and each is two clippings of all the land.
 * Results are shared, never mutated.
 */
const bandCache = new WeakMap<PlanePolygon[], { f: LocalFrame; bands: Map<string, PlanePolygon[]> }>();

function cached(f: LocalFrame, blocks: PlanePolygon[], key: string, make: () => PlanePolygon[]): PlanePolygon[] {
  let entry = bandCache.get(blocks);
  if (!entry || entry.f !== f) bandCache.set(blocks, (entry = { f, bands: new Map() }));
  let band = entry.bands.get(key);
  if (!band) entry.bands.set(key, (band = make()));
  return band;
}

/** The land of one side of a row, from the main road's centre line outward. */
function rowEndBand(f: LocalFrame, blocks: PlanePolygon[], row: PlotRow, sigma: number): PlanePolygon[] {
  return cached(f, blocks, `${row.tLow} ${row.tHigh} ${sigma > 0}`, () => {
    const [sMin, sMax] = localExtent(f, blocks);
    // From the main road's centre line: cuts never run along an existing edge (see slice-rows.ts).
    const side = sigma > 0 ? sSlab(f, 0, sMax + 1) : sSlab(f, sMin - 1, 0);
    const rowLand = cached(f, blocks, `${row.tLow} ${row.tHigh}`, () => intersectPolygons(blocks, [tSlab(f, row.tLow, row.tHigh)]));
    return intersectPolygons(rowLand, [side]);
  });
}

/**
 * @param blocks land left for plots and facilities
 * @param rows the rows of the plan, nearest the entrance first
 * @param halfMainM half the main road width, m
 * @param options.site the gates and homes lines the wastewater plant keeps away from (by default the
 *   frame's origin is the one gate and there are no homes)
 * @param options.roadAlongRows whether each row's road runs along its front (the spines, the strip
 *   entered from its side) rather than across its end (the comb's main road)
 */
export function placeFacilities(
  f: LocalFrame, blocks: PlanePolygon[], rows: readonly PlotRow[], halfMainM: number, requests: readonly FacilityRequest[],
  options: { readonly site?: FarSpotSite; readonly roadAlongRows?: boolean } = {},
): FacilityPlacement {
  const site = options.site ?? { gates: [toPlane(f, 0, 0)], homesLines: [], greenBufferM: 0 };
  const along = options.roadAlongRows ?? false;
  const untouched = rows.map((): RowStart => ({ plus: 0, minus: 0 }));
  if (!requests.length) return { lots: [], rowStarts: untouched, warnings: [] };
  const ends: RowEnd[] = rows.flatMap((_, row) => [{ row, sigma: 1 }, { row, sigma: -1 }]);
  const byRule = placeByRule(f, blocks, rows, ends, halfMainM, requests, site, along);
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
    const placed = placeBlock(f, blocks, rows[end.row], end.sigma, halfMainM, inOrder, along);
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

/**
 * The facilities in their groups (gate, far spot, middle), each group at its row end (the far group
 * maybe at a row's outer end), groups meeting at one row end sharing one block; null when some block
 * does not fit.
 */
function placeByRule(
  f: LocalFrame, blocks: PlanePolygon[], rows: readonly PlotRow[], ends: readonly RowEnd[], halfMainM: number, requests: readonly FacilityRequest[],
  site: FarSpotSite, roadAlongRows: boolean,
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
  const dist = (k: number, to: [number, number]) => Math.hypot(middles[k]![0] - to[0], middles[k]![1] - to[1]);
  if (!pick(gate, (k) => k)) return null;
  const farLots = far.length ? placeFar(f, blocks, rows, ends, site, far, { room, assigned, give, fits }) : [];
  if (!farLots) return null;
  if (!pick(central, (k) => dist(k, centre))) return null;
  const lots: FacilityLot[] = [...farLots];
  const taken: { end: RowEnd; takenM: number }[] = [];
  for (const [k, rs] of [...assigned.entries()].sort((a, b) => a[0] - b[0])) {
    const inOrder = requests.filter((r) => rs.includes(r));
    const placed = placeBlock(f, blocks, rows[ends[k].row], ends[k].sigma, halfMainM, inOrder, roadAlongRows);
    if (!placed) return null;
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
 * (its area then counted against the row side's room). The lots cut now, or null when no spot fits.
 */
function placeFar(
  f: LocalFrame, blocks: PlanePolygon[], rows: readonly PlotRow[], ends: readonly RowEnd[], site: FarSpotSite,
  far: readonly FacilityRequest[], book: EndBook,
): FacilityLot[] | null {
  const areaM2 = far.reduce((sum, r) => sum + r.areaM2, 0);
  const sides = ends.map((end) => sideExtent(f, blocks, rows[end.row], end.sigma));
  for (const spot of rankFarSpots(f, sides, areaM2, site)) {
    if (!book.fits(spot.end, far)) continue;
    if (!spot.outer) {
      if (book.assigned.has(spot.end)) continue;
      book.give(spot.end, far);
      return [];
    }
    // A row side holding another block keeps it alone: on an irregular side the two could meet.
    if (book.assigned.has(spot.end)) continue;
    const lots = placeFarBlock(f, blocks, rows[ends[spot.end].row], ends[spot.end].sigma, far, spot.insetM);
    // A lot cut into pieces by a jogged edge or a pond is no lot.
    if (!lots || lots.some((lot) => lot.polygons.length !== 1 || lot.polygons[0].length !== 1)) continue;
    // The estimate squares the row side off; a lot that, as cut, borders the homes strip tries the next spot.
    if (!spot.nearHomes && lots.some((lot) => lot.polygons.some((q) => homesShortfallM(q[0], site) > 0))) continue;
    // No other group joins this row side (its block would be cut from the same land).
    book.room[spot.end] = -Infinity;
    return lots;
  }
  return null;
}

function withTaken(starts: RowStart[], taken: { end: RowEnd; takenM: number }[]): RowStart[] {
  return starts.map((start, row) => {
    const plus = taken.find((q) => q.end.row === row && q.end.sigma > 0)?.takenM ?? start.plus;
    const minus = taken.find((q) => q.end.row === row && q.end.sigma < 0)?.takenM ?? start.minus;
    return { plus, minus };
  });
}
