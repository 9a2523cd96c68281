/**
 * Plane geometry → WGS84 GeoJSON geometry text with fixed decimals, so that files are uniform,
 * byte-identical for the same input, and precise to about 0.1 mm (9 decimals of a degree).
 */
import { asLngLat, planeProjection, type CrsId, type LngLat, type PlaneProjection } from '../../geo/coordinates';
import type { PlaneGeometry } from '../../geo/plane-feature';
import { DEGREE_DECIMALS, formatFixed } from '../csv-coordinates/number-format';

type Position = readonly [number, number];

/** A function that writes one plane point as WGS84 "[lng,lat]" text. */
export type PositionWriter = (point: Position) => string;

/**
 * WGS84 of a plane point, as the exact inverse of `projection.toPlane`. proj4's inverse (toLngLat)
 * is about 0.8 mm off PROJ at Đồng Dọc (its inverse Helmert is approximate) while its forward agrees
 * with PROJ to 0.05 mm; two Newton steps on the forward make the inverse agree too, so that a file
 * read back with `toPlane` gives the plane corners again (to the 9-decimal rounding, ~0.1 mm).
 */
export function planeToLngLat(projection: PlaneProjection, point: readonly [number, number]): LngLat {
  let [lng, lat] = projection.toLngLat(point);
  const stepDeg = 1e-6;
  for (let iteration = 0; iteration < 2; iteration++) {
    const at = projection.toPlane([lng, lat]);
    const byLng = projection.toPlane([lng + stepDeg, lat]);
    const byLat = projection.toPlane([lng, lat + stepDeg]);
    // Jacobian of (lng, lat) → (easting, northing), metres per degree.
    const a = (byLng[0] - at[0]) / stepDeg;
    const b = (byLat[0] - at[0]) / stepDeg;
    const c = (byLng[1] - at[1]) / stepDeg;
    const d = (byLat[1] - at[1]) / stepDeg;
    const dE = point[0] - at[0];
    const dN = point[1] - at[1];
    const determinant = a * d - b * c;
    lng += (d * dE - b * dN) / determinant;
    lat += (a * dN - c * dE) / determinant;
  }
  return asLngLat([lng, lat]);
}

export function lngLatPositionWriter(crs: CrsId, decimals = DEGREE_DECIMALS): PositionWriter {
  const projection = planeProjection(crs);
  return (point) => {
    const [lng, lat] = planeToLngLat(projection, point);
    return `[${formatFixed(lng, decimals)},${formatFixed(lat, decimals)}]`;
  };
}

const list = (items: readonly string[]): string => `[${items.join(',')}]`;

/** The geometry as GeoJSON text in WGS84 with fixed decimals; rings keep their order and orientation. */
export function geometryToGeoJsonText(geometry: PlaneGeometry, write: PositionWriter): string {
  const ring = (points: readonly Position[]): string => list(points.map(write));
  const polygon = (rings: readonly (readonly Position[])[]): string => list(rings.map(ring));
  let coordinates: string;
  switch (geometry.type) {
    case 'Point': coordinates = write(geometry.coordinates); break;
    case 'LineString': coordinates = ring(geometry.coordinates); break;
    case 'Polygon': coordinates = polygon(geometry.coordinates); break;
    case 'MultiPolygon': coordinates = list(geometry.coordinates.map(polygon)); break;
  }
  return `{"type":"${geometry.type}","coordinates":${coordinates}}`;
}
