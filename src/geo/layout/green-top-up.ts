/**
 * Green where it costs least (QCVN 01:2021 Table 2.6, green ≥ 10 % of the zone): when the strips and
 * the leftover pieces leave less, plots become green, the ones worth least first — odd plots (not four
 * right-angled corners) smallest first, then the plots nearest the entrance, so that the green they give
 * is one small park by the gate rather than holes scattered among the rows.
 */
import { polygonAreaM2, type PlanePolygon } from '../plane-measure';
import { significantCorners } from './plot-shape';

/** Least green share of the zone, percent (QCVN 01:2021/BXD Table 2.6). */
export const GREEN_MIN_PERCENT = 10;

/** A corner within this of 90° counts as right, degrees. */
const RIGHT_ANGLE_TOLERANCE_DEG = 2;

/** Whether a plot is a rectangle: four corners, all right angles. */
export function isRegularPlot(polygon: PlanePolygon): boolean {
  const pts = significantCorners(polygon[0]);
  if (pts.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const a = pts[(i + 3) % 4], b = pts[i], c = pts[(i + 1) % 4];
    const u = [a[0] - b[0], a[1] - b[1]], v = [c[0] - b[0], c[1] - b[1]];
    const cos = (u[0] * v[0] + u[1] * v[1]) / (Math.hypot(u[0], u[1]) * Math.hypot(v[0], v[1]));
    if (Math.abs(90 - (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI) > RIGHT_ANGLE_TOLERANCE_DEG) return false;
  }
  return true;
}

/**
 * Indices of the plots to give to the green so that green reaches GREEN_MIN_PERCENT of the zone.
 * @param greenM2 green the layout has without them (strips, leftover, kept holes), m²
 * @param distanceToEntrance per plot, m (the park grows from the gate)
 */
export function plotsForGreen(plots: readonly PlanePolygon[], distanceToEntrance: readonly number[], zoneM2: number, greenM2: number): Set<number> {
  const out = new Set<number>();
  let missing = (GREEN_MIN_PERCENT / 100) * zoneM2 - greenM2;
  if (missing <= 0) return out;
  const areas = plots.map((q) => polygonAreaM2(q));
  const order = plots.map((q, i) => ({ i, odd: !isRegularPlot(q) }))
    .sort((a, b) => Number(b.odd) - Number(a.odd) || (a.odd ? areas[a.i] - areas[b.i] : distanceToEntrance[a.i] - distanceToEntrance[b.i]) || a.i - b.i);
  for (let k = 0; k < order.length && missing > 0; k++) {
    // The last plot needed is the smallest odd one that covers what is missing (when the next in
    // order is not odd, or overshoots more): no more plot land goes than the rule asks.
    const { odd } = order[k];
    const closing = odd ? order.slice(k).filter((q) => q.odd && !out.has(q.i) && areas[q.i] >= missing)
      .sort((a, b) => areas[a.i] - areas[b.i] || a.i - b.i)[0] : undefined;
    const i = closing ? closing.i : order[k].i;
    if (out.has(i)) continue;
    out.add(i);
    missing -= areas[i];
  }
  return out;
}
