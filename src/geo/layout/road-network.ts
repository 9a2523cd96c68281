/**
 * The internal roads as right-of-way polygons: the main road from the entrance across the zone, the
 * branch roads of the row plan, corner cuts for kerb radii at junctions (QCVN 01:2021 2.9.3.2) and
 * turning areas at dead ends longer than `maxDeadEndM` (QCVN 06:2022 6.2.5).
 * Pieces of a road cut off from the entrance (by a hole or a concave edge) are dropped: they would not
 * be reachable.
 */
import type { PlanePoint } from '../coordinates';
import { multiPolygonAreaM2, type PlanePolygon } from '../plane-measure';
import { intersectPolygons, subtractPolygons, unitePolygons } from './clip';
import { localExtent, localPolygon, localRect, sSlab, toLocal, toPlane, tSlab, type LocalFrame } from './frame';
import { pointInPolygon } from './segments';
import type { LayoutParameters, LayoutWarning } from './types';

/** Points per quarter circle when drawing kerb arcs. */
const ARC_SEGMENTS = 8;


export interface RoadPiece {
  readonly role: 'main' | 'branch' | 'turnaround';
  readonly widthM: number;
  readonly polygons: PlanePolygon[];
}

export interface RoadLine {
  readonly role: 'main' | 'branch';
  readonly widthM: number;
  readonly points: PlanePoint[];
}

export interface RoadNetwork {
  readonly pieces: RoadPiece[];
  readonly centrelines: RoadLine[];
  readonly kerbs: PlanePoint[][];
  /** Every road polygon as drawn (clipped to the zone). */
  readonly all: PlanePolygon[];
  /** The raw shapes the roads were drawn from: the land for plots loses exactly these. */
  readonly raw: PlanePolygon[];
  /** The raw shapes of the main road at the entrance, which cross the green strips. */
  readonly crossing: PlanePolygon[];
  readonly warnings: LayoutWarning[];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

function quarterArc(f: LocalFrame, cs: number, ct: number, r: number, fromS: number, fromT: number, toS: number, toT: number): PlanePoint[] {
  const a0 = Math.atan2(fromT - ct, fromS - cs);
  let a1 = Math.atan2(toT - ct, toS - cs);
  if (a1 - a0 > Math.PI) a1 -= 2 * Math.PI;
  if (a0 - a1 > Math.PI) a1 += 2 * Math.PI;
  const out: PlanePoint[] = [];
  for (let i = 0; i <= ARC_SEGMENTS; i++) {
    const a = a0 + ((a1 - a0) * i) / ARC_SEGMENTS;
    out.push(toPlane(f, cs + r * Math.cos(a), ct + r * Math.sin(a)));
  }
  return out;
}

/**
 * The corner cut at the junction corner (cs, ct), the roads leaving it along +σ·s and +τ·t: the
 * triangle through the tangent points of the kerb arc of radius r (so the arc lies inside the right of
 * way), drawn overshooting into the roads so that only its chamfer line meets the land beside.
 */
function cornerCut(f: LocalFrame, cs: number, ct: number, sigma: number, tau: number, r: number) {
  const e = 0.5;
  const triangle = localPolygon(f, [[cs + sigma * (r + e), ct - tau * e], [cs - sigma * e, ct + tau * (r + e)], [cs - sigma * e, ct - tau * e]]);
  const arc = quarterArc(f, cs + sigma * r, ct + tau * r, r, cs + sigma * r, ct, cs, ct + tau * r);
  return { triangle, arc };
}

/**
 * @param zone the zone (holes kept free)
 * @param inner the zone less its green strips: where roads other than the entrance may run
 * @param tStart t where the buildable area starts behind the entrance, m
 * @param branchT t of each branch centre line, m
 */
export function buildRoadNetwork(
  f: LocalFrame, zone: PlanePolygon, inner: PlanePolygon[], tStart: number, branchT: readonly number[], p: LayoutParameters,
): RoadNetwork {
  const halfMain = p.mainRoadWidthM / 2;
  const halfBranch = p.branchRoadWidthM / 2;
  const r = p.kerbRadiusM;
  const warnings: LayoutWarning[] = [];
  const lastT = branchT.length ? branchT[branchT.length - 1] : f.tHi;
  // Roads are drawn as raw shapes (slabs, corner cuts, squares) and clipped to the zone for display;
  // the land for plots loses the raw shapes, so both sides of a road edge share the same line.
  const raw: PlanePolygon[] = [];
  // The main road: through the strip at the entrance, then inside the inner area.
  const crossing = intersectPolygons([zone], [localRect(f, -halfMain - r, halfMain + r, -1, tStart + 1)]);
  const allowed = unitePolygons(inner, crossing);
  const lane = sSlab(f, -halfMain, halfMain);
  const mainAll = intersectPolygons(intersectPolygons(allowed, [lane]), [tSlab(f, f.tLo, lastT)]);
  const probe = toPlane(f, 0, Math.min(0.5, tStart / 2 + 0.01));
  let main = mainAll.filter((poly) => pointInPolygon(probe[0], probe[1], poly));
  if (!main.length) main = mainAll.slice(0, 1);
  const mainTEnd = localExtent(f, main)[3];
  const rawMain = intersectPolygons([lane], [tSlab(f, f.tLo, Math.min(lastT, mainTEnd))]);
  raw.push(...rawMain);
  const kerbs: PlanePoint[][] = [];
  const entranceCuts: PlanePolygon[] = [];
  for (const sigma of r > 0 ? [-1, 1] : []) {
    const cut = cornerCut(f, sigma * halfMain, 0, sigma, 1, r);
    entranceCuts.push(cut.triangle);
    kerbs.push(cut.arc);
  }
  if (entranceCuts.length) main = unitePolygons(main, intersectPolygons([zone], entranceCuts));
  raw.push(...entranceCuts);
  const crossingShapes = [...intersectPolygons([lane], [tSlab(f, f.tLo, tStart + 1)]), ...entranceCuts];
  const pieces: RoadPiece[] = [{ role: 'main', widthM: p.mainRoadWidthM, polygons: main }];
  const centrelines: RoadLine[] = [{ role: 'main', widthM: p.mainRoadWidthM, points: [toPlane(f, 0, 0), toPlane(f, 0, mainTEnd)] }];
  const deadEnds: { s: number; t: number; lengthM: number; role: 'main' | 'branch' }[] = [];
  let lastJunctionT = 0;
  for (const t of branchT) {
    if (t - halfBranch > mainTEnd) break;
    const slab = tSlab(f, t - halfBranch, t + halfBranch);
    const connected = intersectPolygons(inner, [slab]).filter((poly) => multiPolygonAreaM2(intersectPolygons([poly], main)) > 1);
    if (!connected.length) continue;
    lastJunctionT = t;
    const [aMin, aMax] = localExtent(f, connected);
    for (const sigma of [-1, 1]) {
      const armEnd = sigma > 0 ? aMax : aMin;
      // An arm too short to front one plot is not built.
      if (sigma * armEnd < halfMain + p.minFrontageM) continue;
      // From the main road's centre line; the main road is taken out below, so the arm meets it exactly.
      // The raw arm overshoots its end by 1 m, so that its end is the zone's line, not a line of its own.
      const rawArm = intersectPolygons([slab], [sigma > 0 ? sSlab(f, 0, armEnd + 1) : sSlab(f, armEnd - 1, 0)]);
      const cuts: PlanePolygon[] = [];
      for (const tau of [-1, 1]) {
        if (r <= 0 || (tau > 0 && mainTEnd < t + halfBranch + r + 1)) continue;
        const cut = cornerCut(f, sigma * halfMain, t + tau * halfBranch, sigma, tau, r);
        cuts.push(cut.triangle);
        kerbs.push(cut.arc);
      }
      const arm = subtractPolygons(intersectPolygons(inner, [...rawArm, ...cuts]), raw);
      raw.push(...rawArm, ...cuts);
      if (!arm.length) continue;
      pieces.push({ role: 'branch', widthM: p.branchRoadWidthM, polygons: arm });
      centrelines.push({ role: 'branch', widthM: p.branchRoadWidthM, points: [toPlane(f, sigma * halfMain, t), toPlane(f, armEnd, t)] });
      deadEnds.push({ s: armEnd, t, lengthM: Math.abs(armEnd), role: 'branch' });
    }
  }
  if (mainTEnd - lastJunctionT > p.maxDeadEndM) {
    deadEnds.push({ s: 0, t: mainTEnd, lengthM: mainTEnd - lastJunctionT, role: 'main' });
  }
  for (const end of deadEnds) {
    if (end.lengthM <= p.maxDeadEndM) continue;
    const T = p.turnaroundM;
    const square = end.role === 'main'
      ? localRect(f, -T / 2, T / 2, end.t - T, end.t)
      : localRect(f, end.s > 0 ? end.s - T : end.s - 1, end.s > 0 ? end.s + 1 : end.s + T, end.t - T / 2, end.t + T / 2);
    const inside = intersectPolygons(inner, [square]);
    const turn = subtractPolygons(inside, raw);
    raw.push(square);
    const placed = multiPolygonAreaM2(inside) >= 0.9 * T * T;
    if (turn.length) pieces.push({ role: 'turnaround', widthM: T, polygons: turn });
    warnings.push({
      code: placed ? 'dead-end-turnaround-added' : 'dead-end-needs-turnaround',
      params: { lengthM: round1(end.lengthM), maxDeadEndM: p.maxDeadEndM, turnaroundM: T },
    });
  }
  return { pieces, centrelines, kerbs, all: pieces.flatMap((q) => q.polygons), raw, crossing: crossingShapes, warnings };
}

/** Local t where the inner area starts behind the entrance, or null when the entrance is blocked. */
export function innerStartT(f: LocalFrame, inner: PlanePolygon[], mainRoadWidthM: number): number | null {
  const [, , , tMax] = localExtent(f, inner);
  const lane = intersectPolygons(inner, [localRect(f, -mainRoadWidthM / 2, mainRoadWidthM / 2, -1, tMax + 1)]);
  if (!lane.length) return null;
  let best = Infinity;
  for (const poly of lane) for (const q of poly[0]) best = Math.min(best, toLocal(f, q)[1]);
  return Math.max(0, best);
}
