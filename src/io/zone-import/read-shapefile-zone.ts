/**
 * A zone as a zipped shapefile. A shapefile holds one geometry type, so a zone usually comes as
 * several layers in one zip (the zone polygon, the road lines…); every layer is read. Shapes are
 * parsed by shpjs without reprojection, attributes by our .dbf reader (legacy Vietnamese encodings),
 * the CRS from each .prj (src/io/parcel-import). The role is a `role` attribute, else the layer name.
 */
import { unzipSync } from 'fflate';
import { parseShp } from 'shpjs';
import type { CrsId } from '../../geo/coordinates';
import { baseName, type ReadError } from '../layers/read-result';
import { geometryToPlane, planeConverter, type SourceGeometry } from '../layers/to-plane';
import { coerceText } from '../layers/value-coercion';
import { readDbf } from '../parcel-import/dbf-table';
import { crsOfPrj } from '../parcel-import/prj-crs';
import { zipFailureCause } from '../parcel-import/shapefile-zip';
import { decodeText, encodingOfLabel } from '../parcel-import/text-encoding';
import { singlePart } from '../layers/single-part';
import { assembleZone, type DraftFeature, type ImportedZone } from './assemble-zone';
import { crsFromSettingsWarning } from './read-dxf-zone';
import { zoneFailure, zoneIssue, type ZoneIssue, type ZoneReadResult } from './zone-issues';

/** shpjs's GeoJSON geometry as one of ours; a multi-geometry of one part is that part. */
function singleGeometry(geometry: unknown): SourceGeometry | null {
  const g = singlePart(geometry) as { type?: string; coordinates?: unknown[] } | null;
  if (!g || !Array.isArray(g.coordinates)) return null;
  return g.type === 'Point' || g.type === 'LineString' || g.type === 'Polygon' ? (g as SourceGeometry) : null;
}

const fieldValue = (record: Readonly<Record<string, unknown>>, name: string): unknown =>
  Object.entries(record).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];

export function readShapefileZone(bytes: Uint8Array, fileName: string, planeCrs: CrsId): ZoneReadResult<ImportedZone> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    return zoneFailure([zoneIssue(fileName, 'zip-unreadable', {}, { cause: zipFailureCause(bytes, error) })]);
  }
  const layers = new Map<string, Map<string, Uint8Array>>();
  for (const [path, data] of Object.entries(entries)) {
    const dot = path.lastIndexOf('.');
    if (path.includes('__MACOSX') || dot < 0) continue;
    const layer = path.slice(0, dot);
    if (!layers.has(layer)) layers.set(layer, new Map());
    layers.get(layer)!.set(path.slice(dot + 1).toLowerCase(), data);
  }
  const withShp = [...layers].filter(([, files]) => files.has('shp')).sort(([a], [b]) => a.localeCompare(b));
  if (withShp.length === 0) return zoneFailure([zoneIssue(fileName, 'zip-no-shapefile')]);

  const errors: ZoneIssue[] = [];
  const warnings: ZoneIssue[] = [];
  const drafts: DraftFeature[] = [];
  let assumedCrs = false;
  for (const [layerPath, files] of withShp) {
    const layerName = layerPath.split('/').pop() ?? layerPath;
    const prj = files.get('prj');
    let sourceCrs = planeCrs;
    if (prj) {
      const reading = crsOfPrj(decodeText(prj, 'utf-8'));
      if (!reading.ok) {
        errors.push(zoneIssue(fileName, 'unknown-crs', {}, { crs: reading.name }));
        continue;
      }
      if (reading.datumAssumed) warnings.push(zoneIssue(fileName, 'prj-datum-assumed-vn2000', {}, { name: reading.name, crs: reading.crs }));
      sourceCrs = reading.crs;
    } else assumedCrs = true;
    const dbf = files.get('dbf');
    let geometries: unknown[];
    let records: readonly Readonly<Record<string, unknown>>[];
    try {
      geometries = parseShp(files.get('shp')!);
      const cpg = files.get('cpg');
      records = dbf ? readDbf(dbf, cpg ? encodingOfLabel(decodeText(cpg, 'utf-8').trim()) : null).records : geometries.map(() => ({}));
    } catch {
      // The libraries' messages are English and about byte offsets; which layer is damaged is what helps.
      errors.push(zoneIssue(fileName, 'shapefile-unreadable', {}, { layer: layerName }));
      continue;
    }
    const converter = planeConverter(sourceCrs, planeCrs);
    geometries.forEach((geometry, index) => {
      const at = { feature: index };
      if (geometry === null) return;
      const source = singleGeometry(geometry);
      if (source === null) {
        errors.push(zoneIssue(fileName, 'geometry-type', at, { expected: 'Polygon, LineString, Point', actual: String((geometry as { type?: string }).type) }));
        return;
      }
      const plane = geometryToPlane(source, converter);
      if ('outOfRange' in plane) {
        errors.push(zoneIssue(fileName, 'coordinates-out-of-range', at, { ...plane.outOfRange, crs: sourceCrs }));
        return;
      }
      const record = records[index] ?? {};
      const stated = fieldValue(record, 'role');
      const name = coerceText(fieldValue(record, 'name'));
      const hasRole = stated !== undefined && stated !== null && String(stated).trim() !== '';
      drafts.push({
        at, role: hasRole ? String(stated) : layerName, roleStated: hasRole, name: name.ok ? name.value : '',
        widthM: fieldValue(record, 'widthM'), stripM: fieldValue(record, 'stripM'), geometry: plane.geometry,
      });
    });
  }
  if (assumedCrs) warnings.push(crsFromSettingsWarning(fileName, 'Shapefile (.prj)', planeCrs));
  return assembleZone(drafts, { fileName, name: baseName(fileName), crs: planeConverter(planeCrs, planeCrs).targetCrs }, warnings, errors as ReadError[]);
}
