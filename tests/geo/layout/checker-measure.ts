/**
 * Small hand geometry of the checker (no engine code): rings, segments, distances, shoelace, corners,
 * boundary length shared with other polygons.
 */
import type { PlanePolygon } from '../../../src/geo/plane-measure';

export type Pt = readonly [number, number];
export type Seg = [Pt, Pt];

export const openRingOf = (ring: readonly Pt[]): Pt[] => {
  const n = ring.length;
  return n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1] ? ring.slice(0, -1) : [...ring];
};
export const segsOfRing = (ring: readonly Pt[]): Seg[] => {
  const r = openRingOf(ring);
  return r.map((p, i) => [p, r[(i + 1) % r.length]]);
};
export const segsOf = (poly: PlanePolygon): Seg[] => poly.flatMap((ring) => segsOfRing(ring));

export function pointSegDist(p: Pt, s: Seg): number {
  const [a, b] = s;
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const l2 = dx * dx + dy * dy;
  const k = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
  return Math.hypot(p[0] - a[0] - k * dx, p[1] - a[1] - k * dy);
}
function segSegDist(s: Seg, t: Seg): number {
  const orient = (a: Pt, b: Pt, c: Pt) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  const o1 = orient(s[0], s[1], t[0]), o2 = orient(s[0], s[1], t[1]), o3 = orient(t[0], t[1], s[0]), o4 = orient(t[0], t[1], s[1]);
  if (o1 * o2 < 0 && o3 * o4 < 0) return 0;
  return Math.min(pointSegDist(s[0], t), pointSegDist(s[1], t), pointSegDist(t[0], s), pointSegDist(t[1], s));
}
/** Smallest distance between the boundaries of two polygons, m. */
export function boundaryDistance(a: PlanePolygon, b: PlanePolygon): number {
  let best = Infinity;
  const sb = segsOf(b);
  for (const x of segsOf(a)) for (const y of sb) best = Math.min(best, segSegDist(x, y));
  return best;
}

/** Shoelace area, computed here on purpose (not the engine's). */
export function shoelace(poly: PlanePolygon): number {
  const one = (ring: readonly Pt[]) => {
    const r = openRingOf(ring);
    const [x0, y0] = r[0];
    let s = 0;
    for (let i = 0; i < r.length; i++) {
      const a = r[i], b = r[(i + 1) % r.length];
      s += (a[0] - x0) * (b[1] - y0) - (b[0] - x0) * (a[1] - y0);
    }
    return Math.abs(s / 2);
  };
  return one(poly[0]) - poly.slice(1).reduce((s, h) => s + one(h), 0);
}

/** Corners after dropping vertices within 1 cm of the line through their neighbours (the documented rule). */
export function cornerCount(poly: PlanePolygon): number {
  let pts = openRingOf(poly[0]);
  for (let again = true; again && pts.length > 3;) {
    again = false;
    for (let i = 0; i < pts.length; i++) {
      const a = pts[(i + pts.length - 1) % pts.length], b = pts[i], c = pts[(i + 1) % pts.length];
      if (pointSegDist(b, [a, c]) < 0.01) { pts = pts.filter((_, k) => k !== i); again = true; break; }
    }
  }
  return pts.length;
}

/** Length of the polygon's outer boundary lying within 5 mm of any of the given polygons' boundaries, m (sampled). */
export function sharedLength(poly: PlanePolygon, others: readonly PlanePolygon[]): number {
  const step = 0.1;
  const segs = others.flatMap(segsOf);
  let length = 0;
  for (const [a, b] of segsOfRing(poly[0])) {
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const n = Math.max(1, Math.round(len / step));
    for (let k = 0; k < n; k++) {
      const f = (k + 0.5) / n;
      const p: Pt = [a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1])];
      if (segs.some((s) => pointSegDist(p, s) <= 0.005)) length += len / n;
    }
  }
  return length;
}

/**
 * Vertices where a ring turns back on itself within `maxDeg` degrees (a zero-width spike or a needle):
 * OGC validity allows a spike one grid step wide, a drawing shows it as a stray line.
 */
export function spikes(poly: PlanePolygon, maxDeg = 1): Pt[] {
  const out: Pt[] = [];
  for (const ring of poly) {
    const r = openRingOf(ring);
    for (let i = 0; i < r.length; i++) {
      const a = r[(i + r.length - 1) % r.length], b = r[i], c = r[(i + 1) % r.length];
      const ux = a[0] - b[0], uy = a[1] - b[1], vx = c[0] - b[0], vy = c[1] - b[1];
      const lu = Math.hypot(ux, uy), lv = Math.hypot(vx, vy);
      if (lu === 0 || lv === 0) continue;
      const angle = Math.acos(Math.max(-1, Math.min(1, (ux * vx + uy * vy) / (lu * lv)))) * 180 / Math.PI;
      // A needle shorter than a centimetre is grid rounding at a corner, not a drawn spike.
      if (angle < maxDeg && Math.min(lu, lv) > 0.01) out.push(b);
    }
  }
  return out;
}

export type Box = [number, number, number, number];
export const boxOf = (poly: PlanePolygon | readonly Pt[]): Box => {
  const pts = (typeof poly[0][0] === 'number' ? poly : (poly as PlanePolygon)[0]) as readonly Pt[];
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const q of pts) { x0 = Math.min(x0, q[0]); y0 = Math.min(y0, q[1]); x1 = Math.max(x1, q[0]); y1 = Math.max(y1, q[1]); }
  return [x0, y0, x1, y1];
};
export const boxGap = (a: Box, b: Box) => Math.max(a[0] - b[2], b[0] - a[2], a[1] - b[3], b[1] - a[3], 0);
