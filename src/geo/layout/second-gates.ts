/**
 * A second entrance (cổng phụ): a road end carried through the green strip to a second public road,
 * so that fire trucks reach the zone from two sides and that end is no dead end (QCVN 06:2022 6.2.5
 * asks nothing of a road open at both ends). One step of road-network.ts's buildRoadNetwork.
 *
 * A road end qualifies when the zone edge straight ahead of it, past the strip, runs along a public
 * road (centre line within ACCESS_TOUCH_M) away from the main gate, square to the road or skewed up to
 * MAX_SKEW_TAN (the written centre line is carried to the edge itself, as the main road's is; the
 * mouth cut askew by the edge is less than half the road's width long), with no hole and no homes-side
 * isolation strip in the way. Its kerb corners on the public road are cut as at the main gate, for the
 * angle each side meets the edge at (kerb-corners.ts skewedCornerCut).
 */
import type { PlanePoint } from '../coordinates';
import { multiPolygonAreaM2, type PlanePolygon } from '../plane-measure';
import { intersectPolygons } from './clip';
import { skewedCornerCut } from './kerb-corners';
import { ACCESS_TOUCH_M } from './entrance';
import { localRect, toLocal, toPlane, type LocalFrame } from './frame';
import { runOutM, type RoadDraft } from './road-draft';
import { pointSegmentDistanceM, ringSegments, type Segment } from './segments';

/** What a second gate needs to know of the site. */
export interface GateSite {
  readonly accessRoads: readonly (readonly PlanePoint[])[];
  /** The isolation strip along the homes lines: a gate never crosses it. */
  readonly isolation: readonly PlanePolygon[];
  /** The main gate. */
  readonly entrance: readonly [number, number];
  /** Kerb radius at the gate's corners on the public road, m (none when absent or 0). */
  readonly kerbRadiusM?: number;
}

/** A road end running out of the land: along +s or −s of the frame at t, or along +t at s. */
export interface RoadEnd {
  /** 'plusS' / 'minusS': a branch along s ending at `at`; 'plusT': the main road ending at t = `at`. */
  readonly way: 'plusS' | 'minusS' | 'plusT';
  readonly at: number;
  /** The road's centre line position across its way (t of a branch, s of the main road), m. */
  readonly across: number;
  readonly half: number;
}

export interface SecondGate {
  /** The raw road shape through the strip (overlapping the road end by 1 m, 1 m past the zone edge). */
  readonly raw: PlanePolygon;
  /** Local coordinate along the road's way where its centre line meets the zone edge. */
  readonly edgeAt: number;
  /** Where the centre line meets the zone edge. */
  readonly point: PlanePoint;
  /** Index of the public road the gate opens onto. */
  readonly road: number;
  /** Kerb corner cuts where the road's sides meet the zone edge (raw, overshooting: clip to the strip). */
  readonly kerbCuts: PlanePolygon[];
  /** The kerb arcs of those cuts. */
  readonly kerbArcs: PlanePoint[][];
}

/** How much farther than the strip a second gate may lie past a road end, m. */
const GATE_REACH_SLACK_M = 2;

/** A second gate this close to the main gate is the same entrance, m. */
const MIN_GATE_DISTANCE_M = 30;
/**
 * Most skew of the zone edge at a gate, as the tangent of its angle off square (0.8: 38.7°): the mouth
 * cut askew, where the written centre line runs on to the edge without a whole cross-section, is then
 * at most 0.8 half widths long (an end on the zone edge may be askew over half a width, as checked).
 */
export const MAX_SKEW_TAN = 0.8;
/** The edge across a gate's mouth counts as straight to this, m (between the three rays). */
const STRAIGHT_EDGE_M = 0.05;
/** Area of hole or homes strip a gate may cross to grid rounding, m². */
const CROSSING_SLACK_M2 = 0.01;

/**
 * The second gate at a road end, or null.
 * @param reachM how far past the road end the zone edge may be (the strip, and what lies between), m
 */
export function secondGateAt(
  f: LocalFrame, zone: PlanePolygon, site: GateSite, end: RoadEnd, reachM: number,
): SecondGate | null {
  const sign = end.way === 'minusS' ? -1 : 1;
  // Local (along, across) of the frame for this way: along runs with the road out of the land.
  const toWay = (q: readonly [number, number]): [number, number] => {
    const [s, t] = toLocal(f, q);
    return end.way === 'plusT' ? [t, s] : [sign * s, t];
  };
  const fromWay = (along: number, across: number): PlanePoint =>
    end.way === 'plusT' ? toPlane(f, across, along) : toPlane(f, sign * along, across);
  const start = sign * end.at;
  const edges = ringSegments(zone[0]).map((e): Segment => [...toWay([e[0], e[1]]), ...toWay([e[2], e[3]])]);
  // Where a ray along the way at `across` leaves the zone, past the road end.
  const exit = (across: number): number => {
    let best = Infinity;
    for (const [a0, c0, a1, c1] of edges) {
      if ((c0 - across) * (c1 - across) > 0 || c0 === c1) continue;
      const along = a0 + ((across - c0) / (c1 - c0)) * (a1 - a0);
      if (along > start && along < best) best = along;
    }
    return best;
  };
  const exits = [end.across - end.half, end.across, end.across + end.half].map(exit);
  if (exits.some((x) => !Number.isFinite(x))) return null;
  const far = Math.max(...exits);
  // The edge across the mouth: straight (the middle ray meets it halfway), skewed at most MAX_SKEW_TAN;
  // the strip is crossed at that angle, so it is longer along the road by the secant.
  const skewTan = (exits[2] - exits[0]) / (2 * end.half);
  if (Math.abs(skewTan) > MAX_SKEW_TAN || Math.abs((exits[0] + exits[2]) / 2 - exits[1]) > STRAIGHT_EDGE_M) return null;
  // The main road carried through crosses its last branch to the strip: on a skewed edge the land
  // between that branch and the strip is a wedge the gate would have to fill (seed 171 of the sweep
  // to 15 ha: the main road 1 m narrow there). Only branch ends, which run into the strip, gate askew.
  if (end.way === 'plusT' && Math.abs(exits[2] - exits[0]) > STRAIGHT_EDGE_M) return null;
  if (exits[1] - start > reachM * Math.hypot(1, skewTan) + Math.abs(skewTan) * end.half) return null;
  const point = fromWay(exits[1], end.across);
  const main = Math.hypot(point[0] - site.entrance[0], point[1] - site.entrance[1]);
  if (main < MIN_GATE_DISTANCE_M) return null;
  const road = site.accessRoads.findIndex((line) =>
    line.slice(1).some((b, i) => pointSegmentDistanceM(point[0], point[1], [line[i][0], line[i][1], b[0], b[1]]) <= ACCESS_TOUCH_M));
  if (road < 0) return null;
  const [a0, a1] = [start - 1, far + 1];
  const raw = end.way === 'plusT'
    ? localRect(f, end.across - end.half, end.across + end.half, a0, a1)
    : localRect(f, Math.min(sign * a0, sign * a1), Math.max(sign * a0, sign * a1), end.across - end.half, end.across + end.half);
  // The crossing runs over the strip only: no hole of the zone, no homes-side isolation strip.
  const inZone = multiPolygonAreaM2(intersectPolygons([zone], [raw]));
  const whole = 2 * end.half * (exits[1] - a0);
  if (whole - inZone > CROSSING_SLACK_M2 + 2 * end.half * STRAIGHT_EDGE_M) return null;
  if (site.isolation.length && multiPolygonAreaM2(intersectPolygons([...site.isolation], [raw])) > CROSSING_SLACK_M2) return null;
  // Kerb corners where each side meets the edge: back along the road, and along the edge away from it.
  const kerbCuts: PlanePolygon[] = [], kerbArcs: PlanePoint[][] = [];
  const unit = (a: PlanePoint, b: PlanePoint): [number, number] => {
    const l = Math.hypot(b[0] - a[0], b[1] - a[1]);
    return [(b[0] - a[0]) / l, (b[1] - a[1]) / l];
  };
  const sides = [[exits[0], end.across - end.half, -1], [exits[2], end.across + end.half, 1]] as const;
  for (const [along, across, side] of sides) {
    const corner = fromWay(along, across);
    const other = sides[side < 0 ? 1 : 0];
    const cut = skewedCornerCut(corner, unit(corner, fromWay(along - 1, across)), unit(fromWay(other[0], other[1]), corner), site.kerbRadiusM ?? 0);
    if (!cut) continue;
    // A cut reaching into a homes-side isolation strip is not made there.
    if (site.isolation.length && multiPolygonAreaM2(intersectPolygons([...site.isolation], [cut.triangle])) > CROSSING_SLACK_M2) continue;
    kerbCuts.push(cut.triangle);
    kerbArcs.push(cut.arc);
  }
  return { raw, edgeAt: sign * exits[1], point, road, kerbCuts, kerbArcs };
}

/** The second gates of a network: per public road, the main road carried through, else the end running out farthest. */
export function chooseSecondGates(d: RoadDraft, site: GateSite): { key: string; gate: SecondGate }[] {
  const { f, zone, p } = d;
  site = { ...site, kerbRadiusM: p.kerbRadiusM };
  const candidates: { key: string; runOutM: number; gate: SecondGate }[] = [];
  // The main road may end at its last branch: the gate crosses that branch's far half and the strip.
  const mainGate = secondGateAt(f, zone, site, { way: 'plusT', at: d.mainTEnd, across: 0, half: d.halfMain },
    p.perimeterGreenM + p.branchRoadWidthM + GATE_REACH_SLACK_M);
  if (mainGate) candidates.push({ key: 'main', runOutM: Infinity, gate: mainGate });
  d.built.forEach((b, i) => {
    if (b.line === undefined) return;
    for (const dir of [-1, 1]) {
      const runOut = runOutM(d, b, dir);
      if (runOut <= 0) continue;
      const way = dir > 0 ? 'plusS' : 'minusS';
      const gate = secondGateAt(f, zone, site, { way, at: dir > 0 ? b.fMax : b.fMin, across: b.t, half: d.halfBranch },
        p.perimeterGreenM + GATE_REACH_SLACK_M);
      if (gate) candidates.push({ key: `${i}:${dir}`, runOutM: runOut, gate });
    }
  });
  const out: { key: string; gate: SecondGate }[] = [];
  for (const c of candidates.sort((x, y) => y.runOutM - x.runOutM)) {
    if (!out.some((g) => g.gate.road === c.gate.road)) out.push({ key: c.key, gate: c.gate });
  }
  return out;
}
