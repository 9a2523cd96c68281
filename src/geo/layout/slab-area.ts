/**
 * The area of polygons within a local slab (lo ≤ s ≤ hi, or lo ≤ t ≤ hi), computed in floating point
 * without clipping: a quick estimate that settles most steps of an area bisection (facilities.ts) with
 * the very answer the clipped area would give, so that the clipping runs only near the solution.
 *
 * The estimate is exact geometry; the clipped area differs from it only by the 1 mm grid (new corners
 * rounded, vertices within 1 mm of an edge made junctions) and by spikes a clipping result loses (a
 * needle or wedge tip under 1°, at most 2 cm wide). Each of these moves the area by less than a
 * couple of centimetres times the length of boundary involved, so `slabAreaSlackM2` — 2 cm times the
 * whole perimeter of the polygons, plus half a square metre — bounds the difference with a wide margin.
 * A bisection step whose estimate lies farther than that from its target takes the same side either way.
 */
import type { PlanePolygon } from '../plane-measure';
import { openRing } from '../ring-helpers';
import { toLocal, type LocalFrame } from './frame';

/** Rings in local coordinates, ready for repeated slab areas. */
export interface LocalRings {
  readonly rings: { readonly s: Float64Array; readonly t: Float64Array; readonly hole: boolean }[];
  /** Total length of every ring, m. */
  readonly perimeterM: number;
}

export function localRings(f: LocalFrame, polygons: readonly PlanePolygon[]): LocalRings {
  let perimeterM = 0;
  const rings = polygons.flatMap((polygon) => polygon.map((ring, index) => {
    const pts = openRing(ring);
    const s = new Float64Array(pts.length), t = new Float64Array(pts.length);
    pts.forEach((p, i) => { [s[i], t[i]] = toLocal(f, p); });
    for (let i = 0; i < pts.length; i++) {
      const j = (i + 1) % pts.length;
      perimeterM += Math.hypot(s[j] - s[i], t[j] - t[i]);
    }
    return { s, t, hole: index > 0 };
  }));
  return { rings, perimeterM };
}

/** Most the clipped area can differ from slabAreaM2, m² (see the header). */
export const slabAreaSlackM2 = (rings: LocalRings): number => 0.5 + 0.02 * rings.perimeterM;

/** Clips the open ring (u along the slab's axis, w across) to u ≥ lo (sign 1) or u ≤ lo (sign −1). */
function clipHalf(u: number[], w: number[], lo: number, sign: 1 | -1): [number[], number[]] {
  const ou: number[] = [], ow: number[] = [];
  const n = u.length;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const inI = sign * (u[i] - lo) >= 0, inJ = sign * (u[j] - lo) >= 0;
    if (inI) { ou.push(u[i]); ow.push(w[i]); }
    if (inI !== inJ) {
      const k = (lo - u[i]) / (u[j] - u[i]);
      ou.push(lo); ow.push(w[i] + k * (w[j] - w[i]));
    }
  }
  return [ou, ow];
}

function ringArea(u: number[], w: number[]): number {
  let twice = 0;
  for (let i = 0; i < u.length; i++) {
    const j = (i + 1) % u.length;
    twice += u[i] * w[j] - u[j] * w[i];
  }
  return Math.abs(twice / 2);
}

/**
 * Area of the rings within lo ≤ s ≤ hi (axis 's') or lo ≤ t ≤ hi (axis 't'), outer rings less holes, m².
 */
export function slabAreaM2(rings: LocalRings, axis: 's' | 't', lo: number, hi: number): number {
  let area = 0;
  for (const ring of rings.rings) {
    const u = Array.from(axis === 's' ? ring.s : ring.t), w = Array.from(axis === 's' ? ring.t : ring.s);
    const [u1, w1] = clipHalf(u, w, lo, 1);
    const [u2, w2] = clipHalf(u1, w1, hi, -1);
    const a = u2.length >= 3 ? ringArea(u2, w2) : 0;
    area += ring.hole ? -a : a;
  }
  return area;
}
