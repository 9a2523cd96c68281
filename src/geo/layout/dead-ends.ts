/**
 * Dead ends as the written roads have them: measured on the fitted centre lines (centre-lines.ts), so
 * that a road a pond cuts in two, or a branch whose neighbour was only a sliver of road, is counted as
 * the dead end it is. A dead end longer than maxDeadEndM with no turning area on it is reported
 * (`dead-end-needs-turnaround`, and in the balance's `dead-end-max`): the layout never claims a
 * QCVN 06 6.2.5 pass it does not have.
 */
import type { PlanePoint } from '../coordinates';
import { polygonAreaM2, type PlanePolygon } from '../plane-measure';
import type { RoadLine } from './road-network';
import { pointSegmentDistanceM, polygonSegments, ringSegments, type Segment } from './segments';

/** How close a line end must come to the zone edge near the public road to be the gate, m. */
const GATE_GAP_M = 0.05;
/** The public road's centre line is at most this far from the gate, m. */
const GATE_ROAD_M = 25;

export interface DeadEnd {
  lengthM: number;
  end: readonly [number, number];
}

/** Dead ends longer than `maxDeadEndM` that no turning area serves. */
export function openDeadEnds(
  lines: readonly RoadLine[], turnarounds: readonly PlanePolygon[], zoneOuter: readonly PlanePoint[],
  accessRoads: readonly (readonly PlanePoint[])[], maxDeadEndM: number, turnaroundM: number,
): DeadEnd[] {
  const zoneEdges = ringSegments(zoneOuter);
  const roadSegs = accessRoads.flatMap((l) => l.slice(1).map((b, i): Segment => [l[i][0], l[i][1], b[0], b[1]]));
  const isGate = (x: number, y: number) => zoneEdges.some((s) => pointSegmentDistanceM(x, y, s) <= GATE_GAP_M)
    && roadSegs.some((s) => pointSegmentDistanceM(x, y, s) <= GATE_ROAD_M);
  const segs = lines.map((l): Segment => [l.points[0][0], l.points[0][1], l.points[l.points.length - 1][0], l.points[l.points.length - 1][1]]);
  const out: DeadEnd[] = [];
  segs.forEach((s, i) => {
    const length = Math.hypot(s[2] - s[0], s[3] - s[1]);
    if (length === 0) return;
    const ux = (s[2] - s[0]) / length, uy = (s[3] - s[1]) / length;
    // Where other centre lines meet this one (metres from its start), with their half widths.
    const meets: { at: number; half: number }[] = [];
    segs.forEach((m, j) => {
      if (j === i) return;
      const mx = m[2] - m[0], my = m[3] - m[1], mLength = Math.hypot(mx, my);
      const den = ux * my - uy * mx;
      if (mLength === 0 || Math.abs(den) < 1e-9) return;
      const dx = m[0] - s[0], dy = m[1] - s[1];
      const at = (dx * my - dy * mx) / den, v = (dx * uy - dy * ux) / den / mLength;
      const reach = lines[i].widthM / 2 + GATE_GAP_M;
      if (at >= -reach && at <= length + reach && v * mLength >= -reach && v * mLength <= mLength + reach) {
        meets.push({ at: Math.max(0, Math.min(length, at)), half: lines[j].widthM / 2 });
      }
    });
    for (const [x, y, from] of [[s[0], s[1], 0], [s[2], s[3], length]]) {
      if (isGate(x, y) || meets.some((q) => Math.abs(q.at - from) <= q.half + GATE_GAP_M)) continue;
      const lengthM = meets.length ? Math.min(...meets.map((q) => Math.abs(q.at - from) - q.half)) : length;
      if (lengthM <= maxDeadEndM) continue;
      const to = meets.length ? meets.reduce((best, q) => (Math.abs(q.at - from) < Math.abs(best.at - from) ? q : best)).at : length - from;
      const stretch: Segment = [x, y, s[0] + ux * to, s[1] + uy * to];
      // A turning square centred on the road adds T² less the road's own T × width: a sliver the zone
      // edge left of it (an end against the boundary) is no turning area.
      const T = turnaroundM, least = 0.9 * Math.max(0, T * T - lines[i].widthM * T);
      const served = turnarounds.some((t) => polygonAreaM2(t) >= least && polygonSegments(t).some((e) =>
        [[e[0], e[1]], [e[2], e[3]]].some(([px, py]) => pointSegmentDistanceM(px, py, stretch) <= lines[i].widthM / 2 + 0.5)));
      if (!served) out.push({ lengthM: Math.round(lengthM * 10) / 10, end: [x, y] });
    }
  });
  return out;
}
