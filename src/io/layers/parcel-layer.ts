/**
 * Reads a parcel layer in our own format (docs/TEAM-CONTRACTS.md "Data files",
 * public/geo/dong-doc-parcels.geojson): Polygon features with sheetNo, parcelNo, landUseCode,
 * landUser, registeredAreaM2, in VN-2000 (legacy `crs` member) or WGS84.
 */
import { DEFAULT_PLANE_CRS, type CrsId } from '../../geo/coordinates';
import type { ParcelLayer } from '../../domain/parcel';
import { planeGeometryOf, readFeatureCollection, type RawCollection } from './geojson-features';
import { readGeoJsonCrs } from './geojson-crs';
import { buildParcelLayer, ownFieldMapping, withParcelIds, type SourceParcel } from './parcel-records';
import { failure, sortIssues, type ReadError, type ReadResult } from './read-result';
import { planeConverter, type PlaneConverter } from './to-plane';

export interface ReadLayerOptions {
  /** The VN-2000 plane the layer is wanted in; EPSG:9209 (Hải Dương, 105°30′) by default. */
  readonly planeCrs?: CrsId;
}

/**
 * The polygon features of a collection as source parcels in the target plane. Geometry problems
 * (missing, wrong type, coordinates out of range) are reported and leave `parts` null, so that the
 * attributes are still checked. With `converter` null (the CRS is unknown) no geometry is read.
 */
export function sourceParcelsOf(
  collection: RawCollection,
  converter: PlaneConverter | null,
  fileName: string,
  errors: ReadError[],
): SourceParcel[] {
  return collection.features.map((feature) => {
    const location = { feature: feature.index };
    const record = (parts: SourceParcel['parts']): SourceParcel => ({ location, properties: feature.properties, parts });
    const g = converter && planeGeometryOf(feature, ['Polygon', 'MultiPolygon'], converter, fileName, errors);
    return record(g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : null);
  });
}

/**
 * A GeoJSON FeatureCollection of parcels in our own format → ParcelLayer in `options.planeCrs`, with
 * every problem found (see buildParcelLayer for what is checked). A missing landUser or
 * registeredAreaM2 is blank; a missing sheetNo, parcelNo or landUseCode is an error. When the CRS is
 * unknown, the attributes are still checked. (User files with other names: src/io/parcel-import.)
 */
export function readParcelLayer(json: unknown, fileName: string, options: ReadLayerOptions = {}): ReadResult<ParcelLayer> {
  const planeCrs = options.planeCrs ?? DEFAULT_PLANE_CRS;
  const errors: ReadError[] = [];
  const crs = readGeoJsonCrs(json, fileName);
  if (!crs.ok) errors.push(...crs.errors);
  const collection = readFeatureCollection(json, fileName, errors);
  if (collection === null) return { ok: false, errors, warnings: [] };
  const converter = crs.ok ? planeConverter(crs.value, planeCrs) : null;
  const records = sourceParcelsOf(collection, converter, fileName, errors);
  const fieldNames = collection.features.flatMap((f) => Object.keys(f.properties));
  const mapping = ownFieldMapping(fieldNames);
  const built = buildParcelLayer(records, mapping, {
    file: fileName, name: collection.name, source: collection.source, crs: converter?.targetCrs ?? planeCrs,
  });
  const named = <T extends ReadError>(issues: readonly T[]): T[] => withParcelIds(issues, records, mapping);
  if (errors.length === 0) return built.ok ? { ...built, warnings: named(built.warnings) } : failure(named(built.errors), named(built.warnings ?? []));
  return failure(sortIssues(named([...errors, ...(built.ok ? [] : built.errors)])), named(built.warnings ?? []));
}
