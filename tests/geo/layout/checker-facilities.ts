/**
 * Where the facility lots stand (issue 7, "Facilities by rule"), judged with no engine code:
 * - the wastewater plant away from every gate (its middle farther from its nearest gate than the
 *   median plot's middle is from the plot's nearest gate) and not beside the homes: farther than greenBufferM + HOMES_ADJACENT_M from
 *   every homes line, so it never borders the isolation strip that faces them;
 * - parking by the gate: along a road (at least TRUCK_OPENING_M of shared edge) and within
 *   PARKING_GATE_REACH_M of a gate;
 * - waste collection reachable by truck: FRONTING_M of its edge along a road at least as wide as a
 *   branch road (or as the widest road, where a small zone's scaled main road is narrower). Only a
 *   shared edge, not a corner touch: a small lot cut across a deep row fronts its road by 1.5–3 m.
 * - the fire-water tank central: the farthest plot corner from the tank lot's middle no more than
 *   TANK_REACH_SLACK above the least possible — the radius of the smallest circle holding every plot
 *   corner, which no spot, on the land or off it, can beat. The tank is the zone's own water for the
 *   fire engines (QCVN 06:2022 asks every building within reach of fire water), so the hose run to
 *   the farthest plot is what placing it central is for.
 * A gate is where a road's centre line meets the zone edge beside a public road: an end of a centre
 * line within GATE_EDGE_M of the zone's outer ring and within GATE_ROAD_M of a public road's line.
 * With two public roads every such end is a gate (the main gate and each second gate).
 * A finding is `reported` when the layout's own warnings say that lot fails that rule
 * (`wastewater-near-gate`, `wastewater-beside-homes`, `facility-off-road` with its use,
 * `parking-far-from-gate`, `fire-water-tank-off-centre`): the engine may fail a rule on a zone with no spot that meets it, never
 * silently.
 */
import { openRingOf, pointSegDist, segsOfRing, sharedLength, type Pt, type Seg } from './checker-measure';
import type { ZoneSite } from '../../../src/domain/site';
import type { LayoutResult } from '../../../src/geo/layout';
import type { CheckContext, Piece } from './checker';

/** How far from the zone's outer ring a centre line's end may stop and still be a gate, m. */
const GATE_EDGE_M = 1;
/** How far from a public road's line a gate may lie, m (README: a road within a few metres, or at a corner). */
const GATE_ROAD_M = 25;
/** The least edge a truck needs to reach a lot: a fire-truck road's clear width (QCVN 06:2022 6.2.1), m. */
export const TRUCK_OPENING_M = 3.5;
/** The least shared edge that makes a lot front a road rather than touch it at a corner, m. */
export const FRONTING_M = 1;
/** Land between the homes strip and the wastewater lot below which the lot borders that strip, m. */
export const HOMES_ADJACENT_M = 5;
/** How far from a gate a parking lot may stand and still be "by the gate", m. */
export const PARKING_GATE_REACH_M = 60;

/**
 * How far the tank's farthest plot may exceed the least possible (the smallest enclosing circle's
 * radius), as a share. Half: a tank at the zone's middle meets it with room for a row end's offset
 * (a block beside the main road stands off the circle's centre by up to a row depth), while a tank
 * at the gate end of a long zone is at up to twice the radius (on a 1.3 km strip, 1.29 km from its
 * farthest plot where 0.64 km could do).
 */
export const TANK_REACH_SLACK = 0.5;

/** The smallest circle holding every point (Welzl's incremental form, deterministic order). */
export function enclosingCircle(pts: readonly Pt[]): { c: Pt; r: number } {
  const d = (a: Pt, b: Pt) => Math.hypot(a[0] - b[0], a[1] - b[1]);
  const EPS = 1e-7;
  const two = (a: Pt, b: Pt) => ({ c: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] as Pt, r: d(a, b) / 2 });
  const three = (a: Pt, b: Pt, q: Pt) => {
    const bx = b[0] - a[0], by = b[1] - a[1], cx = q[0] - a[0], cy = q[1] - a[1];
    const den = 2 * (bx * cy - by * cx);
    // Collinear: the circle on the two farthest apart.
    if (Math.abs(den) < 1e-12) return [two(a, b), two(a, q), two(b, q)].sort((x, y) => y.r - x.r)[0];
    const ux = (cy * (bx * bx + by * by) - by * (cx * cx + cy * cy)) / den;
    const uy = (bx * (cx * cx + cy * cy) - cx * (bx * bx + by * by)) / den;
    return { c: [a[0] + ux, a[1] + uy] as Pt, r: Math.hypot(ux, uy) };
  };
  if (!pts.length) return { c: [0, 0], r: 0 };
  let circle = { c: pts[0], r: 0 };
  for (let i = 1; i < pts.length; i++) {
    if (d(pts[i], circle.c) <= circle.r + EPS) continue;
    circle = { c: pts[i], r: 0 };
    for (let j = 0; j < i; j++) {
      if (d(pts[j], circle.c) <= circle.r + EPS) continue;
      circle = two(pts[i], pts[j]);
      for (let k = 0; k < j; k++) if (d(pts[k], circle.c) > circle.r + EPS) circle = three(pts[i], pts[j], pts[k]);
    }
  }
  return circle;
}

/** The centroid of a ring (shoelace moments), plane metres. */
export function ringCentroid(ring: readonly Pt[]): Pt {
  let a = 0, x = 0, y = 0;
  const [ox, oy] = ring[0];
  for (let i = 0; i + 1 < ring.length; i++) {
    const x0 = ring[i][0] - ox, y0 = ring[i][1] - oy, x1 = ring[i + 1][0] - ox, y1 = ring[i + 1][1] - oy;
    const cross = x0 * y1 - x1 * y0;
    a += cross; x += (x0 + x1) * cross; y += (y0 + y1) * cross;
  }
  return a === 0 ? ring[0] : [ox + x / (3 * a), oy + y / (3 * a)];
}

const segsOfLine = (line: readonly (readonly number[])[]): Seg[] => line.slice(1).map((b, i): Seg => [line[i] as unknown as Pt, b as unknown as Pt]);
const distanceToSegs = (q: Pt, segs: readonly Seg[]) => Math.min(Infinity, ...segs.map((s) => pointSegDist(q, s)));

/** Every gate of the layout: centre-line ends on the zone edge beside a public road. */
export function gatesOf(site: ZoneSite, r: LayoutResult): Pt[] {
  const edge = segsOfRing(site.zone[0] as readonly Pt[]);
  const publicRoads = site.accessRoads.flatMap(segsOfLine);
  const ends = r.features.filter((f) => f.properties.kind === 'road-centreline' && f.geometry.type === 'LineString')
    .flatMap((f) => { const pts = f.geometry.coordinates as unknown as Pt[]; return [pts[0], pts[pts.length - 1]]; });
  const gates: Pt[] = [];
  for (const q of ends) {
    if (distanceToSegs(q, edge) > GATE_EDGE_M || distanceToSegs(q, publicRoads) > GATE_ROAD_M) continue;
    // Two centre lines ending at one gate (a main road drawn in pieces) give one gate.
    if (!gates.some((g) => Math.hypot(g[0] - q[0], g[1] - q[1]) < 1)) gates.push(q);
  }
  return gates;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const roadsAtLeast = (c: CheckContext, widthM: number): Piece[] => c.of('road', (q) => Number(q.widthM ?? 0) >= widthM - 1e-9);


/** The findings of the placement rules (rule 'facility-placement'). */
export function checkFacilityPlacement(c: CheckContext): void {
  const said = (code: string, use?: string) => c.r.warnings.some((w) => w.code === code && (use === undefined || w.params?.use === use));
  const gates = gatesOf(c.site, c.r);
  const plots = c.of('plot').map((q) => ringCentroid(q.polygon[0] as readonly Pt[]));
  const wastewater = c.of('facility', (q) => q.use === 'wastewater');
  if (wastewater.length && !gates.length) c.add('facility-placement', 'no gate found to judge the wastewater lot by');
  // Judged by the nearest gate: with a gate at each end of a strip, no spot is farther from both gates
  // than the median plot is from each (the middle ties both medians), but the middle is the farthest
  // spot from the nearest gate, and half the plots are nearer a gate than it.
  const nearestGate = (q: Pt) => Math.min(...gates.map((g) => Math.hypot(q[0] - g[0], q[1] - g[1])));
  if (gates.length && plots.length) {
    const plotMedian = median(plots.map(nearestGate));
    for (const lot of wastewater) {
      const d = nearestGate(ringCentroid(lot.polygon[0] as readonly Pt[]));
      if (d < plotMedian) {
        c.add('facility-placement', `${lot.label} stands ${d.toFixed(1)} m from the nearest gate (of ${gates.length}), nearer than the median plot (${plotMedian.toFixed(1)} m)`, said('wastewater-near-gate'));
      }
    }
  }
  for (const line of c.site.residentialEdges.filter((l) => l.length >= 2)) {
    const g = c.frame.line(line as readonly Pt[]);
    for (const lot of wastewater.filter((q) => q.g)) {
      const d = lot.g.distance(g);
      if (d < c.p.greenBufferM + HOMES_ADJACENT_M) c.add('facility-placement', `${lot.label} is ${d.toFixed(2)} m from a homes line, beside the strip facing the homes (under greenBufferM + ${HOMES_ADJACENT_M} m)`, said('wastewater-beside-homes'));
    }
  }
  const tanks = c.of('facility', (q) => q.use === 'fire-water-tank');
  const corners = c.of('plot').flatMap((q) => openRingOf(q.polygon[0] as readonly Pt[]));
  if (tanks.length && corners.length > 1) {
    const least = enclosingCircle(corners).r;
    for (const lot of tanks) {
      const m = ringCentroid(lot.polygon[0] as readonly Pt[]);
      const farthest = Math.max(...corners.map((q) => Math.hypot(q[0] - m[0], q[1] - m[1])));
      if (farthest > (1 + TANK_REACH_SLACK) * least) {
        c.add('facility-placement', `${lot.label}: its farthest plot is ${farthest.toFixed(1)} m away, more than ${Math.round(TANK_REACH_SLACK * 100)} % over the least any spot could reach (${least.toFixed(1)} m)`, said('fire-water-tank-off-centre'));
      }
    }
  }
  const roads = c.of('road').map((q) => q.polygon);
  for (const lot of c.of('facility', (q) => q.use === 'parking')) {
    const along = sharedLength(lot.polygon, roads);
    if (along < TRUCK_OPENING_M) c.add('facility-placement', `${lot.label} fronts a road by ${along.toFixed(2)} m only`, said('facility-off-road', 'parking'));
    const ring = segsOfRing(lot.polygon[0] as readonly Pt[]);
    const nearest = Math.min(Infinity, ...gates.map((gate) => distanceToSegs(gate, ring)));
    if (nearest > PARKING_GATE_REACH_M) c.add('facility-placement', `${lot.label} is ${nearest.toFixed(1)} m from the nearest gate (more than ${PARKING_GATE_REACH_M} m)`, said('parking-far-from-gate'));
  }
  const truckM = Math.min(c.p.branchRoadWidthM, Math.max(0, ...c.of('road', (q) => q.role === 'main' || q.role === 'branch').map((q) => Number(q.props.widthM ?? 0))));
  const truckRoads = roadsAtLeast(c, truckM).map((q) => q.polygon);
  for (const lot of c.of('facility', (q) => q.use === 'waste-collection')) {
    const along = sharedLength(lot.polygon, truckRoads);
    if (along < FRONTING_M) c.add('facility-placement', `${lot.label} fronts a road of at least ${truckM} m by ${along.toFixed(2)} m only`, said('facility-off-road', 'waste-collection'));
  }
}
