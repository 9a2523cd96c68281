/**
 * The one module that converts coordinates. Every other file speaks in branded points:
 * `LngLat` (WGS84 degrees, GeoJSON order) or `PlanePoint` (VN-2000 TM-3 plane metres,
 * [easting, northing] as proj4 and GeoJSON expect). Vietnamese tables write X = northing,
 * Y = easting: use `toXY` / `fromXY` at the edges of the program, never in between.
 */
import proj4 from 'proj4';

export type LngLat = readonly [lng: number, lat: number] & { readonly __space: 'lnglat' };
export type PlanePoint = readonly [easting: number, northing: number] & { readonly __space: 'plane' };

/** A CRS identifier: 'EPSG:4326', 'EPSG:9205'…'EPSG:9218', or 'vn2000:<central meridian in degrees>'. */
export type CrsId = string;

export const WGS84: CrsId = 'EPSG:4326';

/**
 * EPSG:6960 "VN-2000 to WGS 84 (2)" (Decision 05/2007/QĐ-BTNMT) is published in the coordinate-frame
 * convention. proj4's towgs84 uses position-vector, so the three rotations change sign here.
 * Checked against PROJ 9.1 (`cs2cs EPSG:4326 EPSG:9209`) in tests/geo/coordinates.test.ts.
 */
export const VN2000_TOWGS84_POSITION_VECTOR = [
  -191.90441429, -39.30318279, -111.45032835, 0.00928836, -0.01975479, 0.00427372, 0.252906278,
] as const;

/** VN-2000 TM-3 zones the EPSG registry names (EPSG:9205–9218), by central meridian in degrees. */
export const VN2000_EPSG_BY_MERIDIAN: ReadonlyMap<number, number> = new Map([
  [103, 9205], [104, 9206], [104.5, 9207], [104.75, 9208], [105.5, 9209], [105.75, 9210], [106, 9211],
  [106.25, 9212], [106.5, 9213], [107, 9214], [107.25, 9215], [107.5, 9216], [108.25, 9217], [108.5, 9218],
]);

/** Provincial meridians in use that the EPSG registry has no code for (e.g. Hà Nội 105°00′). */
export const VN2000_OTHER_MERIDIANS: readonly number[] = [102, 103.5, 105, 106.75, 107.75, 108];

/** The meridian of Hải Dương's cadastral maps, the default for Đồng Dọc. */
export const DEFAULT_MERIDIAN_DEG = 105.5;
export const DEFAULT_PLANE_CRS: CrsId = 'EPSG:9209';

export type ParsedCrs =
  | { kind: 'geographic' }
  | { kind: 'vn2000'; meridianDeg: number; epsg: number | null };

export class UnknownCrsError extends Error {
  constructor(readonly crs: string) {
    super(`Unknown coordinate reference system "${crs}"`);
    this.name = 'UnknownCrsError';
  }
}

/**
 * Reads a CRS identifier. Accepts 'EPSG:4326', 'EPSG:9205'…'EPSG:9218', 'vn2000:105.5',
 * and the URN forms QGIS writes in a GeoJSON `crs` member ('urn:ogc:def:crs:EPSG::9209', 'OGC:CRS84').
 */
export function parseCrs(crs: string): ParsedCrs {
  const text = crs.trim();
  if (/^(EPSG:4326|urn:ogc:def:crs:OGC:1\.3:CRS84|urn:ogc:def:crs:EPSG::4326|OGC:CRS84|CRS84|WGS84)$/i.test(text)) {
    return { kind: 'geographic' };
  }
  const epsg = /^(?:EPSG:{1,2}|urn:ogc:def:crs:EPSG:[\d.]*:)(\d+)$/i.exec(text);
  if (epsg) {
    const code = Number(epsg[1]);
    for (const [meridianDeg, known] of VN2000_EPSG_BY_MERIDIAN) {
      if (known === code) return { kind: 'vn2000', meridianDeg, epsg: code };
    }
    throw new UnknownCrsError(crs);
  }
  const vn = /^vn2000:(\d{3}(?:\.\d+)?)$/i.exec(text);
  if (vn) {
    const meridianDeg = Number(vn[1]);
    if (meridianDeg < 102 || meridianDeg > 110) throw new UnknownCrsError(crs);
    return { kind: 'vn2000', meridianDeg, epsg: VN2000_EPSG_BY_MERIDIAN.get(meridianDeg) ?? null };
  }
  throw new UnknownCrsError(crs);
}

/** The canonical id of a VN-2000 TM-3 zone: its EPSG code where the registry has one. */
export function vn2000CrsId(meridianDeg: number): CrsId {
  const epsg = VN2000_EPSG_BY_MERIDIAN.get(meridianDeg);
  return epsg ? `EPSG:${epsg}` : `vn2000:${meridianDeg}`;
}

/** The proj4 definition of VN-2000 / TM-3 at a central meridian (scale 0.9999, false easting 500 km). */
export function vn2000Proj4Definition(meridianDeg: number): string {
  return (
    `+proj=tmerc +lat_0=0 +lon_0=${meridianDeg} +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ` +
    `+towgs84=${VN2000_TOWGS84_POSITION_VECTOR.join(',')} +units=m +no_defs`
  );
}

/** Converts between WGS84 and one VN-2000 plane. */
export interface PlaneProjection {
  readonly crs: CrsId;
  readonly meridianDeg: number;
  toPlane(point: readonly [number, number]): PlanePoint;
  toLngLat(point: readonly [number, number]): LngLat;
}

const projections = new Map<number, PlaneProjection>();

/**
 * Inverts a forward conversion exactly. proj4's own inverse applies the Helmert shift approximately
 * and lands 0.3–1.1 mm off PROJ at Đồng Dọc, while its forward agrees with PROJ to 0.05 mm. Two
 * Newton steps on the forward (Jacobian by finite differences) make plane → WGS84 → plane return the
 * same corners, which staking out and round-tripping files both need.
 */
function refineInverse(
  forward: (lngLat: readonly [number, number]) => readonly [number, number],
  guess: readonly [number, number],
  target: readonly [number, number],
): [number, number] {
  let [lng, lat] = guess;
  const stepDeg = 1e-6;
  for (let iteration = 0; iteration < 2; iteration++) {
    const at = forward([lng, lat]);
    const byLng = forward([lng + stepDeg, lat]);
    const byLat = forward([lng, lat + stepDeg]);
    // Jacobian of (lng, lat) → (easting, northing), metres per degree.
    const a = (byLng[0] - at[0]) / stepDeg;
    const b = (byLat[0] - at[0]) / stepDeg;
    const c = (byLng[1] - at[1]) / stepDeg;
    const d = (byLat[1] - at[1]) / stepDeg;
    const dE = target[0] - at[0];
    const dN = target[1] - at[1];
    const determinant = a * d - b * c;
    lng += (d * dE - b * dN) / determinant;
    lat += (a * dN - c * dE) / determinant;
  }
  return [lng, lat];
}

/** The projection for a VN-2000 CRS id, cached: proj4 parses its definition once. */
export function planeProjection(crs: CrsId = DEFAULT_PLANE_CRS): PlaneProjection {
  const parsed = parseCrs(crs);
  if (parsed.kind !== 'vn2000') throw new UnknownCrsError(`${crs} (not a VN-2000 plane)`);
  const cached = projections.get(parsed.meridianDeg);
  if (cached) return cached;
  const converter = proj4('EPSG:4326', vn2000Proj4Definition(parsed.meridianDeg));
  const forward = (p: readonly [number, number]) => converter.forward([p[0], p[1]]) as [number, number];
  const projection: PlaneProjection = {
    crs: vn2000CrsId(parsed.meridianDeg),
    meridianDeg: parsed.meridianDeg,
    toPlane: (p) => forward(p) as unknown as PlanePoint,
    toLngLat: (p) => refineInverse(forward, converter.inverse([p[0], p[1]]) as [number, number], p) as unknown as LngLat,
  };
  projections.set(parsed.meridianDeg, projection);
  return projection;
}

/** Converts one point between any two supported CRSs, [x, y] in each CRS's GeoJSON axis order. */
export function convertPoint(from: CrsId, to: CrsId, point: readonly [number, number]): [number, number] {
  const source = parseCrs(from);
  const target = parseCrs(to);
  const lngLat =
    source.kind === 'geographic' ? point : planeProjection(from).toLngLat(point);
  const out = target.kind === 'geographic' ? lngLat : planeProjection(to).toPlane(lngLat);
  return [out[0], out[1]];
}

/** Brands a [lng, lat] pair that is known to be WGS84. */
export const asLngLat = (p: readonly [number, number]): LngLat => [p[0], p[1]] as unknown as LngLat;
/** Brands an [easting, northing] pair that is known to be VN-2000 plane metres. */
export const asPlane = (p: readonly [number, number]): PlanePoint => [p[0], p[1]] as unknown as PlanePoint;

/** Vietnamese table order: X = northing, Y = easting. */
export const toXY = (p: PlanePoint): { x: number; y: number } => ({ x: p[1], y: p[0] });
export const fromXY = (x: number, y: number): PlanePoint => asPlane([y, x]);

/** Every supported VN-2000 meridian, named and unnamed, ascending: for a meridian picker. */
export function vn2000Meridians(): number[] {
  return [...VN2000_EPSG_BY_MERIDIAN.keys(), ...VN2000_OTHER_MERIDIANS].sort((a, b) => a - b);
}
