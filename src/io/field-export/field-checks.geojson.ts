/**
 * Field checks as GeoJSON, in VN-2000 plane metres (with the legacy `crs` member QGIS writes, as the
 * files of public/geo/ carry) or in WGS84 (RFC 7946, no `crs`). A check with a position is a Point; a
 * building check is a Polygon of its measured corners; a check with neither has no geometry.
 */
import { planeProjection, type CrsId } from '../../geo/coordinates';
import { offsetOf, type FieldCheckRecord, type FieldPosition } from './field-record';

export interface FieldGeoJsonOptions {
  readonly planeCrs: CrsId;
  /** 'plane': VN-2000 metres to 3 decimals; 'wgs84': degrees to 9 decimals. */
  readonly crs: 'plane' | 'wgs84';
}

export function writeFieldChecksGeoJson(checks: readonly FieldCheckRecord[], options: FieldGeoJsonOptions): string {
  const projection = planeProjection(options.planeCrs);
  const at = (p: FieldPosition): number[] => {
    if (options.crs === 'plane') return [Number(p.easting.toFixed(3)), Number(p.northing.toFixed(3))];
    const [lng, lat] = projection.toLngLat([p.easting, p.northing]);
    return [Number(lng.toFixed(9)), Number(lat.toFixed(9))];
  };
  const features = checks.map((check) => {
    const offset = offsetOf(check);
    const corners = check.buildingCorners ?? [];
    const geometry = check.kind === 'building' && corners.length >= 3
      ? { type: 'Polygon', coordinates: [[...corners.map(at), at(corners[0])]] }
      : check.position ? { type: 'Point', coordinates: at(check.position) } : null;
    return {
      type: 'Feature', id: check.id, geometry,
      properties: {
        checkId: check.id, variantId: check.variantId, plotCode: check.plotCode, cornerNo: check.cornerNo, kind: check.kind,
        accuracyM: check.position?.accuracyM ?? null, source: check.position?.source ?? null,
        fixes: check.position?.fixes ?? null, spreadM: check.position?.spreadM ?? null,
        x: check.position ? Number(check.position.northing.toFixed(3)) : null, y: check.position ? Number(check.position.easting.toFixed(3)) : null,
        offsetCm: offset ? Math.round(offset.distanceM * 100) : null, offsetIndicative: offset?.indicative ?? null,
        note: check.note, at: check.at, byName: check.by.name, byRole: check.by.role, deviceId: check.deviceId,
      },
    };
  });
  const crsMember = options.crs === 'plane'
    ? { crs: { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${options.planeCrs.replace(/^EPSG:/, '')}` } } }
    : {};
  return `${JSON.stringify({ type: 'FeatureCollection', name: 'phanlo field checks', ...crsMember, features }, null, 1)}\n`;
}
