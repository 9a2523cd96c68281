/**
 * Facility lots that need no road of their own (power substation, water-supply point, a tank that
 * joins the gate block) cut from one piece of a block as a squarified treemap (Bruls, Huizing and van
 * Wijk, "Squarified treemaps", 2000): a band along the piece's shorter side holds lots side by side,
 * as many as keep the worst lot of the whole tiling nearest square, and the rest of the piece is cut
 * the same way. Cut
 * one after another across a deep row, a 40 m² lot was a 1 × 40 m sliver; each cut here is made by
 * exact area (bisection to 1 mm), the last lot taking what is left.
 */
import { multiPolygonAreaM2, type PlanePolygon } from '../plane-measure';
import { solve } from './area-bisection';
import { intersectPolygons } from './clip';
import { localExtent, sSlab, tSlab, type LocalFrame } from './frame';
import type { SizedFacility as FacilityRequest } from './facility-sizes';
import { localRings, slabAreaM2, slabAreaSlackM2 } from './slab-area';

export interface SquarifiedLot {
  readonly use: string;
  readonly polygons: PlanePolygon[];
}

/** Which end of each local axis the cuts start from (the end beside the road or the lots before). */
export interface StartSides { readonly sHigh: boolean; readonly tHigh: boolean }

/** How many times its width a lot of `areaM2` is long in a band `thicknessM` thick. */
function aspect(areaM2: number, thicknessM: number): number {
  const along = areaM2 / thicknessM;
  return Math.max(along / thicknessM, thicknessM / along);
}

/** Most lots whose every grouping into bands is tried (2^(n−1) groupings). */
const MAX_TRIED = 8;

/**
 * How many lots go in the first band, with the worst aspect of the whole tiling: every way of
 * grouping the lots, in order, into bands across a w × h rectangle (each band along the shorter
 * side of what is left) is tried, and the one whose worst lot is nearest square kept. Classic
 * squarifying fills each band greedily, which leaves the last lot whatever strip remains (a 70 m²
 * lot 14.7 × 4.8 m); a block holds a handful of lots, so trying every grouping costs nothing.
 */
function firstBand(areas: readonly number[], w: number, h: number): { k: number; worst: number } {
  if (!areas.length) return { k: 0, worst: 0 };
  const sideM = Math.max(Math.min(w, h), 1e-6);
  let best = { k: areas.length, worst: Infinity };
  let band = 0;
  // Past MAX_TRIED lots (a params file listing many), the classic greedy band: the rest is not tried.
  const tried = areas.length <= MAX_TRIED;
  for (let k = 1; k <= areas.length; k++) {
    band += areas[k - 1];
    const thickness = band / sideM;
    const inBand = Math.max(...areas.slice(0, k).map((a) => aspect(a, thickness)));
    if (!tried) {
      if (inBand >= best.worst) break;
      best = { k, worst: inBand };
      continue;
    }
    const rest = w <= h ? firstBand(areas.slice(k), w, h - thickness) : firstBand(areas.slice(k), w - thickness, h);
    const worst = Math.max(inBand, rest.worst);
    if (worst < best.worst) best = { k, worst };
  }
  return best;
}

/** The piece cut at `areaM2` from its start end along the axis: [that part, the rest]. */
function cutFrom(f: LocalFrame, piece: PlanePolygon[], axis: 's' | 't', fromHigh: boolean, areaM2: number): [PlanePolygon[], PlanePolygon[]] {
  const [s0, s1, t0, t1] = localExtent(f, piece);
  const [lo, hi] = axis === 's' ? [s0, s1] : [t0, t1];
  const slab = axis === 's' ? sSlab : tSlab;
  // x metres in from a metre past the start end; a cut never runs along an edge of the piece.
  const near = (x: number): [number, number] => (fromHigh ? [hi + 1 - x, hi + 1] : [lo - 1, lo - 1 + x]);
  const far = (x: number): [number, number] => (fromHigh ? [lo - 1, hi + 1 - x] : [lo - 1 + x, hi + 1]);
  const rings = localRings(f, piece);
  const estimate = { areaOf: (x: number) => slabAreaM2(rings, axis, ...near(x)), slackM2: slabAreaSlackM2(rings) };
  const x = solve((d) => multiPolygonAreaM2(intersectPolygons(piece, [slab(f, ...near(d))])), areaM2, 0, hi - lo + 2, estimate);
  return [intersectPolygons(piece, [slab(f, ...near(x))]), intersectPolygons(piece, [slab(f, ...far(x))])];
}

/**
 * The requests' lots tiling `piece` (whose area is theirs), in order from the start sides: the first
 * band at the start of the axis across the piece's shorter side, each band's lots from the start of
 * the other axis.
 */
export function squarifiedLots(f: LocalFrame, piece: PlanePolygon[], requests: readonly FacilityRequest[], start: StartSides): SquarifiedLot[] {
  const lots: SquarifiedLot[] = [];
  let rest = piece;
  let left = [...requests];
  while (left.length > 1 && rest.length) {
    const [s0, s1, t0, t1] = localExtent(f, rest);
    const [w, h] = [s1 - s0, t1 - t0];
    // The band runs along the shorter side and is stacked along the longer one.
    const stack: 's' | 't' = w <= h ? 't' : 's';
    // The lots' areas scaled to the extent's rectangle (a piece with skewed ends fills less of it).
    const scale = (w * h) / left.reduce((sum, r) => sum + r.areaM2, 0);
    const { k } = firstBand(left.map((r) => r.areaM2 * scale), w, h);
    const inBand = left.slice(0, k);
    const stackHigh = stack === 's' ? start.sHigh : start.tHigh;
    const [band, after] = k < left.length
      ? cutFrom(f, rest, stack, stackHigh, inBand.reduce((sum, r) => sum + r.areaM2, 0))
      : [rest, [] as PlanePolygon[]];
    // Side by side along the band, from the start of the other axis.
    const along: 's' | 't' = stack === 's' ? 't' : 's';
    const alongHigh = along === 's' ? start.sHigh : start.tHigh;
    let inBandRest = band;
    inBand.forEach((r, i) => {
      if (i === inBand.length - 1) { lots.push({ use: r.use, polygons: inBandRest }); return; }
      const [lot, other] = cutFrom(f, inBandRest, along, alongHigh, r.areaM2);
      lots.push({ use: r.use, polygons: lot });
      inBandRest = other;
    });
    rest = after;
    left = left.slice(k);
  }
  if (left.length) lots.push({ use: left[0].use, polygons: rest });
  return lots;
}
