/**
 * A quick sufficient test that a plot shrunk by some distance keeps something: it answers only "yes,
 * surely"; every other plot is shrunk by clipping as before, so the verdict is the one the clipping
 * would give.
 *
 * Two ways to be sure. A convex outer ring whose corners' mean stands at least that far (plus a wide
 * margin) inside every edge line holds a disc that the shrinking keeps whatever the 1 mm grid does.
 * Any other ring (most plots that fail the first way are convex but for a corner a millimetre off a
 * straight edge, which rounding turns the wrong way) holds such a disc around a point inside it that
 * stands that far from every edge and, from each reflex corner, as far as that corner's mitre can
 * reach into the shrunk ring (offsetPolygons: the distance ÷ cos(half the turn), at most
 * OFFSET_MITER_LIMIT distances): shrinking moves every edge by exactly the distance, and every corner
 * by no more than its mitre, so the ring never passes over the point, which stays inside it.
 */
import type { PlanePolygon } from '../plane-measure';
import { OFFSET_MITER_LIMIT } from '../polygon-clip';
import { openRing } from '../ring-helpers';

/** Margin beyond the distance asked, m: far above the grid's rounding and the offsetting's tolerances. */
const CLEAR_MARGIN_M = 0.5;

/**
 * Whether the polygon has no hole (a hole grows as the plot shrinks) and its outer ring surely keeps
 * something when shrunk by distanceM (see the header).
 */
export function surelyKeepsInside(polygon: PlanePolygon, distanceM: number): boolean {
  if (polygon.length !== 1) return false;
  const pts = openRing(polygon[0]);
  const n = pts.length;
  if (n < 3) return false;
  // Relative to the first corner: seven-digit coordinates keep their precision in the products.
  const [x0, y0] = pts[0];
  const xs = pts.map((q) => q[0] - x0), ys = pts.map((q) => q[1] - y0);
  let cx = 0, cy = 0;
  for (let i = 0; i < n; i++) { cx += xs[i]; cy += ys[i]; }
  cx /= n; cy /= n;
  return convexAround(xs, ys, cx, cy, distanceM) || clearAround(xs, ys, cx, cy, distanceM) || clearAround(xs, ys, ...areaCentroid(xs, ys), distanceM);
}

/** Whether the ring is convex and (cx, cy) stands distanceM + CLEAR_MARGIN_M inside every edge line. */
function convexAround(xs: readonly number[], ys: readonly number[], cx: number, cy: number, distanceM: number): boolean {
  const n = xs.length;
  let sign = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n, k = (i + 2) % n;
    const turn = (xs[j] - xs[i]) * (ys[k] - ys[j]) - (ys[j] - ys[i]) * (xs[k] - xs[j]);
    if (turn === 0) continue;
    if (sign === 0) sign = Math.sign(turn);
    else if (Math.sign(turn) !== sign) return false;
  }
  if (sign === 0) return false;
  const need = distanceM + CLEAR_MARGIN_M;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const ex = xs[j] - xs[i], ey = ys[j] - ys[i];
    const len = Math.hypot(ex, ey);
    if (len === 0) continue;
    // Signed distance of the mean from the edge's line, positive on the ring's inner side.
    if ((sign * (ex * (cy - ys[i]) - ey * (cx - xs[i]))) / len < need) return false;
  }
  return true;
}

/**
 * Whether the ring winds once around (cx, cy), in the sense of its area, with every edge at least
 * distanceM + CLEAR_MARGIN_M from it and every reflex corner at least its mitre's reach + CLEAR_MARGIN_M.
 */
function clearAround(xs: readonly number[], ys: readonly number[], cx: number, cy: number, distanceM: number): boolean {
  if (!Number.isFinite(cx) || !Number.isFinite(cy)) return false;
  const n = xs.length;
  let twiceArea = 0;
  for (let i = 0; i < n; i++) { const j = (i + 1) % n; twiceArea += xs[i] * ys[j] - xs[j] * ys[i]; }
  if (twiceArea === 0) return false;
  const orientation = Math.sign(twiceArea);
  let winding = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n, h = (i + n - 1) % n;
    const ax = xs[i], ay = ys[i], ex = xs[j] - ax, ey = ys[j] - ay;
    const len2 = ex * ex + ey * ey;
    // Distance from the edge i → j.
    const k = len2 > 0 ? Math.max(0, Math.min(1, ((cx - ax) * ex + (cy - ay) * ey) / len2)) : 0;
    if (Math.hypot(cx - ax - k * ex, cy - ay - k * ey) < distanceM + CLEAR_MARGIN_M) return false;
    // A reflex corner at i (turning against the ring's sense): its mitre reaches distanceM ÷ cos(turn / 2).
    const px = ax - xs[h], py = ay - ys[h];
    const turn = px * ey - py * ex;
    if (turn !== 0 && Math.sign(turn) !== orientation) {
      const cosTurn = (px * ex + py * ey) / (Math.hypot(px, py) * Math.sqrt(len2));
      const cosHalf = Math.sqrt(Math.max(0, (1 + cosTurn) / 2));
      const reach = distanceM * Math.min(OFFSET_MITER_LIMIT, cosHalf > 0 ? 1 / cosHalf : Infinity);
      if (Math.hypot(cx - ax, cy - ay) < reach + CLEAR_MARGIN_M) return false;
    }
    // Winding number (crossings of the upward ray from the point, signed by direction).
    const by = ys[j];
    if (ay <= cy) { if (by > cy && ex * (cy - ay) - (cx - ax) * ey > 0) winding++; }
    else if (by <= cy && ex * (cy - ay) - (cx - ax) * ey < 0) winding--;
  }
  return winding === orientation;
}

/** The centroid of the ring's area. */
function areaCentroid(xs: readonly number[], ys: readonly number[]): [number, number] {
  const n = xs.length;
  let twice = 0, sx = 0, sy = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const c = xs[i] * ys[j] - xs[j] * ys[i];
    twice += c; sx += (xs[i] + xs[j]) * c; sy += (ys[i] + ys[j]) * c;
  }
  return twice === 0 ? [NaN, NaN] : [sx / (3 * twice), sy / (3 * twice)];
}
