/**
 * The one corner numbering of phanlo, as Vietnamese cadastral extracts number a plot's corners: point 1
 * is the most north-western corner (the corner nearest to the north-west corner of the ring's bounding
 * box; ties: the more northern, then the more western), and the points follow clockwise (seen on a map
 * with north up). The parcel record, the CSV corner tables, the plot sheet and the stake-out all number
 * corners with this function, so "mốc 3" is the same marker everywhere.
 */
import type { PlanePoint } from './coordinates';
import { ringCorners, ringSignedAreaM2, type PlaneRing } from './plane-measure';

/** The corners of a ring (closed or open) clockwise from the most north-western one. */
export function cornersClockwiseFromNorthWest(ring: PlaneRing): PlanePoint[] {
  const corners = ringCorners(ring);
  // Counter-clockwise (positive shoelace area, easting right, northing up) → reverse.
  const clockwise = ringSignedAreaM2(corners) > 0 ? [...corners].reverse() : corners;
  const west = Math.min(...clockwise.map((p) => p[0]));
  const north = Math.max(...clockwise.map((p) => p[1]));
  let start = 0;
  let best = Infinity;
  clockwise.forEach((p, i) => {
    const d = Math.hypot(p[0] - west, p[1] - north);
    const current = clockwise[start];
    const better =
      d < best ||
      (d === best && (p[1] > current[1] || (p[1] === current[1] && p[0] < current[0])));
    if (better) {
      best = d;
      start = i;
    }
  });
  return [...clockwise.slice(start), ...clockwise.slice(0, start)];
}
