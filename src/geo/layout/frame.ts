/**
 * The layout's local frame: origin at the entrance, `u` along the access edge, `v` its inward normal.
 * Local coordinates (s, t) are metres along u and v; the engine plans in them and draws in the plane.
 */
import { asPlane, type PlanePoint } from '../coordinates';
import { ringSignedAreaM2, type PlanePolygon } from '../plane-measure';

export interface LocalFrame {
  readonly origin: readonly [number, number];
  /** Unit vector along the access edge. */
  readonly u: readonly [number, number];
  /** Unit vector into the zone, u turned a quarter counter-clockwise. */
  readonly v: readonly [number, number];
  /**
   * Far bounds in local metres, beyond the zone: every cut line of the layout is drawn between two
   * points on these bounds, so that two pieces cut by the same line see the very same grid line
   * (lines drawn through different points would differ by rounding and leave hairline slivers).
   */
  readonly sLo: number;
  readonly sHi: number;
  readonly tLo: number;
  readonly tHi: number;
}

/**
 * The far bounds, m from the entrance. Fixed, not taken from the zone, so that editing one part of the
 * zone leaves every cut line elsewhere on exactly the same grid points (and plots keep their corners).
 */
export const FAR_M = 20000;

export function makeFrame(origin: readonly [number, number], direction: readonly [number, number]): LocalFrame {
  const len = Math.hypot(direction[0], direction[1]);
  const u = [direction[0] / len, direction[1] / len] as const;
  return { origin, u, v: [-u[1], u[0]], sLo: -FAR_M, sHi: FAR_M, tLo: -FAR_M, tHi: FAR_M };
}

/** The band s0 ≤ s ≤ s1 across the whole zone. */
export const sSlab = (f: LocalFrame, s0: number, s1: number): PlanePolygon => localRect(f, s0, s1, f.tLo, f.tHi);
/** The band t0 ≤ t ≤ t1 across the whole zone. */
export const tSlab = (f: LocalFrame, t0: number, t1: number): PlanePolygon => localRect(f, f.sLo, f.sHi, t0, t1);

/** Local (s, t) of a plane point, m. */
export function toLocal(f: LocalFrame, p: readonly [number, number]): [number, number] {
  const dx = p[0] - f.origin[0];
  const dy = p[1] - f.origin[1];
  return [dx * f.u[0] + dy * f.u[1], dx * f.v[0] + dy * f.v[1]];
}

/** Plane point of local (s, t). */
export function toPlane(f: LocalFrame, s: number, t: number): PlanePoint {
  return asPlane([f.origin[0] + s * f.u[0] + t * f.v[0], f.origin[1] + s * f.u[1] + t * f.v[1]]);
}

/** The local rectangle [s0, s1] × [t0, t1] as a counter-clockwise plane polygon. */
export function localRect(f: LocalFrame, s0: number, s1: number, t0: number, t1: number): PlanePolygon {
  const ring = [toPlane(f, s0, t0), toPlane(f, s1, t0), toPlane(f, s1, t1), toPlane(f, s0, t1)];
  ring.push(ring[0]);
  return [ring];
}

/**
 * A local polygon given by (s, t) corners, as a counter-clockwise plane polygon (clipping fills by the
 * non-zero rule, so a clockwise shape would cancel the shapes it overlaps).
 */
export function localPolygon(f: LocalFrame, corners: readonly (readonly [number, number])[]): PlanePolygon {
  const ring = corners.map(([s, t]) => toPlane(f, s, t));
  if (ringSignedAreaM2(ring) < 0) ring.reverse();
  ring.push(ring[0]);
  return [ring];
}

/** Extent of polygons in local coordinates: [sMin, sMax, tMin, tMax]. */
export function localExtent(f: LocalFrame, polygons: readonly PlanePolygon[]): [number, number, number, number] {
  let sMin = Infinity, sMax = -Infinity, tMin = Infinity, tMax = -Infinity;
  for (const polygon of polygons) {
    for (const p of polygon[0] ?? []) {
      const [s, t] = toLocal(f, p);
      if (s < sMin) sMin = s;
      if (s > sMax) sMax = s;
      if (t < tMin) tMin = t;
      if (t > tMax) tMax = t;
    }
  }
  return [sMin, sMax, tMin, tMax];
}
