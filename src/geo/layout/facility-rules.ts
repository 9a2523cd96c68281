/**
 * What the facility lots as laid out fail of issue 7's rules ("Facilities by rule"), said as warnings
 * so that a layout never claims a placement it lacks: the wastewater plant nearer its nearest gate
 * than the median plot, or beside the strip facing the homes; parking fronting a road by less than a
 * truck's opening or standing far from every gate; waste collection fronting no truck road; the
 * fire-water tank so far off the middle that its farthest plot is half as far again as it need be. The
 * placement (facilities.ts) tries to meet each; on small zones the plots or the homes strip can hold
 * every spot that would (src/geo/layout/KNOWN-LIMITS.md). Judged on the final plots and roads.
 */
import type { PlanePolygon, PlaneRing } from '../plane-measure';
import type { FacilityLot } from './facility-cuts';
import { homesShortfallM, type FarSpotSite } from './facility-far-spot';
import { roadContact } from './plot-shape';
import type { RoadPiece } from './road-pieces';
import { edgeGridOf, pointSegmentDistanceM, ringSegments } from './segments';
import type { LayoutWarning } from './types';

/** Road side a parking lot needs: a fire truck's clear width (QCVN 06:2022 6.2.1), m. */
export const PARKING_FRONT_M = 3.5;
/** Road side a waste-collection lot needs along a truck road to front it rather than touch a corner, m. */
export const WASTE_FRONT_M = 1;
/** How far from a gate a parking lot may stand and still be by the gate, m. */
export const PARKING_GATE_REACH_M = 60;
/**
 * How far the fire-water tank's farthest plot corner may exceed the least any spot could reach (the
 * radius of the smallest circle holding every plot corner), as a share: the tank is the zone's fire
 * water (QCVN 06:2022), so it stands where the hose run to the farthest plot is short.
 */
export const TANK_REACH_SLACK = 0.5;
/** Kept past each threshold so that the rounding of another measure never finds a failure unsaid, m. */
const MARGIN_M = 0.05;

/** The centroid of a ring (shoelace moments). */
function centroid(ring: PlaneRing): [number, number] {
  let a = 0, x = 0, y = 0;
  const [ox, oy] = ring[0];
  for (let i = 0; i + 1 < ring.length; i++) {
    const x0 = ring[i][0] - ox, y0 = ring[i][1] - oy, x1 = ring[i + 1][0] - ox, y1 = ring[i + 1][1] - oy;
    const cross = x0 * y1 - x1 * y0;
    a += cross; x += (x0 + x1) * cross; y += (y0 + y1) * cross;
  }
  return a === 0 ? [ring[0][0], ring[0][1]] : [ox + x / (3 * a), oy + y / (3 * a)];
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const round1 = (x: number) => Math.round(x * 10) / 10;

type XY = readonly [number, number];

/** Radius of the smallest circle holding every point (Welzl, incremental; m). */
export function enclosingRadiusM(points: readonly XY[]): number {
  const dist = (a: XY, b: XY) => Math.hypot(a[0] - b[0], a[1] - b[1]);
  const inside = (q: XY, c: { x: XY; r: number }) => dist(q, c.x) <= c.r + 1e-7;
  const onTwo = (a: XY, b: XY) => ({ x: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] as XY, r: dist(a, b) / 2 });
  const onThree = (a: XY, b: XY, c: XY) => {
    const bx = b[0] - a[0], by = b[1] - a[1], cx = c[0] - a[0], cy = c[1] - a[1];
    const d = 2 * (bx * cy - by * cx);
    if (Math.abs(d) < 1e-12) return [onTwo(a, b), onTwo(a, c), onTwo(b, c)].reduce((p, q) => (q.r > p.r ? q : p));
    const b2 = bx * bx + by * by, c2 = cx * cx + cy * cy;
    const ux = (cy * b2 - by * c2) / d, uy = (bx * c2 - cx * b2) / d;
    return { x: [a[0] + ux, a[1] + uy] as XY, r: Math.hypot(ux, uy) };
  };
  if (!points.length) return 0;
  let c = { x: points[0], r: 0 };
  for (let i = 1; i < points.length; i++) {
    if (inside(points[i], c)) continue;
    c = { x: points[i], r: 0 };
    for (let j = 0; j < i; j++) {
      if (inside(points[j], c)) continue;
      c = onTwo(points[i], points[j]);
      for (let k = 0; k < j; k++) if (!inside(points[k], c)) c = onThree(points[i], points[j], points[k]);
    }
  }
  return c.r;
}

/**
 * @param site the gates and homes lines (facility-far-spot.ts)
 * @param branchRoadWidthM the branch road width a truck road needs (or the widest road, where a small
 *   zone's scaled main road is narrower)
 */
export function facilityRuleWarnings(
  lots: readonly FacilityLot[], plots: readonly PlanePolygon[], roads: readonly RoadPiece[], site: FarSpotSite, branchRoadWidthM: number,
): LayoutWarning[] {
  const warnings: LayoutWarning[] = [];
  const nearestGateM = (q: readonly [number, number]) => Math.min(...site.gates.map((g) => Math.hypot(q[0] - g[0], q[1] - g[1])));
  const pieces = (use: string) => lots.filter((lot) => lot.use === use).flatMap((lot) => lot.polygons);
  const wastewater = pieces('wastewater');
  if (wastewater.length && site.gates.length && plots.length) {
    const plotMedianM = median(plots.map((q) => nearestGateM(centroid(q[0]))));
    const gateM = Math.min(...wastewater.map((q) => nearestGateM(centroid(q[0]))));
    if (gateM < plotMedianM + MARGIN_M) warnings.push({ code: 'wastewater-near-gate', params: { gateM: round1(gateM), plotMedianM: round1(plotMedianM) } });
  }
  const shortM = Math.max(-Infinity, ...wastewater.map((q) => homesShortfallM(q[0], site)));
  if (shortM > -MARGIN_M) warnings.push({ code: 'wastewater-beside-homes', params: { distanceM: round1(site.greenBufferM + 5 - shortM), greenBufferM: site.greenBufferM } });
  const tanks = pieces('fire-water-tank');
  const corners = plots.flatMap((q) => q[0].slice(0, -1));
  if (tanks.length && corners.length > 1) {
    const leastM = enclosingRadiusM(corners);
    const reachM = Math.max(...tanks.map((q) => {
      const [x, y] = centroid(q[0]);
      return Math.max(...corners.map((p) => Math.hypot(p[0] - x, p[1] - y)));
    }));
    if (reachM > (1 + TANK_REACH_SLACK) * leastM - MARGIN_M) warnings.push({ code: 'fire-water-tank-off-centre', params: { farthestM: round1(reachM), leastM: round1(leastM) } });
  }
  const parking = pieces('parking');
  if (parking.length) {
    const grid = edgeGridOf(roads.flatMap((q) => q.polygons));
    const frontageM = Math.min(...parking.map((q) => roadContact(q[0], grid).lengthM));
    if (frontageM < PARKING_FRONT_M + MARGIN_M) warnings.push({ code: 'facility-off-road', params: { use: 'parking', frontageM: round1(frontageM), neededM: PARKING_FRONT_M } });
    const gateM = Math.max(...parking.map((q) => Math.min(...site.gates.map((g) => Math.min(...ringSegments(q[0]).map((s) => pointSegmentDistanceM(g[0], g[1], s)))))));
    if (site.gates.length && gateM > PARKING_GATE_REACH_M - MARGIN_M) warnings.push({ code: 'parking-far-from-gate', params: { gateM: round1(gateM), reachM: PARKING_GATE_REACH_M } });
  }
  const waste = pieces('waste-collection');
  if (waste.length) {
    const truckM = Math.min(branchRoadWidthM, Math.max(0, ...roads.filter((q) => q.role !== 'turnaround').map((q) => q.widthM)));
    const grid = edgeGridOf(roads.filter((q) => q.widthM >= truckM - 1e-9).flatMap((q) => q.polygons));
    const frontageM = Math.min(...waste.map((q) => roadContact(q[0], grid).lengthM));
    if (frontageM < WASTE_FRONT_M + MARGIN_M) warnings.push({ code: 'facility-off-road', params: { use: 'waste-collection', frontageM: round1(frontageM), neededM: WASTE_FRONT_M, roadWidthM: truckM } });
  }
  return warnings;
}
