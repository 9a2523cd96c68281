/**
 * What the browser tests expect, computed in Node from the demo files in public/geo/ with the project's
 * own geometry (src/geo), independently of the app's readers and screens: parcel areas by the shoelace
 * formula on VN-2000 plane coordinates, areas inside the zone by Clipper2 intersection, WGS84 tap points
 * through the one coordinates module, and numbers in vi-VN format.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asPlane, planeProjection, type PlanePoint } from '../../src/geo/coordinates';
import { distanceM, polygonAreaM2, ringCorners, ringSignedAreaM2, type PlanePolygon } from '../../src/geo/plane-measure';
import { intersectPolygons, MEASURE_PRECISION_DECIMALS } from '../../src/geo/polygon-clip';
import { ROOT } from './harness';

export const PARCELS_FILE = join(ROOT, 'public', 'geo', 'dong-doc-parcels.geojson');
export const ZONE_FILE = join(ROOT, 'public', 'geo', 'dong-doc-zone.geojson');

export interface ExpectedParcel {
  /** "<sheetNo>/<parcelNo>", as the map reports rendered parcels. */
  id: string;
  sheetNo: number;
  parcelNo: number;
  landUseCode: string;
  landUser: string;
  polygon: PlanePolygon;
  /** Corners of the outer ring, without the closing point. */
  corners: PlanePoint[];
  areaM2: number;
  insideZoneM2: number;
}

interface GeoJsonFeature {
  type: 'Feature';
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown> | null;
}

function readCollection(file: string): GeoJsonFeature[] {
  if (!existsSync(file)) throw new Error(`${file} is missing: the demo data has not been generated yet.`);
  const json = JSON.parse(readFileSync(file, 'utf8')) as { features?: GeoJsonFeature[] };
  if (!Array.isArray(json.features)) throw new Error(`${file} is not a GeoJSON FeatureCollection.`);
  return json.features;
}

const toPolygon = (rings: number[][][]): PlanePolygon =>
  rings.map((ring) => ring.map((p) => asPlane([p[0], p[1]])));

/** The zone polygon (role "zone") in plane metres. */
export function zonePolygon(): PlanePolygon {
  const zone = readCollection(ZONE_FILE).find((f) => f.properties?.role === 'zone');
  if (!zone || zone.geometry?.type !== 'Polygon') throw new Error(`${ZONE_FILE} has no Polygon with role "zone".`);
  return toPolygon(zone.geometry.coordinates as number[][][]);
}

let cachedParcels: ExpectedParcel[] | null = null;

/** Every parcel of the demo layer with its expected measures. */
export function expectedParcels(): ExpectedParcel[] {
  if (cachedParcels) return cachedParcels;
  const zone = zonePolygon();
  cachedParcels = readCollection(PARCELS_FILE).flatMap((feature): ExpectedParcel[] => {
    if (feature.geometry?.type !== 'Polygon') return [];
    const p = feature.properties ?? {};
    const polygon = toPolygon(feature.geometry.coordinates as number[][][]);
    const sheetNo = Number(p.sheetNo);
    const parcelNo = Number(p.parcelNo);
    return [{
      id: `${sheetNo}/${parcelNo}`,
      sheetNo,
      parcelNo,
      landUseCode: String(p.landUseCode ?? ''),
      landUser: String(p.landUser ?? ''),
      polygon,
      corners: ringCorners(polygon[0]),
      areaM2: polygonAreaM2(polygon),
      // On the measuring grid (1 µm), as stated areas are: the layout's 1 mm grid moves the last decimal.
      insideZoneM2: intersectPolygons([polygon], [zone], { precisionDecimals: MEASURE_PRECISION_DECIMALS })
        .reduce((sum, part) => sum + polygonAreaM2(part), 0),
    }];
  });
  return cachedParcels;
}

function isConvex(corners: readonly PlanePoint[]): boolean {
  let sign = 0;
  for (let i = 0; i < corners.length; i++) {
    const [a, b, c] = [corners[i], corners[(i + 1) % corners.length], corners[(i + 2) % corners.length]];
    const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
    if (Math.abs(cross) < 1e-6) continue;
    if (sign === 0) sign = Math.sign(cross);
    else if (Math.sign(cross) !== sign) return false;
  }
  return true;
}

/** The area centroid of a ring, in plane metres (inside the ring when it is convex). */
export function ringCentroid(corners: readonly PlanePoint[]): PlanePoint {
  const [e0, n0] = corners[0];
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < corners.length; i++) {
    const [ax, ay] = [corners[i][0] - e0, corners[i][1] - n0];
    const [bx, by] = [corners[(i + 1) % corners.length][0] - e0, corners[(i + 1) % corners.length][1] - n0];
    const cross = ax * by - bx * ay;
    twiceArea += cross;
    cx += (ax + bx) * cross;
    cy += (ay + by) * cross;
  }
  return asPlane([e0 + cx / (3 * twiceArea), n0 + cy / (3 * twiceArea)]);
}

/** A WGS84 [lng, lat] inside the parcel (its plane centroid, projected): where a finger taps it. */
export function tapPointOf(parcel: ExpectedParcel): [number, number] {
  const lngLat = planeProjection('EPSG:9209').toLngLat(ringCentroid(parcel.corners));
  return [lngLat[0], lngLat[1]];
}

/**
 * Parcels good for tapping, best first: convex, without holes, with a named land user, lying mostly
 * inside the zone (which the map shows on opening), largest first.
 */
export function tappableParcels(): ExpectedParcel[] {
  return expectedParcels()
    .filter((p) => p.polygon.length === 1 && p.landUser.trim() !== '')
    .filter((p) => isConvex(p.corners) && ringSignedAreaM2(p.polygon[0]) !== 0)
    .filter((p) => p.insideZoneM2 > 0.9 * p.areaM2)
    .sort((a, b) => b.areaM2 - a.areaM2);
}

/** The parcel the tap, record and search tests use: the first of tappableParcels(). */
export function pickTappableParcel(): ExpectedParcel {
  const [best] = tappableParcels();
  if (!best) throw new Error('No convex parcel with a land user lies inside the zone in the demo data.');
  return best;
}

/** Parcels the zone takes (thu hồi): any area inside the zone. */
export function recoveredParcels(minimumM2 = 0): ExpectedParcel[] {
  return expectedParcels().filter((p) => p.insideZoneM2 > minimumM2);
}

const viOneDecimal = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** An area as the app writes it in Vietnamese, without the unit: 1250.34 → "1.250,3". */
export const formatViArea = (areaM2: number): string => viOneDecimal.format(areaM2);

/** Plane edge lengths of the outer ring, corner i to corner i+1. */
export const edgeLengthsM = (corners: readonly PlanePoint[]): number[] =>
  corners.map((c, i) => distanceM(c, corners[(i + 1) % corners.length]));

/**
 * Reads a number as written on screen: vi-VN ("2.306.123,456") when it has a decimal comma,
 * plain ("2306123.456") otherwise; spaces and units are ignored. NaN when there is no number.
 */
export function parseScreenNumber(text: string): number {
  const match = /-?[\d.,\s\u00a0\u202f]*\d/.exec(text.replace(/[^\d.,\-\s\u00a0\u202f]/g, ' ').trim());
  if (!match) return Number.NaN;
  const compact = match[0].replace(/[\s\u00a0\u202f]/g, '');
  return Number(compact.includes(',') ? compact.replace(/\./g, '').replace(',', '.') : compact);
}

/** Whitespace of any kind (NBSP, narrow NBSP) as one plain space. */
export const normaliseSpaces = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
