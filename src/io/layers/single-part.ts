/**
 * A multi-geometry of one part is that part. QGIS holds a layer loaded from a shapefile or GeoPackage
 * as MultiPolygon / MultiLineString and writes every feature so, even with one part; shapefiles carry
 * no single/multi distinction at all. A zone is one polygon and a road one line, so one part is read as
 * the plain geometry; several parts are left as they are (and refused, naming the feature).
 */
const SINGLE: Readonly<Record<string, string>> = { MultiPolygon: 'Polygon', MultiLineString: 'LineString', MultiPoint: 'Point' };

export function singlePart(geometry: unknown): unknown {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (g === null || typeof g !== 'object' || typeof g.type !== 'string' || !(g.type in SINGLE)) return geometry;
  if (!Array.isArray(g.coordinates) || g.coordinates.length !== 1) return geometry;
  return { type: SINGLE[g.type], coordinates: g.coordinates[0] };
}
