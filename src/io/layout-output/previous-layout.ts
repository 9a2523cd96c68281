/**
 * Reads a layout GeoJSON that phanlo wrote (see layout.geojson.ts) back into its plots, plot code and
 * VN-2000 plane polygon, for `--previous`: the engine keeps the code of every plot that did not move.
 * WGS84 → plane uses the file's own `phanlo.crs` unless the caller asks for another plane.
 * With 9 decimals in the file, the plane corners come back within about 0.1 mm.
 */
import { parseCrs, planeProjection, UnknownCrsError, type CrsId, type PlanePoint } from '../../geo/coordinates';
import type { LayoutFeature } from '../../geo/layout/types';
import type { PlanePolygon, PlaneRing } from '../../geo/plane-measure';
import { DEGREE_DECIMALS, formatFixed } from '../csv-coordinates/number-format';

export interface PreviousPlot {
  /** The plot code, e.g. "A-01". */
  readonly code: string;
  /** Outer ring first, then holes, in plane metres of `PreviousLayout.crs`. */
  readonly polygon: PlanePolygon;
}

export interface PreviousLayout {
  /** The plane CRS of the polygons. */
  readonly crs: CrsId;
  readonly plots: readonly PreviousPlot[];
}

/**
 * A reader error as docs/TEAM-CONTRACTS.md shapes them; `feature` is the 0-based index in `features`
 * (the fid QGIS shows), as src/io/layers reports it.
 */
export interface PreviousLayoutError {
  readonly file: string;
  readonly feature?: number;
  readonly field?: string;
  readonly code:
    | 'not-a-layout' | 'unknown-crs' | 'missing-code' | 'duplicate-code' | 'bad-geometry';
  readonly params?: Readonly<Record<string, string | number>>;
}

export type PreviousLayoutResult =
  | { readonly ok: true; readonly value: PreviousLayout }
  | { readonly ok: false; readonly errors: readonly PreviousLayoutError[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isPosition(value: unknown): value is [number, number] {
  return (
    Array.isArray(value) && value.length >= 2 &&
    typeof value[0] === 'number' && Number.isFinite(value[0]) && Math.abs(value[0]) <= 180 &&
    typeof value[1] === 'number' && Number.isFinite(value[1]) && Math.abs(value[1]) <= 90
  );
}

function isRing(value: unknown): value is [number, number][] {
  return Array.isArray(value) && value.length >= 4 && value.every(isPosition);
}

/** The polygons of a Polygon or MultiPolygon geometry in WGS84, or null when it is neither. */
function lngLatPolygons(geometry: unknown): [number, number][][][] | null {
  if (!isObject(geometry)) return null;
  const isPolygon = (value: unknown): value is [number, number][][] =>
    Array.isArray(value) && value.length > 0 && value.every(isRing);
  if (geometry.type === 'Polygon' && isPolygon(geometry.coordinates)) return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon' && Array.isArray(geometry.coordinates) && geometry.coordinates.every(isPolygon)) {
    return geometry.coordinates.length > 0 ? geometry.coordinates : null;
  }
  return null;
}

/**
 * The plots of a layout file, converted to the plane `options.planeCrs` (default: the file's
 * `phanlo.crs`). A plot stored as a MultiPolygon gives one PreviousPlot per part, all with its code.
 */
export function readPreviousLayout(
  json: unknown,
  fileName: string,
  options: { readonly planeCrs?: CrsId } = {},
): PreviousLayoutResult {
  const file = fileName;
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features) || !isObject(json.phanlo)) {
    return { ok: false, errors: [{ file, code: 'not-a-layout' }] };
  }
  const fileCrs = json.phanlo.crs;
  const crs = options.planeCrs ?? fileCrs;
  try {
    if (typeof fileCrs !== 'string') throw new UnknownCrsError(String(fileCrs));
    if (parseCrs(fileCrs).kind !== 'vn2000' || typeof crs !== 'string') throw new UnknownCrsError(fileCrs);
    planeProjection(crs);
  } catch (error) {
    if (!(error instanceof UnknownCrsError)) throw error;
    return { ok: false, errors: [{ file, field: 'phanlo.crs', code: 'unknown-crs', params: { crs: String(crs) } }] };
  }
  const projection = planeProjection(crs);
  const toPlane = (ring: [number, number][]): PlaneRing =>
    ring.map((p): PlanePoint => projection.toPlane([p[0], p[1]]));

  const errors: PreviousLayoutError[] = [];
  const plots: PreviousPlot[] = [];
  const seen = new Map<string, number>();
  json.features.forEach((feature: unknown, index: number) => {
    if (!isObject(feature) || !isObject(feature.properties) || feature.properties.kind !== 'plot') return;
    const code = feature.properties.code;
    if (typeof code !== 'string' || code.trim() === '') {
      errors.push({ file, feature: index, field: 'code', code: 'missing-code' });
      return;
    }
    const first = seen.get(code);
    if (first !== undefined) {
      errors.push({ file, feature: index, field: 'code', code: 'duplicate-code', params: { code, first } });
      return;
    }
    seen.set(code, index);
    const polygons = lngLatPolygons(feature.geometry);
    if (!polygons) {
      errors.push({ file, feature: index, field: 'geometry', code: 'bad-geometry', params: { code } });
      return;
    }
    for (const polygon of polygons) plots.push({ code, polygon: polygon.map(toPlane) });
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { crs: projection.crs, plots } };
}

/**
 * The plots of a layout as its own GeoJSON file gives them back: every corner written as
 * layout.geojson.ts writes it (WGS84, 9 decimals) and read as `readPreviousLayout` reads it. The
 * planner workspace gives this to its next run, so the browser and `phanlo layout --previous` with the
 * exported file start from the same corners to the last bit: the engine cuts new plots against the
 * previous ones, and corners 0.1 mm apart can land on either side of Clipper2's 1 mm grid, giving
 * different plots (plan-parameters-memo e2e).
 */
export function previousAsWritten(features: readonly LayoutFeature[], crs: CrsId): PreviousPlot[] {
  const projection = planeProjection(crs);
  // Each corner as the file's text holds it (lngLatPositionWriter's fixed decimals) and as JSON.parse
  // reads that text back: the same double, without writing and parsing whole geometries on every run.
  const asWritten = (value: number) => Number(formatFixed(value, DEGREE_DECIMALS));
  const toPlane = (ring: readonly (readonly [number, number])[]): PlaneRing => ring.map((p): PlanePoint => {
    const [lng, lat] = projection.toLngLat(p);
    return projection.toPlane([asWritten(lng), asWritten(lat)]);
  });
  return features.flatMap((feature) => {
    const { properties, geometry } = feature;
    if (properties.kind !== 'plot') return [];
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    return polygons.map((polygon) => ({ code: properties.code, polygon: polygon.map(toPlane) }));
  });
}
