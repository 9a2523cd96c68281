/**
 * The shape of a GeoJSON FeatureCollection, checked with zod: which features are features, which
 * geometries have well-formed coordinates. Meaning (roles, properties, ranges) is each reader's job.
 */
// zod/mini: this reader runs on the app's first load, where every kilobyte counts.
import * as z from 'zod/mini';
import { DEFAULT_PLANE_CRS, type CrsId } from '../../geo/coordinates';
import type { PlaneGeometry } from '../../geo/plane-feature';
import { readGeoJsonCrs } from './geojson-crs';
import { findJsonSyntaxError } from './json-syntax-error';
import { baseName, issue, type ReadError } from './read-result';
import { geometryToPlane, planeConverter, type PlaneConverter, type SourceGeometry } from './to-plane';

const position = z.array(z.number()).check(z.minLength(2));
const line = z.array(position);
const geometrySchemas = {
  Point: z.object({ type: z.literal('Point'), coordinates: position }),
  LineString: z.object({ type: z.literal('LineString'), coordinates: line }),
  Polygon: z.object({ type: z.literal('Polygon'), coordinates: z.array(line) }),
  MultiPolygon: z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(line)) }),
} as const;
export type GeometryType = keyof typeof geometrySchemas;

const featureSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.unknown(),
  properties: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
});

const collectionSchema = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
  name: z.optional(z.unknown()),
  source: z.optional(z.unknown()),
});

/** One feature that is a well-formed GeoJSON Feature, its geometry not yet checked. */
export interface RawFeature {
  /**
   * The feature's number as QGIS and `ogrinfo -al` show it (its fid), which messages name it by:
   * the 0-based index in `features`, or its `id` when every feature has a distinct whole `id` ≥ 0
   * (GDAL's GeoJSON driver then takes the ids as fids). For a shapefile, the 0-based record number.
   */
  readonly index: number;
  readonly geometry: unknown;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface RawCollection {
  /** Top-level `name`, else the file name without extension. */
  readonly name: string;
  /** Top-level `source` (provenance), else ''. */
  readonly source: string;
  readonly features: readonly RawFeature[];
}

const idOf = (candidate: unknown): unknown =>
  typeof candidate === 'object' && candidate !== null ? (candidate as { id?: unknown }).id : undefined;

/**
 * The fid of each feature as GDAL (and so QGIS) numbers GeoJSON features: their `id` members when all
 * are distinct whole numbers ≥ 0, else their 0-based positions (checked with `ogrinfo -al`, GDAL 3.6:
 * string, negative, fractional or missing ids give positions; tests/fixtures/import/gdal/fids.txt).
 */
export function featureIds(candidates: readonly unknown[]): number[] {
  const ids = candidates.map(idOf);
  const usable = ids.length > 0 && ids.every((id) => typeof id === 'number' && Number.isSafeInteger(id) && id >= 0) &&
    new Set(ids).size === ids.length;
  return usable ? (ids as number[]) : candidates.map((_, position) => position);
}

/**
 * The features of a FeatureCollection. Features that are not GeoJSON Features are reported
 * (`feature-invalid`) and left out; a value that is no FeatureCollection at all gives null.
 */
export function readFeatureCollection(json: unknown, fileName: string, errors: ReadError[]): RawCollection | null {
  const collection = collectionSchema.safeParse(json);
  if (!collection.success) {
    errors.push(issue(fileName, 'not-a-feature-collection'));
    return null;
  }
  const { name, source } = collection.data;
  const features: RawFeature[] = [];
  const fids = featureIds(collection.data.features);
  collection.data.features.forEach((candidate, position) => {
    const index = fids[position];
    const feature = featureSchema.safeParse(candidate);
    if (!feature.success) {
      errors.push(issue(fileName, 'feature-invalid', { feature: index }));
      return;
    }
    features.push({ index, geometry: feature.data.geometry, properties: feature.data.properties ?? {} });
  });
  return {
    name: typeof name === 'string' && name.trim() !== '' ? name : baseName(fileName),
    source: typeof source === 'string' ? source : '',
    features,
  };
}

/**
 * A collection and the converter from the CRS it declares to `planeCrs` (EPSG:9209 by default); null,
 * with the errors reported, when it is no FeatureCollection or its CRS is unknown.
 */
export function openPlaneCollection(
  json: unknown,
  fileName: string,
  planeCrs: CrsId | undefined,
  errors: ReadError[],
): { readonly collection: RawCollection; readonly converter: PlaneConverter } | null {
  const crs = readGeoJsonCrs(json, fileName);
  if (!crs.ok) errors.push(...crs.errors);
  const collection = readFeatureCollection(json, fileName, errors);
  if (collection === null || !crs.ok) return null;
  return { collection, converter: planeConverter(crs.value, planeCrs ?? DEFAULT_PLANE_CRS) };
}

/**
 * The geometry of a feature if it is one of `allowed` with well-formed coordinates; otherwise
 * reports `geometry-missing`, `geometry-type` or `geometry-coordinates-invalid` and gives null.
 */
export function featureGeometry(
  feature: RawFeature,
  allowed: readonly GeometryType[],
  fileName: string,
  errors: ReadError[],
): SourceGeometry | null {
  const at = { feature: feature.index };
  const geometry = feature.geometry;
  if (geometry === null || geometry === undefined) {
    errors.push(issue(fileName, 'geometry-missing', at));
    return null;
  }
  const type = typeof geometry === 'object' ? (geometry as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !(allowed as readonly string[]).includes(type)) {
    errors.push(issue(fileName, 'geometry-type', at, { expected: allowed.join(', '), actual: String(type) }));
    return null;
  }
  const parsed = geometrySchemas[type as GeometryType].safeParse(geometry);
  if (!parsed.success) {
    errors.push(issue(fileName, 'geometry-coordinates-invalid', at));
    return null;
  }
  return parsed.data as SourceGeometry;
}

/** Reads, checks the range of and converts one feature's geometry; null when it was reported. */
export function planeGeometryOf(
  feature: RawFeature,
  allowed: readonly GeometryType[],
  converter: PlaneConverter,
  fileName: string,
  errors: ReadError[],
): PlaneGeometry | null {
  const geometry: SourceGeometry | null = featureGeometry(feature, allowed, fileName, errors);
  if (geometry === null) return null;
  const plane = geometryToPlane(geometry, converter);
  if ('outOfRange' in plane) {
    errors.push(issue(fileName, 'coordinates-out-of-range', { feature: feature.index }, { ...plane.outOfRange, crs: converter.sourceCrs }));
    return null;
  }
  return plane.geometry;
}

/** Parses JSON text; reports `file-empty` or `json-invalid` (with where it stopped) and gives undefined. */
export function parseJsonText(text: string, fileName: string, errors: ReadError[]): unknown {
  if (text.trim() === '') {
    errors.push(issue(fileName, 'file-empty'));
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    errors.push(issue(fileName, 'json-invalid', {}, jsonErrorPlace(text)));
    return undefined;
  }
}

/** Where the JSON text goes wrong, in words of our own (the parser's English is not shown). */
function jsonErrorPlace(text: string): Record<string, string | number> {
  const found = findJsonSyntaxError(text);
  if (found === null) return {};
  return found.kind === 'truncated' ? { cause: 'truncated' } : { cause: 'at-position', line: found.line, column: found.column };
}
