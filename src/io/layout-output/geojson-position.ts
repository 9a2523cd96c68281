/**
 * Plane geometry → WGS84 GeoJSON geometry text with fixed decimals, so that files are uniform,
 * byte-identical for the same input, and precise to about 0.1 mm (9 decimals of a degree).
 */
import { planeProjection, type CrsId } from '../../geo/coordinates';
import type { PlaneGeometry } from '../../geo/plane-feature';
import { DEGREE_DECIMALS, formatFixed } from '../csv-coordinates/number-format';

type Position = readonly [number, number];

/** A function that writes one plane point as WGS84 "[lng,lat]" text. */
export type PositionWriter = (point: Position) => string;

export function lngLatPositionWriter(crs: CrsId, decimals = DEGREE_DECIMALS): PositionWriter {
  const projection = planeProjection(crs);
  return (point) => {
    const [lng, lat] = projection.toLngLat(point);
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
