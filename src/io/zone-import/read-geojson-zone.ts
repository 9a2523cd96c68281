/**
 * A zone in GeoJSON: WGS84, or VN-2000 with the `crs` member QGIS writes. Parsing, the CRS and the
 * geometry checks are the layer readers' (src/io/layers); what the features mean is assembleZone's,
 * so that a GeoJSON without roles is read as leniently as a KML or a DXF.
 */
import type { CrsId } from '../../geo/coordinates';
import { openPlaneCollection, parseJsonText, planeGeometryOf } from '../layers/geojson-features';
import type { ReadError } from '../layers/read-result';
import { coerceText } from '../layers/value-coercion';
import { singlePart } from '../layers/single-part';
import { assembleZone, type DraftFeature, type ImportedZone } from './assemble-zone';
import { zoneFailure, type ZoneReadResult } from './zone-issues';

export function readGeoJsonZone(text: string, fileName: string, planeCrs: CrsId): ZoneReadResult<ImportedZone> {
  const errors: ReadError[] = [];
  const json = parseJsonText(text, fileName, errors);
  if (errors.length > 0) return zoneFailure(errors);
  const opened = openPlaneCollection(json, fileName, planeCrs, errors);
  if (opened === null) return zoneFailure(errors);
  const drafts: DraftFeature[] = [];
  for (const feature of opened.collection.features) {
    // QGIS writes one-part MultiPolygon / MultiLineString features: read as their one part.
    const geometry = planeGeometryOf({ ...feature, geometry: singlePart(feature.geometry) }, ['Point', 'LineString', 'Polygon'], opened.converter, fileName, errors);
    if (geometry === null) continue;
    const role = feature.properties.role;
    const name = coerceText(feature.properties.name);
    drafts.push({
      at: { feature: feature.index },
      role: role === undefined || role === null ? null : String(role),
      roleStated: true,
      name: name.ok ? name.value : '',
      widthM: feature.properties.widthM,
      stripM: feature.properties.stripM,
      geometry,
    });
  }
  return assembleZone(drafts, { fileName, name: opened.collection.name, crs: opened.converter.targetCrs }, [], errors);
}
