/**
 * The planner tools' map data, WGS84 copies for drawing only: the zone's edges with their roles and
 * lengths (edge marking), and the plots of two variants by difference (the compare map).
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { LayoutDiff } from '../../domain/layout-diff';
import { planeProjection, type PlanePoint } from '../../geo/coordinates';
import type { PlaneGeometry } from '../../geo/plane-feature';
import { zoneEdges } from '../../geo/zone-edges';
import type { ZoneSite } from '../../geo/zone-site';

function toWgs(crs: string): (p: readonly [number, number]) => Position {
  const projection = planeProjection(crs);
  return (p) => {
    const [lng, lat] = projection.toLngLat(p);
    return [lng, lat];
  };
}

/** Each outer edge as a line: `edge` (index), `role` (marked, else what the file's lines make of it, else 'none'), `label`. */
export function zoneEdgesMapData(site: ZoneSite, label: (index: number, lengthM: number) => string): FeatureCollection {
  const wgs = toWgs(site.crs);
  return {
    type: 'FeatureCollection',
    features: zoneEdges(site).map((edge): Feature => ({
      type: 'Feature', id: edge.index,
      properties: { edge: edge.index, role: edge.role ?? edge.fileRole ?? 'none', label: label(edge.index, edge.lengthM) },
      geometry: { type: 'LineString', coordinates: [wgs(edge.from), wgs(edge.to)] },
    })),
  };
}

function polygonsToWgs(geometry: PlaneGeometry, wgs: (p: readonly [number, number]) => Position): Feature['geometry'] | null {
  const ring = (points: readonly PlanePoint[]) => points.map(wgs);
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map(ring) };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ring)) };
  return null;
}

/** Plots coloured by `status`; a changed plot's shape in B as an extra outline (`outline: 'b'`). */
export function diffMapData(diff: LayoutDiff, crs: string): FeatureCollection {
  const wgs = toWgs(crs);
  const features: Feature[] = [];
  diff.plots.forEach((plot, i) => {
    const geometry = polygonsToWgs(plot.geometry, wgs);
    if (geometry) features.push({ type: 'Feature', id: i, properties: { code: plot.code, status: plot.status, outline: 'a' }, geometry });
    const b = plot.geometryB && polygonsToWgs(plot.geometryB, wgs);
    if (b) features.push({ type: 'Feature', id: diff.plots.length + i, properties: { code: plot.code, status: plot.status, outline: 'b' }, geometry: b });
  });
  return { type: 'FeatureCollection', features };
}

/** Every distinct corner of the features' polygons and lines, WGS84: what drawing snaps to. */
export function cornerPositions(...collections: readonly FeatureCollection[]): [number, number][] {
  const seen = new Set<string>();
  const out: [number, number][] = [];
  const walk = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') {
      const key = `${value[0]},${value[1]}`;
      if (!seen.has(key)) { seen.add(key); out.push([value[0], value[1] as number]); }
      return;
    }
    value.forEach(walk);
  };
  for (const collection of collections) for (const f of collection.features) walk((f.geometry as { coordinates?: unknown } | null)?.coordinates);
  return out;
}
