/**
 * A plane geometry (VN-2000 metres) copied to GeoJSON positions by a given projection, for drawing only:
 * the plane geometry stays the truth. The planner's and field mode's map data both draw layouts with it.
 */
import type { Geometry, Position } from 'geojson';
import type { PlanePoint } from './coordinates';
import type { PlaneGeometry } from './plane-feature';

/** Projects one plane point (easting, northing in metres) to a GeoJSON position ([lng, lat]). */
export type PlaneToLngLat = (point: readonly [number, number]) => Position;

/** The same geometry, every point through `toLngLat`; the input is not changed. */
export function planeGeometryToWgs84(geometry: PlaneGeometry, toLngLat: PlaneToLngLat): Geometry {
  const ring = (points: readonly PlanePoint[]): Position[] => points.map(toLngLat);
  switch (geometry.type) {
    case 'Point': return { type: 'Point', coordinates: toLngLat(geometry.coordinates) };
    case 'LineString': return { type: 'LineString', coordinates: ring(geometry.coordinates) };
    case 'Polygon': return { type: 'Polygon', coordinates: geometry.coordinates.map(ring) };
    case 'MultiPolygon': return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ring)) };
  }
}
