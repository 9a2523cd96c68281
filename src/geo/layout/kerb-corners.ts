/**
 * Kerb corners at junctions (QCVN 01:2021 2.9.3.2): the right-of-way corner is cut through the tangent
 * points of a kerb arc of radius r, so the arc lies inside the right of way; the arc is drawn too.
 */
import type { PlanePoint } from '../coordinates';
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
