/**
 * Clean-up of drawn roads: slivers dropped, and only the pieces reachable from the main road kept.
 */
import { polygonAreaM2, ringPerimeterM, type PlanePolygon } from '../plane-measure';
import { boundingBox, boxesMeet, type BoundingBox } from '../ring-helpers';
import { polygonSegments, segmentDistanceM } from './segments';

/** A drawn road: its role, right-of-way width and polygons. */
export interface RoadPiece {
  readonly role: 'main' | 'branch' | 'turnaround';
  readonly widthM: number;
  readonly polygons: PlanePolygon[];
}

/**
 * Keeps the road polygons reachable from the first one (the main road at the entrance): a hole may cut
 * a stub off a road. What is dropped falls to the leftover green.
 */
export function keepConnected(pieces: RoadPiece[]): RoadPiece[] {
  const all = pieces.flatMap((piece, i) => piece.polygons.map((polygon) => ({ piece: i, polygon, segments: polygonSegments(polygon) })));
  const box = all.map((q) => localBox(q.polygon));
  const linked = new Set<number>([0]);
  const queue = [0];
  while (queue.length) {
    const i = queue.shift()!;
    all.forEach((q, j) => {
      if (linked.has(j) || !boxesNear(box[i], box[j])) return;
      if (all[i].segments.some((a) => q.segments.some((b) => segmentDistanceM(a, b) <= TOUCH_M))) {
        linked.add(j);
        queue.push(j);
      }
    });
  }
  return pieces
    .map((piece, i) => ({ ...piece, polygons: all.filter((q, j) => q.piece === i && linked.has(j)).map((q) => q.polygon) }))
    .filter((piece) => piece.polygons.length > 0);
}

/** Road pieces narrower on average than this are clipping slivers, not road, m. */
const MIN_MEAN_WIDTH_M = 0.1;

/** The polygons with some body: slivers along an edge (area small for their perimeter) are dropped. */
export function solid(polygons: PlanePolygon[]): PlanePolygon[] {
  return polygons.filter((q) => polygonAreaM2(q) >= (MIN_MEAN_WIDTH_M / 2) * ringPerimeterM(q[0]));
}

/** Two road polygons this close touch, m (grid rounding between shared edges). */
const TOUCH_M = 0.01;

const localBox = (polygon: PlanePolygon): BoundingBox => boundingBox(polygon[0]);
const boxesNear = (a: BoundingBox, b: BoundingBox): boolean => boxesMeet(a, b, TOUCH_M);
