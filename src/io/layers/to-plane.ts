/**
 * Source coordinates to VN-2000 plane metres, with the sanity check that catches the commonest real
 * mistakes before they become parcels in the sea: X and Y swapped, a WGS84 file declared as VN-2000,
 * a VN-2000 file with no CRS. All conversion goes through src/geo/coordinates.ts.
 */
import {
  asPlane, convertPoint, parseCrs, planeProjection, vn2000CrsId, type CrsId, type PlanePoint,
} from '../../geo/coordinates';
import type { PlaneGeometry } from '../../geo/plane-feature';
import { ringSignedAreaM2, type PlanePolygon, type PlaneRing } from '../../geo/plane-measure';
import type { CoordinateCause } from './issue-codes';

/** Degrees (WGS84 longitude, latitude) or plane metres (easting, northing), in GeoJSON order. */
export type CoordinateSpace = 'geographic' | 'plane';

/** Where WGS84 coordinates of Vietnam can be: longitude and latitude in degrees. */
export const WGS84_RANGE = { lng: [100, 112], lat: [8, 24] } as const;
/** Where VN-2000 TM-3 plane coordinates of Vietnam can be, in the province's own zone: metres. */
export const PLANE_RANGE = { easting: [100_000, 900_000], northing: [900_000, 2_700_000] } as const;

const within = (v: number, [lo, hi]: readonly [number, number]): boolean => v >= lo && v <= hi;
const isDegrees = (a: number, b: number): boolean => within(a, WGS84_RANGE.lng) && within(b, WGS84_RANGE.lat);
const isPlane = (a: number, b: number): boolean => within(a, PLANE_RANGE.easting) && within(b, PLANE_RANGE.northing);

export function crsSpace(crs: CrsId): CoordinateSpace {
  return parseCrs(crs).kind === 'geographic' ? 'geographic' : 'plane';
}

/**
 * Why a position (in file order: [lng, lat] or [easting, northing]) cannot be in Vietnam in `space`,
 * or null when it can.
 */
export function coordinateCause(a: number, b: number, space: CoordinateSpace): CoordinateCause | null {
  if (space === 'geographic') {
    if (isDegrees(a, b)) return null;
    if (isDegrees(b, a)) return 'swapped-axes';
    if (isPlane(a, b) || isPlane(b, a)) return 'metres-in-wgs84-file';
    return 'outside-vietnam';
  }
  if (isPlane(a, b)) return null;
  if (isPlane(b, a)) return 'swapped-axes';
  if (isDegrees(a, b) || isDegrees(b, a)) return 'degrees-in-plane-file';
  return 'outside-vietnam';
}

/** The space a set of positions looks like it is in, for a CRS suggestion; null when unclear. */
export function guessSpace(positions: readonly (readonly number[])[]): CoordinateSpace | null {
  if (positions.length === 0) return null;
  if (positions.every((p) => isDegrees(p[0], p[1]))) return 'geographic';
  if (positions.every((p) => isPlane(p[0], p[1]))) return 'plane';
  return null;
}

/** Rounds plane metres to the 1 mm grid that clipping and cadastral coordinates use. */
const roundMm = (v: number): number => Math.round(v * 1000) / 1000;

/** Converts positions of one source CRS into one VN-2000 plane. */
export interface PlaneConverter {
  readonly sourceCrs: CrsId;
  readonly targetCrs: CrsId;
  readonly space: CoordinateSpace;
  toPlane(position: readonly number[]): PlanePoint;
}

/**
 * WGS84 is projected with `planeProjection(target)`; VN-2000 in another meridian goes through WGS84
 * with `convertPoint`; VN-2000 already in the target stays as it is. Output is rounded to 1 mm.
 */
export function planeConverter(sourceCrs: CrsId, targetCrs: CrsId): PlaneConverter {
  const source = parseCrs(sourceCrs);
  const target = parseCrs(targetCrs);
  if (target.kind !== 'vn2000') throw new Error(`Target CRS ${targetCrs} is not a VN-2000 plane`);
  let convert: (p: readonly [number, number]) => readonly [number, number];
  if (source.kind === 'geographic') {
    const projection = planeProjection(targetCrs);
    convert = (p) => projection.toPlane(p);
  } else if (source.meridianDeg === target.meridianDeg) {
    convert = (p) => p;
  } else {
    convert = (p) => convertPoint(sourceCrs, targetCrs, p);
  }
  return {
    sourceCrs,
    targetCrs: vn2000CrsId(target.meridianDeg),
    space: source.kind === 'geographic' ? 'geographic' : 'plane',
    toPlane: (position) => {
      const [e, n] = convert([position[0], position[1]]);
      return asPlane([roundMm(e), roundMm(n)]);
    },
  };
}

/** The first position out of range, with its cause and how many positions are out of range. */
export interface RangeProblem {
  readonly cause: CoordinateCause;
  /** The first bad position as written in the file, "a, b" in file order. */
  readonly coordinates: string;
  readonly count: number;
}

export function findRangeProblem(positions: readonly (readonly number[])[], space: CoordinateSpace): RangeProblem | null {
  let first: RangeProblem | null = null;
  let count = 0;
  for (const p of positions) {
    const cause = coordinateCause(p[0], p[1], space);
    if (cause === null) continue;
    count++;
    if (first === null) first = { cause, coordinates: `${p[0]}, ${p[1]}`, count: 0 };
  }
  return first && { ...first, count };
}

/** A ring closed (first point repeated) and turned counter-clockwise or clockwise as asked. */
export function orientRing(ring: readonly PlanePoint[], counterClockwise: boolean): PlaneRing {
  const closed = [...ring];
  if (closed.length === 0) return closed;
  const a = closed[0];
  const b = closed[closed.length - 1];
  if (closed.length > 0 && (a[0] !== b[0] || a[1] !== b[1])) closed.push(a);
  const isCcw = ringSignedAreaM2(closed) > 0;
  return isCcw === counterClockwise ? closed : closed.reverse();
}

/** Outer ring counter-clockwise, holes clockwise, all closed: the habit of GeoJSON and polygon-clip.ts. */
export function orientPolygon(rings: readonly (readonly PlanePoint[])[]): PlanePolygon {
  return rings.map((ring, i) => orientRing(ring, i === 0));
}

/** A GeoJSON geometry of the kinds our layers use, coordinates as read (not yet checked). */
export type SourceGeometry =
  | { readonly type: 'Point'; readonly coordinates: readonly number[] }
  | { readonly type: 'LineString'; readonly coordinates: readonly (readonly number[])[] }
  | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly (readonly number[])[])[] }
  | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly (readonly (readonly number[])[])[])[] };

export function geometryPositions(geometry: SourceGeometry): readonly (readonly number[])[] {
  switch (geometry.type) {
    case 'Point': return [geometry.coordinates];
    case 'LineString': return geometry.coordinates;
    case 'Polygon': return geometry.coordinates.flat();
    case 'MultiPolygon': return geometry.coordinates.flat(2);
  }
}

/**
 * Checks every position of a geometry against the range of the source CRS, then converts it to the
 * plane. Rings keep the file's corner order, so that validity problems name the user's own edges;
 * readers orient them (`orientPolygon`) once they are known to be valid.
 */
export function geometryToPlane(
  geometry: SourceGeometry,
  converter: PlaneConverter,
): { readonly geometry: PlaneGeometry } | { readonly outOfRange: RangeProblem } {
  const problem = findRangeProblem(geometryPositions(geometry), converter.space);
  if (problem) return { outOfRange: problem };
  const line = (points: readonly (readonly number[])[]) => points.map((p) => converter.toPlane(p));
  switch (geometry.type) {
    case 'Point': return { geometry: { type: 'Point', coordinates: converter.toPlane(geometry.coordinates) } };
    case 'LineString': return { geometry: { type: 'LineString', coordinates: line(geometry.coordinates) } };
    case 'Polygon': return { geometry: { type: 'Polygon', coordinates: geometry.coordinates.map(line) } };
    case 'MultiPolygon':
      return { geometry: { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(line)) } };
  }
}
