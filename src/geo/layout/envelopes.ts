/**
 * Buildable envelopes (phạm vi xây dựng): each plot shrunk edge by edge — `frontSetbackM` from the road,
 * half the fire separation where it meets another plot (so side-by-side and back-to-back buildings stand
 * `fireSeparationM` apart, QCVN 06:2022 Table E.2), `rearSetbackM` where it faces no plot. A last pass
 * keeps every pair of envelopes `fireSeparationM` apart whatever lies between them.
 */
import { polygonAreaM2, ringSignedAreaM2, type PlanePolygon } from '../plane-measure';
import { offsetPolygons, subtractPolygons } from './clip';
import { TOLERANCE_M } from '../tolerance';
import { asPlane } from '../coordinates';
import { collinearOverlapM, polygonSegments, ringSegments, segmentDistanceM, SegmentGrid, type Segment } from './segments';
import { FIRE_ACCESS_DISTANCE_MAX_M } from './parameters';
import type { LayoutParameters } from './types';

/** Added to every setback: two grid steps of rounding between a plot edge and the road edge it follows, m. */
const SETBACK_MARGIN_M = 2 * TOLERANCE_M;

/** A band of half-width h around segment s, extended by h beyond both ends (covers every point nearer than h). */
function bandAround(s: Segment, h: number): PlanePolygon {
  const len = Math.hypot(s[2] - s[0], s[3] - s[1]);
  const dx = ((s[2] - s[0]) / len) * h, dy = ((s[3] - s[1]) / len) * h;
  const ring = [
    asPlane([s[0] - dx + dy, s[1] - dy - dx]), asPlane([s[2] + dx + dy, s[3] + dy - dx]),
    asPlane([s[2] + dx - dy, s[3] + dy + dx]), asPlane([s[0] - dx - dy, s[1] - dy + dx]),
  ];
  if (ringSignedAreaM2(ring) < 0) ring.reverse();
  ring.push(ring[0]);
  return [ring];
}

/** Setback of each edge of a plot's outer ring, m. */
export function edgeSetbacksM(plot: PlanePolygon, owner: number, roads: SegmentGrid, plots: SegmentGrid, p: LayoutParameters): number[] {
  return ringSegments(plot[0]).map((e) => {
    let onRoad = 0, onPlot = 0;
    for (const i of roads.near(e, 0.01)) onRoad += collinearOverlapM(e, roads.segments[i]);
    for (const i of plots.near(e, 0.01)) if (plots.owners[i] !== owner) onPlot += collinearOverlapM(e, plots.segments[i]);
    if (onPlot > TOLERANCE_M) return p.fireSeparationM / 2;
    return onRoad > TOLERANCE_M ? p.frontSetbackM : p.rearSetbackM;
  });
}

function largest(polygons: PlanePolygon[]): PlanePolygon | null {
  let best: PlanePolygon | null = null;
  let bestArea = 0;
  for (const q of polygons) {
    const a = polygonAreaM2(q);
    if (a > bestArea) { best = q; bestArea = a; }
  }
  return best;
}

type Box = [number, number, number, number];
function boxOf(polygon: PlanePolygon): Box {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const q of polygon[0]) {
    x0 = Math.min(x0, q[0]); y0 = Math.min(y0, q[1]); x1 = Math.max(x1, q[0]); y1 = Math.max(y1, q[1]);
  }
  return [x0, y0, x1, y1];
}
const boxGap = (a: Box, b: Box): number => Math.hypot(Math.max(0, a[0] - b[2], b[0] - a[2]), Math.max(0, a[1] - b[3], b[1] - a[3]));

function polygonDistanceM(a: PlanePolygon, b: PlanePolygon): number {
  let best = Infinity;
  const sb = polygonSegments(b);
  for (const x of polygonSegments(a)) for (const y of sb) best = Math.min(best, segmentDistanceM(x, y));
  return best;
}

/**
 * Envelopes of the plots, in the plots' order (which decides who yields in the last pass).
 * @returns one polygon per plot, or null when nothing is left to build on
 */
export function buildEnvelopes(plots: readonly PlanePolygon[], roads: SegmentGrid, p: LayoutParameters): (PlanePolygon | null)[] {
  const plotGrid = new SegmentGrid(50);
  plots.forEach((plot, i) => { for (const s of ringSegments(plot[0])) plotGrid.add(s, i); });
  const envelopes = plots.map((plot, i) => {
    const setbacks = edgeSetbacksM(plot, i, roads, plotGrid, p);
    // Each band is widened by the rounding of the 1 mm grid, so that a setback is never short of its value.
    // Never past the 5 m fire-access reach, though, when the setback itself is within it.
    const widened = (m: number) => (m <= FIRE_ACCESS_DISTANCE_MAX_M ? Math.min(m + SETBACK_MARGIN_M, FIRE_ACCESS_DISTANCE_MAX_M) : m + SETBACK_MARGIN_M);
    const bands = ringSegments(plot[0]).flatMap((e, k) => (setbacks[k] > 0 ? [bandAround(e, widened(setbacks[k]))] : []));
    return largest(subtractPolygons([plot], bands));
  });
  const separation = p.fireSeparationM;
  if (separation <= 0) return envelopes;
  const boxes = envelopes.map((e) => (e ? boxOf(e) : null));
  for (let i = 0; i < envelopes.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = envelopes[i], b = envelopes[j];
      if (!a || !b || boxGap(boxes[i]!, boxes[j]!) >= separation) continue;
      if (polygonDistanceM(a, b) >= separation - 2 * TOLERANCE_M) continue;
      envelopes[i] = largest(subtractPolygons([a], offsetPolygons([b], separation)));
      boxes[i] = envelopes[i] ? boxOf(envelopes[i]!) : null;
    }
  }
  return envelopes;
}
