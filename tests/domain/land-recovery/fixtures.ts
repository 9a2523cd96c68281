/**
 * Reads the hand-made fixtures of tests/fixtures/land-recovery/ (EPSG:9209 plane metres) into parcels
 * and a zone, and builds small rectangles for inline cases. Local origin: E 592700, N 2306300.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asPlane } from '../../../src/geo/coordinates';
import type { PlanePolygon } from '../../../src/geo/plane-measure';
import { parcelId, type Parcel } from '../../../src/domain/parcel';

export const E0 = 592700;
export const N0 = 2306300;

const fixture = (name: string): { features: { properties: Record<string, unknown>; geometry: { coordinates: number[][][] } }[] } =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/land-recovery/${name}`, import.meta.url)), 'utf8'));

const toPolygon = (coordinates: number[][][]): PlanePolygon =>
  coordinates.map((ring) => ring.map(([e, n]) => asPlane([e, n])));

export function loadParcels(): Parcel[] {
  return fixture('parcels.geojson').features.map(({ properties, geometry }) => ({
    id: parcelId(properties.sheetNo as number, properties.parcelNo as number),
    sheetNo: properties.sheetNo as number,
    parcelNo: properties.parcelNo as number,
    landUseCode: properties.landUseCode as string,
    landUser: properties.landUser as string,
    registeredAreaM2: properties.registeredAreaM2 as number | null,
    polygon: toPolygon(geometry.coordinates),
  }));
}

export function loadZone(): PlanePolygon {
  return toPolygon(fixture('zone.geojson').features[0].geometry.coordinates);
}

/** A rectangle in local metres, counter-clockwise. */
export const rect = (e: number, n: number, width: number, height: number): PlanePolygon => [
  [[e, n], [e + width, n], [e + width, n + height], [e, n + height], [e, n]].map(([x, y]) => asPlane([E0 + x, N0 + y])),
];

export const parcel = (sheetNo: number, parcelNo: number, landUseCode: string, landUser: string, polygon: PlanePolygon): Parcel => ({
  id: parcelId(sheetNo, parcelNo), sheetNo, parcelNo, landUseCode, landUser, registeredAreaM2: null, polygon,
});
