// The tools' map data: edges with the role shown (marked, else from the file), the difference map's
// fills and B outlines, and the corners drawing snaps to — WGS84 copies of plane data, never measured.
import { describe, expect, it } from 'vitest';
import { diffLayouts } from '../../../src/domain/layout-diff';
import { asPlane, planeProjection } from '../../../src/geo/coordinates';
import { DEFAULT_LAYOUT_PARAMETERS, type LayoutFeature, type LayoutResult } from '../../../src/geo/layout';
import { markZoneEdge } from '../../../src/geo/zone-edges';
import type { ZoneSite } from '../../../src/geo/zone-site';
import { cornerPositions, diffMapData, zoneEdgesMapData } from '../../../src/features/plan/tool-map-data';

const [E, N] = [592700, 2306300];
const ring = [[0, 0], [100, 0], [100, 60], [0, 60], [0, 0]].map(([e, n]) => asPlane([E + e, N + n]));
const site: ZoneSite = {
  name: 'z', source: 's', crs: 'EPSG:9209', zone: [ring], entrance: null, residentialEdges: [],
  accessRoads: [[asPlane([E - 20, N - 8]), asPlane([E + 120, N - 8])]],
};

describe('zoneEdgesMapData', () => {
  it('draws each edge in WGS84 with its marked role, else the file\'s, else none', () => {
    const marked = markZoneEdge(site, 2, 'residential')!;
    const data = zoneEdgesMapData(marked, (i, m) => `${i + 1}:${m}`);
    expect(data.features.map((f) => f.properties!.role)).toEqual(['access-road', 'none', 'residential', 'none']);
    expect(data.features[1].properties!.label).toBe('2:60');
    const [lng, lat] = planeProjection('EPSG:9209').toLngLat(ring[0]);
    expect((data.features[0].geometry as { coordinates: number[][] }).coordinates[0]).toEqual([lng, lat]);
  });
});

describe('diffMapData', () => {
  const plot = (code: string, x: number, w: number): LayoutFeature => ({
    geometry: { type: 'Polygon', coordinates: [[[0, 0], [w, 0], [w, 40], [0, 40], [0, 0]].map(([e, n]) => asPlane([E + x + e, N + n]))] },
    properties: { kind: 'plot', code, areaM2: w * 40, frontageM: w, depthM: 40 },
  });
  const layout = (features: LayoutFeature[]): LayoutResult => ({ ok: true, crs: 'EPSG:9209', parameters: DEFAULT_LAYOUT_PARAMETERS, features, landUse: { zoneAreaM2: 0, rows: [], checks: [] }, warnings: [] });

  it('gives A\'s plots by status and a changed plot\'s B shape as an outline of its own', () => {
    const diff = diffLayouts(layout([plot('A-1', 0, 20), plot('A-2', 20, 20)]), layout([plot('A-1', 0, 25), plot('B-1', 50, 20)]));
    const data = diffMapData(diff, 'EPSG:9209');
    expect(data.features.map((f) => [f.properties!.code, f.properties!.status, f.properties!.outline])).toEqual([
      ['A-1', 'changed', 'a'], ['A-1', 'changed', 'b'], ['A-2', 'only-a', 'a'], ['B-1', 'only-b', 'a'],
    ]);
  });
});

describe('cornerPositions', () => {
  it('lists each corner once, across collections and rings', () => {
    const square = { type: 'Polygon' as const, coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] };
    const corners = cornerPositions(
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: square }] },
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[2, 2], [3, 3]] } }] },
    );
    expect(corners).toEqual([[1, 1], [2, 1], [2, 2], [3, 3]]);
  });
});
