/**
 * The CRS a shapefile's .prj (WKT) describes, in the ids of src/geo/coordinates.ts. We read the .prj
 * ourselves instead of letting shpjs reproject with it: we must know the CRS to convert exactly (the
 * EPSG:6960 parameters), and Vietnamese .prj files vary. A VN-2000 TM-3 .prj names "VN_2000" and its
 * central meridian, e.g. PARAMETER["Central_Meridian",105.5], scale 0.9999, false easting 500 000.
 * Many tools write the same projection on a "WGS_1984" datum with no datum shift; such a .prj is
 * taken as VN-2000 (the ellipsoid is the same) and says so (`datumAssumed`).
 */
import { WGS84, type CrsId } from '../../geo/coordinates';
import { canonicalCrs } from '../layers/geojson-crs';

export type PrjReading =
  | { readonly ok: true; readonly crs: CrsId; readonly datumAssumed: boolean; readonly name: string }
  | { readonly ok: false; readonly name: string };

function parameter(wkt: string, names: readonly string[]): number | null {
  for (const name of names) {
    const m = new RegExp(`PARAMETER\\[\\s*"${name}"\\s*,\\s*([-+\\d.eE]+)`, 'i').exec(wkt);
    if (m) return Number(m[1]);
  }
  return null;
}

const near = (a: number | null, b: number, tolerance: number): boolean => a !== null && Math.abs(a - b) <= tolerance;

/** The EPSG code in the outermost AUTHORITY / ID of a WKT, which is the last one written. */
function outerEpsg(wkt: string): string | null {
  const codes = [...wkt.matchAll(/(?:AUTHORITY|ID)\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]/gi)];
  return codes.length > 0 ? codes[codes.length - 1][1] : null;
}

/** Reads a .prj: VN-2000 TM-3 at any provincial meridian, or WGS84 geographic; anything else is not ok. */
export function crsOfPrj(text: string): PrjReading {
  const wkt = text.trim();
  const name = /^\w+\[\s*"([^"]*)"/.exec(wkt)?.[1] ?? wkt.slice(0, 60);
  const epsg = outerEpsg(wkt);
  if (epsg !== null) {
    const known = canonicalCrs(`EPSG:${epsg}`);
    if (known !== null) return { ok: true, crs: known, datumAssumed: false, name };
  }
  const vn2000Datum = /vn[-_ ]?2000|viet[-_ ]?nam[-_ ]?2000/i.test(wkt);
  if (/^(PROJCS|PROJCRS|PROJECTEDCRS)\[/i.test(wkt)) {
    const method = /(?:PROJECTION|METHOD)\[\s*"([^"]+)"/i.exec(wkt)?.[1] ?? '';
    if (!/transverse[\s_]*mercator/i.test(method)) return { ok: false, name };
    const meridian = parameter(wkt, ['Central_Meridian', 'Longitude of natural origin', 'longitude_of_center']);
    const scale = parameter(wkt, ['Scale_Factor', 'Scale factor at natural origin']);
    const falseEasting = parameter(wkt, ['False_Easting', 'False easting']) ?? 0;
    const falseNorthing = parameter(wkt, ['False_Northing', 'False northing']) ?? 0;
    const latitudeOfOrigin = parameter(wkt, ['Latitude_Of_Origin', 'Latitude of natural origin']) ?? 0;
    const isTm3 = near(scale, 0.9999, 1e-9) && near(falseEasting, 500_000, 1e-3) && near(falseNorthing, 0, 1e-3) &&
      near(latitudeOfOrigin, 0, 1e-9);
    if (!isTm3 || meridian === null) return { ok: false, name };
    const crs = canonicalCrs(`vn2000:${Math.round(meridian * 1e6) / 1e6}`);
    return crs === null ? { ok: false, name } : { ok: true, crs, datumAssumed: !vn2000Datum, name };
  }
  if (/^(GEOGCS|GEOGCRS|GEODCRS|GEOGRAPHICCRS)\[/i.test(wkt) && !vn2000Datum && /WGS[\s_]*(19)?84/i.test(wkt)) {
    return { ok: true, crs: WGS84, datumAssumed: false, name };
  }
  return { ok: false, name };
}
