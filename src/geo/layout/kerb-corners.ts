/**
 * Kerb corners at junctions (QCVN 01:2021 2.9.3.2): the right-of-way corner is cut through the tangent
 * points of a kerb arc of radius r, so the arc lies inside the right of way; the arc is drawn too.
 */
import { asPlane, type PlanePoint } from '../coordinates';
import { ringSignedAreaM2, type PlanePolygon } from '../plane-measure';
import { localPolygon, toPlane, type LocalFrame } from './frame';

/** Points per quarter circle when drawing kerb arcs. */
const ARC_SEGMENTS = 8;

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
export function cornerCut(f: LocalFrame, cs: number, ct: number, sigma: number, tau: number, r: number) {
  const e = 0.5;
  const triangle = localPolygon(f, [[cs + sigma * (r + e), ct - tau * e], [cs - sigma * e, ct + tau * (r + e)], [cs - sigma * e, ct - tau * e]]);
  const arc = quarterArc(f, cs + sigma * r, ct + tau * r, r, cs + sigma * r, ct, cs, ct + tau * r);
  return { triangle, arc };
}

type Vec = readonly [number, number];

/**
 * The kerb corner where a road side meets the zone edge at any angle (a second gate on a skewed edge):
 * the corner `c`, the road side running back into the land along the unit vector `back`, the zone edge
 * running away from the road along the unit vector `away`. The tangent points of an arc of radius r
 * lie r ÷ tan(θ/2) from the corner on both lines (θ the angle between them: r at a square corner, as
 * `cornerCut`); the cut is the triangle through the corner and the tangent points, grown twice about
 * the chamfer's middle so that it overshoots into the road and past the edge (clipping keeps the rest).
 * Null at a corner too sharp or too flat to cut (θ outside 20°–160°).
 */
export function skewedCornerCut(c: Vec, back: Vec, away: Vec, r: number): { triangle: PlanePolygon; arc: PlanePoint[]; tangentM: number } | null {
  const cos = Math.max(-1, Math.min(1, back[0] * away[0] + back[1] * away[1]));
  const theta = Math.acos(cos);
  if (r <= 0 || theta < (20 * Math.PI) / 180 || theta > (160 * Math.PI) / 180) return null;
  const tangentM = r / Math.tan(theta / 2);
  const t1: Vec = [c[0] + back[0] * tangentM, c[1] + back[1] * tangentM];
  const t2: Vec = [c[0] + away[0] * tangentM, c[1] + away[1] * tangentM];
  const m: Vec = [(t1[0] + t2[0]) / 2, (t1[1] + t2[1]) / 2];
  const grown = (q: Vec) => asPlane([2 * q[0] - m[0], 2 * q[1] - m[1]]);
  const ring = [grown(t1), grown(t2), grown(c)];
  if (ringSignedAreaM2(ring) < 0) ring.reverse();
  ring.push(ring[0]);
  // The arc's centre lies on the bisector, r ÷ sin(θ/2) from the corner.
  const bx = back[0] + away[0], by = back[1] + away[1], bl = Math.hypot(bx, by);
  const d = r / Math.sin(theta / 2);
  const o: Vec = [c[0] + (bx / bl) * d, c[1] + (by / bl) * d];
  const a0 = Math.atan2(t1[1] - o[1], t1[0] - o[0]);
  let a1 = Math.atan2(t2[1] - o[1], t2[0] - o[0]);
  if (a1 - a0 > Math.PI) a1 -= 2 * Math.PI;
  if (a0 - a1 > Math.PI) a1 += 2 * Math.PI;
  const arc: PlanePoint[] = [];
  for (let i = 0; i <= ARC_SEGMENTS; i++) {
    const a = a0 + ((a1 - a0) * i) / ARC_SEGMENTS;
    arc.push(asPlane([o[0] + r * Math.cos(a), o[1] + r * Math.sin(a)]));
  }
  return { triangle: [ring], arc, tangentM };
}
