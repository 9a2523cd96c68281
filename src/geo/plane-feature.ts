/**
 * A GeoJSON-like feature whose coordinates are VN-2000 plane metres. Layout results and site data
 * travel through the program in this form; writers convert to WGS84 or keep plane metres per format.
 */
import type { PlanePoint } from './coordinates';
import type { PlanePolygon } from './plane-measure';

export type PlaneGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: PlanePolygon }
  | { readonly type: 'MultiPolygon'; readonly coordinates: readonly PlanePolygon[] }
  | { readonly type: 'LineString'; readonly coordinates: readonly PlanePoint[] }
  | { readonly type: 'Point'; readonly coordinates: PlanePoint };

export interface PlaneFeature<P extends Record<string, unknown> = Record<string, unknown>> {
  readonly geometry: PlaneGeometry;
  readonly properties: P;
}
