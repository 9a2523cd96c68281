/**
 * Set operations and offsets on VN-2000 plane polygons, through Clipper2 (clipper2-ts): robust on
 * concave shapes and holes, exact on a 1 mm integer grid. Turf's own boolean and buffer functions
 * assume degrees and must not be used on plane coordinates.
 */
import {
  booleanOpDWithPolyTree, ClipType, EndType, FillRule, inflatePathsD, JoinType, PolyTreeD,
  type PathD, type PathsD, type PolyPathD,
} from 'clipper2-ts';
import './clipper-rounding';
import type { PlanePoint } from './coordinates';
import { ringSignedAreaM2, type PlanePolygon, type PlaneRing } from './plane-measure';
import { nodeJunctions } from './polygon-noding';
import { splitPolygon } from './ring-split';
import { CLIP_PRECISION_DECIMALS } from './tolerance';

/** A set of polygons (a multipolygon), outer ring first in each, holes after. */
export type PlaneMultiPolygon = readonly PlanePolygon[];

// These helpers run on every set operation, most of them on a few vertices: plain loops, no closures.

function ringToPath(ring: PlaneRing): PathD {
  const path: PathD = [];
  for (const p of ring) path.push({ x: p[0], y: p[1] });
  const first = path[0];
  const last = path[path.length - 1];
  if (path.length > 1 && first.x === last.x && first.y === last.y) path.pop();
  return path;
}

/**
 * Clipper paths with the GeoJSON nesting made explicit by winding: outer rings counter-clockwise,
 * holes clockwise. Under the non-zero fill rule a hole wound like its outer ring would be filled in,
 * and files from users wind their rings every which way.
 */
function toPaths(shapes: PlaneMultiPolygon): PathsD {
  const paths: PathsD = [];
  for (const polygon of shapes) {
    for (let index = 0; index < polygon.length; index++) {
      const path = ringToPath(polygon[index]);
      const counterClockwise = ringSignedAreaPath(path) > 0;
      paths.push(counterClockwise === (index === 0) ? path : path.reverse());
    }
  }
  return paths;
}

/** A closed ring in GeoJSON habit: first point repeated at the end. Outer rings CCW, holes CW. */
function pathToRing(path: PathD, counterClockwise: boolean): PlaneRing {
  const ring: PlanePoint[] = [];
  // A fresh pair per corner, branded as asPlane brands it.
  for (const p of path) ring.push([p.x, p.y] as unknown as PlanePoint);
  ring.push(ring[0]);
  const ccw = ringSignedAreaM2(ring) > 0;
  return ccw === counterClockwise ? ring : ring.reverse();
}

function visitOuter(node: PolyPathD, out: PlanePolygon[]): void {
  const rings: PlaneRing[] = [pathToRing(node.poly!, true)];
  for (let i = 0; i < node.count; i++) {
    const hole = node.child(i);
    rings.push(pathToRing(hole.poly!, false));
    for (let j = 0; j < hole.count; j++) visitOuter(hole.child(j), out);
  }
  out.push(rings);
}

function treeToPolygons(tree: PolyPathD): PlanePolygon[] {
  const out: PlanePolygon[] = [];
  for (let i = 0; i < tree.count; i++) visitOuter(tree.child(i), out);
  const split: PlanePolygon[] = [];
  for (const polygon of out) for (const part of splitPolygon(polygon)) split.push(part);
  return split;
}

/** A boolean operation on paths wound as toPaths winds them, T-junctions made vertices first (polygon-noding.ts). */
function booleanOpOnPaths(type: ClipType, subject: PathsD, clip: PathsD | null, precisionDecimals = CLIP_PRECISION_DECIMALS): PlanePolygon[] {
  // Junctions within one grid step of an edge: on the measuring grid, a µm, so stated areas stay exact.
  const [nodedSubject, nodedClip] = nodeJunctions(clip ? [subject, clip] : [subject], 10 ** -precisionDecimals);
  const tree = new PolyTreeD();
  booleanOpDWithPolyTree(type, nodedSubject, nodedClip ?? null, tree, FillRule.NonZero, precisionDecimals);
  return treeToPolygons(tree);
}

const booleanOp = (
  type: ClipType, subject: PlaneMultiPolygon, clip: PlaneMultiPolygon | null, precisionDecimals = CLIP_PRECISION_DECIMALS,
): PlanePolygon[] => booleanOpOnPaths(type, toPaths(subject), clip ? toPaths(clip) : null, precisionDecimals);

/** Grid of a clip whose result is measured, not built on: 1 µm, far below the 0.1 m² areas are stated to. */
export const MEASURE_PRECISION_DECIMALS = 6;

/**
 * The parts of `subject` inside `clip`. `precisionDecimals` (default: the 1 mm grid of tolerance.ts) is
 * the grid new vertices snap to; pass MEASURE_PRECISION_DECIMALS where the result's AREA is stated
 * (land recovery), since 1 mm snapping moves an area by up to ~0.005 m² and so its last stated decimal.
 */
export const intersectPolygons = (
  subject: PlaneMultiPolygon, clip: PlaneMultiPolygon, options: { precisionDecimals?: number } = {},
): PlanePolygon[] => booleanOp(ClipType.Intersection, subject, clip, options.precisionDecimals);

/** The parts of `subject` outside `clip`. */
export const subtractPolygons = (subject: PlaneMultiPolygon, clip: PlaneMultiPolygon): PlanePolygon[] =>
  booleanOp(ClipType.Difference, subject, clip);

/** The union of all polygons given. */
export const unitePolygons = (...groups: PlaneMultiPolygon[]): PlanePolygon[] =>
  booleanOp(ClipType.Union, groups.flat(), null);

/** Longest a mitred corner of offsetPolygons reaches, in offset distances (past it the corner is squared). */
export const OFFSET_MITER_LIMIT = 4;

/**
 * Grows (positive) or shrinks (negative) polygons by `distanceM` metres with mitred corners,
 * as setbacks and right-of-way edges are drawn.
 */
export function offsetPolygons(shapes: PlaneMultiPolygon, distanceM: number, options: { miterLimit?: number } = {}): PlanePolygon[] {
  const inflated = inflatePathsD(
    toPaths(shapes), distanceM, JoinType.Miter, EndType.Polygon, options.miterLimit ?? OFFSET_MITER_LIMIT, CLIP_PRECISION_DECIMALS,
  );
  // Inflation returns loose paths, outer rings and holes wound oppositely; a union of them as they are
  // rebuilds the nesting (wound again as outer rings, the holes of a grown union would be filled in).
  return booleanOpOnPaths(ClipType.Union, inflated, null);
}

/** Most a chord of a round end or bend of bufferPolyline lies inside the true circle, m. */
export const ROUND_ARC_TOLERANCE_M = 0.005;

/**
 * A band `widthM` wide centred on an open polyline: a road's right of way (butt or square ends, mitred
 * bends), or with `round` everything within widthM / 2 of the line (round ends and bends: the land
 * near a homes line, its ends and corners included).
 */
export function bufferPolyline(line: readonly (readonly [number, number])[], widthM: number, ends: 'butt' | 'square' | 'round' = 'butt'): PlanePolygon[] {
  const path: PathD = line.map((p) => ({ x: p[0], y: p[1] }));
  const end = ends === 'butt' ? EndType.Butt : ends === 'square' ? EndType.Square : EndType.Round;
  // Round arcs as chords at most ROUND_ARC_TOLERANCE_M inside the true circle (the caller adds that).
  const inflated = inflatePathsD(
    [path], widthM / 2, ends === 'round' ? JoinType.Round : JoinType.Miter, end, 4, CLIP_PRECISION_DECIMALS, ends === 'round' ? ROUND_ARC_TOLERANCE_M : 0,
  );
  return booleanOpOnPaths(ClipType.Union, inflated.map((p) => (ringSignedAreaPath(p) < 0 ? [...p].reverse() : p)), null);
}

function ringSignedAreaPath(path: PathD): number {
  if (path.length < 3) return 0;
  // Relative to the first point: seven-digit VN-2000 coordinates would lose precision in the products.
  const { x: x0, y: y0 } = path[0];
  let twice = 0;
  for (let i = 0; i < path.length; i++) {
    const a = path[i];
    const b = path[(i + 1) % path.length];
    twice += (a.x - x0) * (b.y - y0) - (b.x - x0) * (a.y - y0);
  }
  return twice / 2;
}
