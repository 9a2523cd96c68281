/**
 * Cutting facility lots out of a row side (facilities.ts decides which row side each group goes to):
 * a block of the group's total area cut off the row end beside the main road, or off the row's outer
 * end, by exact area (bisection to 1 mm, a quick unclipped area where it already decides the step),
 * then cut into its lots — across the row, along it, or (where the road runs along the row's front)
 * the lots that must front the road in a band along it.
 */
import { multiPolygonAreaM2, type PlanePolygon } from '../plane-measure';
import { intersectPolygons, subtractPolygons } from './clip';
import { localExtent, sSlab, tSlab, type LocalFrame } from './frame';
import type { PlotRow } from './row-plan';
import type { SizedFacility as FacilityRequest } from './facility-sizes';
import { localRings, slabAreaM2, slabAreaSlackM2 } from './slab-area';
import { solve } from './area-bisection';
import { squarifiedLots } from './facility-squarify';

export interface FacilityLot {
  readonly use: string;
  readonly polygons: PlanePolygon[];
  /**
   * Land of the lot's slab left unbuilt beside it (a compact lot cut in one end of a slab across a
   * deep row): no plot is cut from it, so it goes to the green.
   */
  readonly keptClear?: PlanePolygon[];
}

/**
 * How a block is cut into its lots: `auto` as the row asks (across the row, along it when the block
 * is wider than the row is deep, or in a band along a road running along the row's front), or forced
 * across or along (facilities.ts tries them when a lot that must front a road does not).
 */
export type BlockCut = 'auto' | 'across' | 'along' | 'front';

/** A row end: one side (`sigma` +1 or −1 of the main road) of one row. */
export interface RowEnd { row: number; sigma: number }

/**
 * One block of the requests' total area cut off the row end, then cut into the lots; null when the
 * row end has not that much land.
 */
export function placeBlock(
  f: LocalFrame, blocks: PlanePolygon[], row: PlotRow, sigma: number, halfMainM: number, requests: readonly FacilityRequest[],
  roadAlongRows = false, cut: BlockCut = 'auto', roadSideM?: (lot: FacilityLot) => number,
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
  const ordered = [...requests].sort((a, b) => Number(b.use === 'parking') - Number(a.use === 'parking'));
  // A block of lots that need no road of their own (the fire-water tank), thinner along the row than
  // a compact lot, is cut wider and its lots in one end of it: the rest of the slab stays unbuilt.
  if (cut === 'auto' && !requests.some((r) => ROAD_USES.has(r.use))) {
    const [bs0, bs1] = localExtent(f, band);
    const inner = sigma > 0 ? bs0 : bs1;
    if (Math.abs(edge - inner) < compactWidthM(requests)) {
      const wideEdge = inner + sigma * compactWidthM(requests);
      const wide = intersectPolygons(band, [slab(wideEdge)]);
      // Along a road at the row's front, the lots front it. Beside the main road they keep off the
      // branch's kerb corner, at the row's back, unless the row's end has no main road (a row past
      // its end): then the side where the lots front more road.
      const sides = roadAlongRows ? [row.front === 'high'] : [row.front !== 'high', row.front === 'high'];
      const fronting = (lots: FacilityLot[]) => (roadSideM ? Math.min(...lots.map(roadSideM)) : 0);
      let best: FacilityLot[] | null = null;
      for (const fromHigh of sides) {
        const lots = compactLots(f, wide, fromHigh, ordered);
        if (lots && (!best || fronting(lots) > fronting(best) + COMPACT_FRONT_SLACK_M)) best = lots;
      }
      if (best) return { lots: best, takenM: Math.abs(wideEdge) - halfMainM };
    }
  }
  const block = intersectPolygons(band, [slab(edge)]);
  const [, , tMin, tMax] = localExtent(f, block);
  if (roadAlongRows && cut === 'auto') return { lots: cutBesideFront(f, block, row, sigma, ordered), takenM: Math.abs(edge) - halfMainM };
  if (cut === 'front') {
    // The road the block fronts: the row's own front where the road runs along it, else the main road
    // at the block's inner end; the gate lies towards s = 0 along the first, towards tLo along the second.
    const lots = roadAlongRows
      ? cutSideBySide(f, block, 't', row.front === 'high', sigma < 0, ordered)
      : cutSideBySide(f, block, 's', sigma < 0, false, ordered);
    return lots ? { lots, takenM: Math.abs(edge) - halfMainM } : null;
  }
  const lots: FacilityLot[] = [];
  let cumulative = 0;
  // Parking (nearest the entrance) is sliced across the block as before; two or more lots after it
  // are cut compact (facility-squarify.ts), the first of them (waste collection, ordered after
  // parking) in the corner on the road the rest starts from.
  const leading = ordered[0]?.use === 'parking' ? 1 : 0;
  const sliced = ordered.length - leading >= 2 ? leading : ordered.length;
  if (cut === 'across' || (cut === 'auto' && Math.abs(edge) - halfMainM <= tMax - tMin)) {
    // Cut across the row, parking nearest the entrance.
    const across = (t0: number, t1: number) => tSlab(f, t0, t1);
    const blockRings = localRings(f, block);
    const acrossEstimate = { areaOf: (t: number) => slabAreaM2(blockRings, 't', f.tLo, t), slackM2: slabAreaSlackM2(blockRings) };
    let from = f.tLo;
    ordered.slice(0, sliced).forEach((request, i) => {
      cumulative += request.areaM2;
      const to = i === ordered.length - 1
        ? f.tHi
        : solve((t) => multiPolygonAreaM2(intersectPolygons(block, [across(f.tLo, t)])), cumulative, row.tLow - 1, row.tHigh + 1, acrossEstimate);
      lots.push({ use: request.use, polygons: intersectPolygons(block, [across(from, to)]) });
      from = to;
    });
    // The rest beside the main road, from its side; the first band after the lots before.
    if (sliced < ordered.length) lots.push(...squarifiedLots(f, intersectPolygons(block, [across(from, f.tHi)]), ordered.slice(sliced), { sHigh: sigma < 0, tHigh: false }));
  } else {
    // A block wider than the row is deep is cut along it (lots across it would be thin strips),
    // parking nearest the main road.
    let from = 0;
    ordered.slice(0, sliced).forEach((request, i) => {
      cumulative += request.areaM2;
      const to = i === ordered.length - 1 ? far : sigma * solve((x) => areaTo(sigma * x), cumulative, 0, Math.abs(edge), { areaOf: (x) => estimateTo(sigma * x), slackM2: bandSlack });
      lots.push({ use: request.use, polygons: intersectPolygons(block, [sSlab(f, Math.min(from, to), Math.max(from, to))]) });
      from = to;
    });
    // The rest, from the lots before and the row's road.
    if (sliced < ordered.length) lots.push(...squarifiedLots(f, intersectPolygons(block, [sSlab(f, Math.min(from, far), Math.max(from, far))]), ordered.slice(sliced), { sHigh: sigma < 0, tHigh: row.front === 'high' }));
  }
  return { lots, takenM: Math.abs(edge) - halfMainM };
}

/** Uses that must front the road: parking, and waste collection (reached by truck). */
const ROAD_USES = new Set(['parking', 'waste-collection']);

/**
 * How many times its width a facility lot may be long. Cut by area across a whole row depth, a lot
 * is a sliver (the demo's 100 m² tank across a 45 m row: 2.2 × 45 m, its 280 m² wastewater plant
 * 2.5 × 110 m), which no planner would draw and no tank or plant fits in.
 */
const LOT_ASPECT = 3;

/** Road side a compact lot's other corner must front by more to be chosen over the first, m. */
const COMPACT_FRONT_SLACK_M = 1;

/**
 * Least width along the row of a block whose largest lot is at most LOT_ASPECT times as long as wide,
 * m, rounded up to whole metres: a lot sized with the zone grows by a size step when an edit changes
 * the zone a little (facility-sizes.ts), and within a whole metre it grows along the row depth only,
 * so that the plots beside its slab keep their corners (and codes).
 */
export const compactWidthM = (requests: readonly FacilityRequest[]): number => Math.ceil(Math.sqrt(Math.max(...requests.map((r) => r.areaM2)) / LOT_ASPECT));

/**
 * The lots cut from one side across the row (local t: the high side where `fromHigh`) of a slab wider
 * than they need, each across the slab's whole width, in order: the slab's land past them stays
 * unbuilt (the last lot's `keptClear`: it goes to the green). Null when the slab has not the lots' area.
 */
function compactLots(f: LocalFrame, slab: PlanePolygon[], fromHigh: boolean, requests: readonly FacilityRequest[]): FacilityLot[] | null {
  const total = requests.reduce((sum, r) => sum + r.areaM2, 0);
  if (!slab.length || multiPolygonAreaM2(slab) < total) return null;
  const [, , tMin, tMax] = localExtent(f, slab);
  // d metres in from past the chosen side, as a band along s; the cut never runs along an edge.
  const bandTo = (d: number) => (fromHigh ? tSlab(f, tMax + 1 - d, tMax + 1) : tSlab(f, tMin - 1, tMin - 1 + d));
  const between = (d0: number, d1: number) => (fromHigh ? tSlab(f, tMax + 1 - d1, tMax + 1 - d0) : tSlab(f, tMin - 1 + d0, tMin - 1 + d1));
  const rings = localRings(f, slab);
  const estimate = {
    areaOf: (d: number) => slabAreaM2(rings, 't', fromHigh ? tMax + 1 - d : tMin - 1, fromHigh ? tMax + 1 : tMin - 1 + d),
    slackM2: slabAreaSlackM2(rings),
  };
  const reach = tMax - tMin + 2;
  const lots: FacilityLot[] = [];
  let from = 0, cumulative = 0;
  for (const request of requests) {
    cumulative += request.areaM2;
    const to = solve((d) => multiPolygonAreaM2(intersectPolygons(slab, [bandTo(d)])), cumulative, from, reach, estimate);
    lots.push({ use: request.use, polygons: intersectPolygons(slab, [between(from, to)]) });
    from = to;
  }
  const last = lots.length - 1;
  lots[last] = { ...lots[last], keptClear: subtractPolygons(slab, lots.flatMap((lot) => lot.polygons)) };
  return lots;
}

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
  // Behind the front band, from its side and the gate's end.
  return [...cutAlongS(f, intersectPolygons(block, [band(d)]), sigma, front), ...squarifiedLots(f, intersectPolygons(block, [behind]), back, { sHigh: sigma < 0, tHigh: high })];
}

/** Road side the first lot of a side-by-side cut keeps, m: a truck's opening (3.5 m) with a margin. */
const FIRST_FRONT_M = 5;
/** Least road side of each other lot of a side-by-side cut, m. */
const SMALL_FRONT_M = 2.5;

/** A slab of the frame between a and b along `axis` (either order). */
const axisSlab = (f: LocalFrame, axis: 's' | 't', a: number, b: number) => (axis === 's' ? sSlab : tSlab)(f, Math.min(a, b), Math.max(a, b));

/**
 * The lots that must front the road (ROAD_USES) in a band along the road the block fronts, side by
 * side along it: the first (parking, nearest the gate) takes the band's width less the others, each
 * of which is cut about square (no deeper than its side) at the band's far end, so that a small
 * waste lot fronts the road by some metres rather than by a sliver across a deep band; the lots that
 * need no road behind the band, side by side along the road too. Null when the band has not the land.
 * @param depthAxis the axis across the road (the road runs along the other)
 * @param frontHigh whether the road lies at the high end of depthAxis
 * @param gateHigh whether the gate lies towards the high end of the road's axis
 */
export function cutSideBySide(
  f: LocalFrame, block: PlanePolygon[], depthAxis: 's' | 't', frontHigh: boolean, gateHigh: boolean, ordered: readonly FacilityRequest[],
): FacilityLot[] | null {
  const front = ordered.filter((r) => ROAD_USES.has(r.use));
  const back = ordered.filter((r) => !ROAD_USES.has(r.use));
  if (front.length < 2) return null;
  const alongAxis = depthAxis === 's' ? 't' : 's';
  const [s0, s1, t0, t1] = localExtent(f, block);
  const [d0, d1] = depthAxis === 's' ? [s0, s1] : [t0, t1];
  const [a0, a1] = alongAxis === 's' ? [s0, s1] : [t0, t1];
  const frontEdge = frontHigh ? d1 + 1 : d0 - 1;
  const depthM = d1 - d0 + 1;
  // x metres in from past the road side, as a slab along the road.
  const band = (x: number) => axisSlab(f, depthAxis, frontEdge, frontHigh ? frontEdge - x : frontEdge + x);
  const areaOf = (polys: PlanePolygon[]) => multiPolygonAreaM2(polys);
  const frontM2 = front.reduce((sum, r) => sum + r.areaM2, 0);
  if (areaOf(block) < frontM2 + back.reduce((sum, r) => sum + r.areaM2, 0) - 0.5) return null;
  const d = solve((x) => areaOf(intersectPolygons(block, [band(x)])), frontM2, 0, depthM + 1);
  const frontBand = intersectPolygons(block, [band(d)]);
  // From the far end of the road's axis (away from the gate), y metres in.
  const farEdge = gateHigh ? a0 - 1 : a1 + 1;
  const alongSpan = a1 - a0 + 2;
  const fromFar = (y0: number, y1: number) => axisSlab(f, alongAxis, gateHigh ? farEdge + y0 : farEdge - y0, gateHigh ? farEdge + y1 : farEdge - y1);
  const smalls: FacilityLot[] = [];
  let y = 0;
  // The first lot keeps FIRST_FRONT_M of the road side; the others share the rest.
  const smallWidthM = (a1 - a0 - FIRST_FRONT_M) / (front.length - 1);
  if (smallWidthM < SMALL_FRONT_M) return null;
  for (const r of front.slice(1)) {
    const depth = Math.min(d, r.areaM2 / Math.min(Math.sqrt(r.areaM2), smallWidthM) + 1);
    const piece = intersectPolygons(frontBand, [band(depth)]);
    const from = y;
    const to = solve((x) => areaOf(intersectPolygons(piece, [fromFar(from, x)])), r.areaM2, from, alongSpan);
    const polygons = intersectPolygons(piece, [fromFar(from, to)]);
    // Land too short along the road for the lot at that depth: no such cut.
    if (Math.abs(areaOf(polygons) - r.areaM2) > 0.5) return null;
    smalls.push({ use: r.use, polygons });
    y = to;
  }
  const first: FacilityLot = { use: front[0].use, polygons: subtractPolygons(frontBand, smalls.flatMap((lot) => lot.polygons)) };
  const lots = [first, ...smalls];
  if (back.length) {
    // Behind the band, compact, from its side and the far end of the road's axis.
    const start = depthAxis === 's' ? { sHigh: frontHigh, tHigh: !gateHigh } : { sHigh: !gateHigh, tHigh: frontHigh };
    lots.push(...squarifiedLots(f, subtractPolygons(block, frontBand), back, start));
  }
  return lots;
}

/**
 * One block of the requests' total area cut off the outer end of a row side (the end away from the
 * main road), or insetM in from it, then cut along the row into the lots, the first request outermost;
 * with tRange, only in that range across the row (a corner of the row's outer end); null when the
 * row side has not that much land. Where that slab would be thinner along the row than a compact lot,
 * the lots are cut compact at its front or its back: `choose` picks (by default the front).
 */
export function placeFarBlock(
  f: LocalFrame, blocks: PlanePolygon[], row: PlotRow, sigma: number, requests: readonly FacilityRequest[], insetM = 0,
  tRange?: readonly [number, number], choose?: (cuts: FacilityLot[][]) => FacilityLot[],
): FacilityLot[] | null {
  const total = requests.reduce((sum, r) => sum + r.areaM2, 0);
  const side = rowEndBand(f, blocks, row, sigma);
  const band = tRange ? intersectPolygons(side, [tSlab(f, tRange[0], tRange[1])]) : side;
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
  const first = from;
  for (const request of requests) {
    cumulative += request.areaM2;
    const to = solve(areaIn, cumulative, from, reach, estimate);
    lots.push({ use: request.use, polygons: intersectPolygons(band, [slab(from, to)]) });
    from = to;
  }
  // Thinner along the row than a compact lot (a deep row): a wider slab, the lots at its front (the
  // row's road), the rest of it unbuilt.
  if (from - first < compactWidthM(requests)) {
    // Measured from the land's outer end, which lies a metre in from `outer`, unless inset.
    const wide = intersectPolygons(band, [slab(first, Math.max(first, 1) + compactWidthM(requests))]);
    // Along the row's road first, else at its back (choose decides, e.g. by the distance from the gate).
    const sides = [row.front === 'high', row.front !== 'high'].map((fromHigh) => compactLots(f, wide, fromHigh, requests)).filter((q) => q !== null);
    if (sides.length) return choose ? choose(sides) : sides[0];
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
export function rowEndBand(f: LocalFrame, blocks: PlanePolygon[], row: PlotRow, sigma: number): PlanePolygon[] {
  return cached(f, blocks, `${row.tLow} ${row.tHigh} ${sigma > 0}`, () => {
    const [sMin, sMax] = localExtent(f, blocks);
    // From the main road's centre line: cuts never run along an existing edge (see slice-rows.ts).
    const side = sigma > 0 ? sSlab(f, 0, sMax + 1) : sSlab(f, sMin - 1, 0);
    const rowLand = cached(f, blocks, `${row.tLow} ${row.tHigh}`, () => intersectPolygons(blocks, [tSlab(f, row.tLow, row.tHigh)]));
    return intersectPolygons(rowLand, [side]);
  });
}
