/**
 * A zipped shapefile (.shp + .dbf, optional .shx, .prj, .cpg) → features with their raw coordinates,
 * attributes and the .prj text. Shapes are parsed by shpjs (v6) WITHOUT the .prj, so that no silent
 * reprojection happens; the CRS is read from the .prj here (prj-crs.ts) and converted through
 * src/geo/coordinates.ts.
 */
import { unzipSync } from 'fflate';
import { parseShp } from 'shpjs';
import type { RawCollection, RawFeature } from '../layers/geojson-features';
import type { ZipFailureCause } from '../layers/issue-codes';
import { issue, type ReadError, type ReadWarning } from '../layers/read-result';
import { readDbf } from './dbf-table';
import { decodeText, encodingOfLabel, type TextEncoding } from './text-encoding';

/** Polygon, PolygonZ, PolygonM in the shapefile specification. */
const POLYGON_SHAPE_TYPES = new Set([5, 15, 25]);
const SHAPE_TYPE_NAMES: Record<number, string> = {
  0: 'Null', 1: 'Point', 3: 'PolyLine', 5: 'Polygon', 8: 'MultiPoint', 11: 'PointZ', 13: 'PolyLineZ', 15: 'PolygonZ',
  18: 'MultiPointZ', 21: 'PointM', 23: 'PolyLineM', 25: 'PolygonM', 28: 'MultiPointM', 31: 'MultiPatch',
};

export interface ShapefileContents extends RawCollection {
  /** The .prj text, or null when the zip has none. */
  readonly prj: string | null;
  /** The encoding the attribute text was read in. */
  readonly encoding: TextEncoding;
}

/**
 * Why a zip could not be unpacked, in words a user can act on (`import.zip-unreadable.<cause>`): no
 * zip signature at the start; a password (bit 0 of the first entry's flags); a compression method
 * other than stored/deflate (fflate error 14: Deflate64 of Windows' large zips, AES, bzip2…);
 * otherwise damaged or cut short (fflate errors 0–3, 13).
 */
export function zipFailureCause(bytes: Uint8Array, error: unknown): ZipFailureCause {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip) return 'not-a-zip';
  if (bytes.length >= 8 && (bytes[6] & 0x01) === 1) return 'encrypted';
  if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 14) return 'unsupported-compression';
  return 'damaged';
}

function shapeType(shp: Uint8Array): number {
  return shp.length >= 36 ? new DataView(shp.buffer, shp.byteOffset, shp.byteLength).getInt32(32, true) : -1;
}

/** Reads a zipped shapefile; reports what stops it and gives null. */
export function readShapefileZip(
  bytes: Uint8Array,
  fileName: string,
  encodingOverride: TextEncoding | null,
  errors: ReadError[],
  warnings: ReadWarning[],
): ShapefileContents | null {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    // The library's own text is English and says little; the cause is what the user can act on.
    errors.push(issue(fileName, 'zip-unreadable', {}, { cause: zipFailureCause(bytes, error) }));
    return null;
  }
  // Members by layer (path without extension) and lower-case extension; Mac resource forks skipped.
  const layers = new Map<string, Map<string, Uint8Array>>();
  for (const [path, data] of Object.entries(entries)) {
    if (path.includes('__MACOSX') || path.endsWith('/')) continue;
    const dot = path.lastIndexOf('.');
    if (dot < 0) continue;
    const layer = path.slice(0, dot);
    if (!layers.has(layer)) layers.set(layer, new Map());
    layers.get(layer)!.set(path.slice(dot + 1).toLowerCase(), data);
  }
  const withShp = [...layers].filter(([, files]) => files.has('shp'));
  if (withShp.length === 0) {
    errors.push(issue(fileName, 'zip-no-shapefile'));
    return null;
  }
  const polygonLayers = withShp.filter(([, files]) => POLYGON_SHAPE_TYPES.has(shapeType(files.get('shp')!)));
  if (polygonLayers.length === 0) {
    const type = shapeType(withShp[0][1].get('shp')!);
    errors.push(issue(fileName, 'shapefile-not-polygons', {}, { shapeType: SHAPE_TYPE_NAMES[type] ?? String(type) }));
    return null;
  }
  if (polygonLayers.length > 1) {
    errors.push(issue(fileName, 'zip-multiple-polygon-layers', {}, { names: polygonLayers.map(([name]) => name).join(', ') }));
    return null;
  }
  const [layerPath, files] = polygonLayers[0];
  const others = withShp.filter(([name]) => name !== layerPath).map(([name]) => name);
  if (others.length > 0) warnings.push(issue(fileName, 'zip-other-layers-ignored', {}, { layer: layerPath, names: others.join(', ') }));

  const dbfBytes = files.get('dbf');
  if (!dbfBytes) {
    errors.push(issue(fileName, 'shapefile-dbf-missing', {}, { layer: layerPath }));
    return null;
  }
  let geometries: (unknown | null)[];
  try {
    geometries = parseShp(files.get('shp')!);
  } catch {
    // shpjs's message is English and about byte offsets; that the .shp is damaged is what helps.
    errors.push(issue(fileName, 'shapefile-unreadable', {}, { layer: layerPath }));
    return null;
  }

  let encoding = encodingOverride;
  const cpg = files.get('cpg');
  if (encoding === null && cpg) {
    const label = decodeText(cpg, 'utf-8').trim();
    encoding = encodingOfLabel(label);
    if (encoding === null) warnings.push(issue(fileName, 'dbf-encoding-unknown', {}, { label }));
  }
  let table: ReturnType<typeof readDbf>;
  try {
    table = readDbf(dbfBytes, encoding);
  } catch {
    errors.push(issue(fileName, 'dbf-unreadable', {}, { layer: layerPath }));
    return null;
  }
  if (encoding === null && table.encoding !== 'utf-8') warnings.push(issue(fileName, 'dbf-encoding-guessed', {}, { encoding: table.encoding }));
  if (table.records.length !== geometries.length) {
    errors.push(issue(fileName, 'shapefile-record-count-mismatch', {}, { shapes: geometries.length, records: table.records.length }));
    return null;
  }
  const deletedCount = table.deleted.filter(Boolean).length;
  if (deletedCount > 0) warnings.push(issue(fileName, 'dbf-deleted-records-skipped', {}, { count: deletedCount }));

  const features: RawFeature[] = [];
  geometries.forEach((geometry, index) => {
    if (!table.deleted[index]) features.push({ index, geometry, properties: table.records[index] });
  });
  const prj = files.get('prj');
  return {
    name: layerPath.split('/').pop() ?? layerPath,
    source: fileName,
    features,
    prj: prj ? decodeText(prj, 'utf-8') : null,
    encoding: table.encoding,
  };
}
