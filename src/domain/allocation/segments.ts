/**
 * Distances between points, segments and rings in plane metres, for the plot facts of the allocation
 * (adjacency, road frontage, distance to the homes edge). Pure arithmetic on [easting, northing].
 */
type XY = readonly [number, number];

/** Distance from point p to segment ab, m. */
export function pointSegmentDistanceM(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

const cross = (o: XY, a: XY, b: XY) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

function segmentsCross(a: XY, b: XY, c: XY, d: XY): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Least distance between segments ab and cd, m (0 when they cross). */
export function segmentSegmentDistanceM(a: XY, b: XY, c: XY, d: XY): number {
  if (segmentsCross(a, b, c, d)) return 0;
  return Math.min(pointSegmentDistanceM(a, c, d), pointSegmentDistanceM(b, c, d), pointSegmentDistanceM(c, a, b), pointSegmentDistanceM(d, a, b));
}

/** The segments of a ring or line (a closed ring's closing segment included once). */
export function segmentsOf(points: readonly XY[]): [XY, XY][] {
  const segments: [XY, XY][] = [];
  for (let i = 0; i + 1 < points.length; i++) segments.push([points[i], points[i + 1]]);
  return segments;
}

/** Least distance from point p to any of the segments, m. */
export function pointToSegmentsM(p: XY, segments: readonly (readonly [XY, XY])[]): number {
  let best = Infinity;
  for (const [a, b] of segments) best = Math.min(best, pointSegmentDistanceM(p, a, b));
  return best;
}

/** Least distance between two sets of segments, m. */
export function segmentsToSegmentsM(first: readonly (readonly [XY, XY])[], second: readonly (readonly [XY, XY])[]): number {
  let best = Infinity;
  for (const [a, b] of first) for (const [c, d] of second) best = Math.min(best, segmentSegmentDistanceM(a, b, c, d));
  return best;
}

/** Points every `stepM` along segment ab (its ends excluded: corners touch too many neighbours). */
export function samplesAlong(a: XY, b: XY, stepM: number): XY[] {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const count = Math.max(1, Math.floor(length / stepM));
  const points: XY[] = [];
  for (let i = 0; i < count; i++) {
    const t = (i + 0.5) / count;
    points.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
  }
  return points;
}
