/**
 * Dead ends as the written roads have them: measured on the fitted centre lines (centre-lines.ts), so
 * that a road a pond cuts in two, or a branch whose neighbour was only a sliver of road, is counted as
 * the dead end it is. A dead end longer than maxDeadEndM with no turning area on it is reported
 * (`dead-end-needs-turnaround`, and in the balance's `dead-end-max`): the layout never claims a
 * QCVN 06 6.2.5 pass it does not have.
 */
import type { PlanePoint } from '../coordinates';
import type { PlanePolygon } from '../plane-measure';
import type { RoadLine } from './road-network';
import { pointInPolygon, pointSegmentDistanceM, ringSegments, type Segment } from './segments';

/** How close a line end must come to the zone edge near the public road to be the gate, m. */
const GATE_GAP_M = 0.05;
/** The public road's centre line is at most this far from the gate, m. */
const GATE_ROAD_M = 25;

export interface DeadEnd {
  lengthM: number;
  end: readonly [number, number];
  /** Where the stretch starts: the nearest junction on its line, or the line's other end. */
  from: readonly [number, number];
}

/** Dead ends longer than `maxDeadEndM` that no turning area serves. */
export function openDeadEnds(
  lines: readonly RoadLine[], turnarounds: readonly PlanePolygon[], zoneOuter: readonly PlanePoint[],
  accessRoads: readonly (readonly PlanePoint[])[], maxDeadEndM: number, turnaroundM: number,
  roads: readonly PlanePolygon[],
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
      // `at` in metres along this line; `along` in metres along the other (its direction is not a unit vector).
      const at = (dx * my - dy * mx) / den, along = ((dx * uy - dy * ux) / den) * mLength;
      const reach = lines[i].widthM / 2 + GATE_GAP_M;
      if (at >= -reach && at <= length + reach && along >= -reach && along <= mLength + reach) {
        meets.push({ at: Math.max(0, Math.min(length, at)), half: lines[j].widthM / 2 });
      }
    });
    for (const [x, y, from] of [[s[0], s[1], 0], [s[2], s[3], length]]) {
      if (isGate(x, y) || meets.some((q) => Math.abs(q.at - from) <= q.half + GATE_GAP_M)) continue;
      const lengthM = meets.length ? Math.min(...meets.map((q) => Math.abs(q.at - from) - q.half)) : length;
      if (lengthM <= maxDeadEndM) continue;
      const to = meets.length ? meets.reduce((best, q) => (Math.abs(q.at - from) < Math.abs(best.at - from) ? q : best)).at : length - from;
      const stretch: Segment = [x, y, s[0] + ux * to, s[1] + uy * to];
      const served = turnarounds.some((t) => holdsSquare(t, lines[i], stretch, roads, turnaroundM));
      if (!served) out.push({ lengthM: Math.round(lengthM * 10) / 10, end: [x, y], from: [stretch[2], stretch[3]] });
    }
  });
  return out;
}

/**
 * Whether turning area `t` beside the dead-end stretch, with the road itself, holds a real
 * turnaroundM × turnaroundM square aligned with the road: its extent along and across the road is at
 * least that, and a 5 × 5 grid over that box lies on road land. A square the zone edge cut to a sliver
 * (12 × 11 m, or less) is no turning area.
 */
function holdsSquare(t: PlanePolygon, line: RoadLine, stretch: Segment, roads: readonly PlanePolygon[], side: number): boolean {
  const [ax, ay] = line.points[0], [bx, by] = line.points[line.points.length - 1];
  const length = Math.hypot(bx - ax, by - ay);
  const ux = (bx - ax) / length, uy = (by - ay) / length;
  const pts = t[0];
  // Beside the stretch: a corner near it, or the stretch crossing the area (a whole square written over
  // the road's end has no corner near the centre line).
  const crosses = ringSegments(pts).some((e) => segmentsCross(e, stretch));
  if (!crosses && !pts.some((q) => pointSegmentDistanceM(q[0], q[1], stretch) <= line.widthM / 2 + 0.5)) return false;
  const along = pts.map((q) => (q[0] - ax) * ux + (q[1] - ay) * uy);
  const across = pts.map((q) => -(q[0] - ax) * uy + (q[1] - ay) * ux);
  const s0 = Math.min(...along), s1 = Math.max(...along);
  const n0 = Math.min(-line.widthM / 2, ...across), n1 = Math.max(line.widthM / 2, ...across);
  if (s1 - s0 < side - 0.02 || n1 - n0 < side - 0.02) return false;
  for (let i = 0; i <= 4; i++) {
    for (let k = 0; k <= 4; k++) {
      const sv = s0 + 0.01 + ((s1 - s0 - 0.02) * i) / 4, nv = n0 + 0.01 + ((n1 - n0 - 0.02) * k) / 4;
      const x = ax + ux * sv - uy * nv, y = ay + uy * sv + ux * nv;
      if (!roads.some((q) => pointInPolygon(x, y, q))) return false;
    }
  }
  return true;
}

function segmentsCross(e: Segment, f: Segment): boolean {
  const side = (x: number, y: number, s: Segment) => Math.sign((s[2] - s[0]) * (y - s[1]) - (s[3] - s[1]) * (x - s[0]));
  return side(e[0], e[1], f) * side(e[2], e[3], f) < 0 && side(f[0], f[1], e) * side(f[2], f[3], e) < 0;
}
