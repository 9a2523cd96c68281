/**
 * A quick sufficient test that a plot shrunk by some distance keeps something: a convex outer ring
 * whose corners' mean stands at least that far (plus a wide margin) inside every edge line holds a disc
 * that the shrinking keeps whatever the 1 mm grid does. It answers only "yes, surely"; every other
 * plot is shrunk by clipping as before, so the verdict is the one the clipping would give.
 */
import type { PlanePolygon } from '../plane-measure';
import { openRing } from '../ring-helpers';

/** Margin beyond the distance asked, m: far above the grid's rounding and the offsetting's tolerances. */
const CLEAR_MARGIN_M = 0.5;

/**
 * Whether the polygon has no hole (a hole grows as the plot shrinks), its ring is convex and its
 * corners' mean lies at least distanceM + CLEAR_MARGIN_M inside every edge.
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
