/**
 * The coordinate reference system of a GeoJSON FeatureCollection. RFC 7946 says WGS84 and drops the
 * `crs` member, but QGIS and GDAL still write the legacy member for projected data, as our own
 * public/geo/ files do: `"crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::9209"}}`.
 */
import { parseCrs, UnknownCrsError, vn2000CrsId, WGS84, type CrsId } from '../../geo/coordinates';
import { failure, issue, type ReadResult } from './read-result';

/** A CRS id in its canonical form: 'EPSG:4326' for WGS84, else the VN-2000 zone id ('EPSG:9209', 'vn2000:105'). */
export function canonicalCrs(text: string): CrsId | null {
  try {
    const parsed = parseCrs(text);
    return parsed.kind === 'geographic' ? WGS84 : vn2000CrsId(parsed.meridianDeg);
  } catch (error) {
    if (error instanceof UnknownCrsError) return null;
    throw error;
  }
}

function crsText(crs: unknown): string | null {
  if (typeof crs !== 'object' || crs === null) return null;
  const { type, properties } = crs as { type?: unknown; properties?: unknown };
  if (typeof properties !== 'object' || properties === null) return null;
  const props = properties as { name?: unknown; code?: unknown };
  if (type === 'name' && typeof props.name === 'string') return props.name;
  // The GeoJSON 2008 draft form: {"type": "EPSG", "properties": {"code": 9209}}.
  if (typeof type === 'string' && /^epsg$/i.test(type) && (typeof props.code === 'number' || typeof props.code === 'string')) {
    return `EPSG:${props.code}`;
  }
  return null;
}

/**
 * The CRS a FeatureCollection declares: its legacy `crs` member (`urn:ogc:def:crs:EPSG::9209`,
 * `EPSG:9209`, `urn:ogc:def:crs:OGC:1.3:CRS84`, `vn2000:105`), or WGS84 when there is none.
 * A CRS phanlo cannot convert (Web Mercator, VN-2000 UTM, a linked CRS) is the error `unknown-crs`.
 */
export function readGeoJsonCrs(json: unknown, fileName = ''): ReadResult<CrsId> {
  const crs = typeof json === 'object' && json !== null ? (json as { crs?: unknown }).crs : undefined;
  if (crs === undefined || crs === null) return { ok: true, value: WGS84, warnings: [] };
  const text = crsText(crs);
  const canonical = text === null ? null : canonicalCrs(text);
  if (canonical === null) {
    return failure([issue(fileName, 'unknown-crs', {}, { crs: text ?? JSON.stringify(crs).slice(0, 120) })]);
  }
  return { ok: true, value: canonical, warnings: [] };
}

/** Whether the FeatureCollection has a `crs` member at all (absent means RFC 7946 WGS84, or a forgetful writer). */
export function hasCrsMember(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { crs?: unknown }).crs != null;
}
