/**
 * Buildable envelopes (phạm vi xây dựng): each plot shrunk edge by edge — `frontSetbackM` from the road,
 * half the fire separation where it meets another plot (so side-by-side and back-to-back buildings stand
 * `fireSeparationM` apart, QCVN 06:2022 Table E.2), `rearSetbackM` where it faces no plot. A last pass
 * keeps every pair of envelopes `fireSeparationM` apart whatever lies between them.
 */
import { polygonAreaM2, ringSignedAreaM2, type PlanePolygon } from '../plane-measure';
import { boundingBox, type BoundingBox } from '../ring-helpers';
import { intersectPolygons, offsetPolygons, subtractPolygons } from './clip';
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

/** What an edge of a plot faces, and its setback, m; `roadSegments` are the road edges it runs along. */
export interface EdgeSetback { setbackM: number; road: boolean; roadSegments: number[] }

/** Setback of each edge of a plot's outer ring. */
export function edgeSetbacks(plot: PlanePolygon, owner: number, roads: SegmentGrid, plots: SegmentGrid, p: LayoutParameters): EdgeSetback[] {
  return ringSegments(plot[0]).map((e) => {
    let onRoad = 0, onPlot = 0;
    const roadSegments: number[] = [];
    for (const i of roads.near(e, 0.01)) {
      const along = collinearOverlapM(e, roads.segments[i]);
      if (along > 0) { onRoad += along; roadSegments.push(i); }
    }
    for (const i of plots.near(e, 0.01)) if (plots.owners[i] !== owner) onPlot += collinearOverlapM(e, plots.segments[i]);
    if (onPlot > TOLERANCE_M) return { setbackM: p.fireSeparationM / 2, road: false, roadSegments: [] };
    return onRoad > TOLERANCE_M ? { setbackM: p.frontSetbackM, road: true, roadSegments } : { setbackM: p.rearSetbackM, road: false, roadSegments: [] };
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

const boxOf = (polygon: PlanePolygon): BoundingBox => boundingBox(polygon[0]);
const boxGap = (a: BoundingBox, b: BoundingBox): number => Math.hypot(Math.max(0, a[0] - b[2], b[0] - a[2]), Math.max(0, a[1] - b[3], b[1] - a[3]));

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
    const setbacks = edgeSetbacks(plot, i, roads, plotGrid, p);
    // Each band is widened by the rounding of the 1 mm grid, so that a setback is never short of its value.
    // Never past the 5 m fire-access reach, though, when the setback itself is within it.
    const widened = (m: number, road: boolean) =>
      (road && m <= FIRE_ACCESS_DISTANCE_MAX_M ? Math.min(m + SETBACK_MARGIN_M, FIRE_ACCESS_DISTANCE_MAX_M) : m + SETBACK_MARGIN_M);
    // The front setback is also measured from the road's own edges, which the plot edge along them may
    // miss by a grid step or two.
    const fronts = new Set<number>();
    setbacks.forEach((q) => q.roadSegments.forEach((r) => fronts.add(r)));
    const bands = [
      ...ringSegments(plot[0]).flatMap((e, k) => (setbacks[k].setbackM > 0 ? [bandAround(e, widened(setbacks[k].setbackM, setbacks[k].road))] : [])),
      ...(p.frontSetbackM > 0 ? [...fronts].sort((x, y) => x - y).map((r) => bandAround(roads.segments[r], widened(p.frontSetbackM, true))) : []),
    ];
    // Last, the plot shrunk by its smallest setback: where two bands along almost the same line meet,
    // clipping can leave a corner a few millimetres inside a third band.
    const least = Math.min(...setbacks.map((q) => q.setbackM));
    const inner = least > 0 ? offsetPolygons([plot], -widened(least, setbacks.some((q) => q.road && q.setbackM === least))) : [plot];
    return largest(intersectPolygons(subtractPolygons([plot], bands), inner));
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

/**
 * Plots that cannot be built on: no envelope left, or an envelope whose nearest side stands farther
 * than 5 m from every road (QCVN 06:2022 6.2.2.3; the fire-separation pass can cut away the front).
 * @returns the indices of those plots
 */
export function unbuildablePlots(envelopes: readonly (PlanePolygon | null)[], roads: SegmentGrid): Set<number> {
  const out = new Set<number>();
  const reach = FIRE_ACCESS_DISTANCE_MAX_M + 2 * TOLERANCE_M;
  envelopes.forEach((envelope, i) => {
    if (!envelope) { out.add(i); return; }
    const near = ringSegments(envelope[0]).some((e) => roads.anyWithin(e, reach));
    if (!near) out.add(i);
  });
  return out;
}
