import { describe, expect, it } from 'vitest';
import { asPlane, planeProjection } from '../../src/geo/coordinates';
import { planeGeometryToWgs84 } from '../../src/geo/plane-geometry-wgs84';
import type { PlaneGeometry } from '../../src/geo/plane-feature';

// DOMAIN.md's reference point (EPSG:9209): X (northing) 2 306 382.380, Y (easting) 592 756.646.
const E = 592_756.646;
const N = 2_306_382.38;
const projection = planeProjection('EPSG:9209');
const toLngLat = (p: readonly [number, number]) => { const [lng, lat] = projection.toLngLat(p); return [lng, lat]; };

describe('planeGeometryToWgs84', () => {
  it('sends every point of every geometry type through the projection, rings and parts kept', () => {
    const square = [[E, N], [E + 10, N], [E + 10, N + 10], [E, N + 10], [E, N]].map((q) => asPlane([q[0], q[1]]));
    const cases: PlaneGeometry[] = [
      { type: 'Point', coordinates: square[0] },
      { type: 'LineString', coordinates: square.slice(0, 2) },
      { type: 'Polygon', coordinates: [square] },
      { type: 'MultiPolygon', coordinates: [[square], [square]] },
    ] as PlaneGeometry[];
    const [point, line, polygon, multi] = cases.map((g) => planeGeometryToWgs84(g, toLngLat)) as unknown as [
      { coordinates: number[] }, { coordinates: number[][] }, { coordinates: number[][][] }, { coordinates: number[][][][] }];
    expect(point.coordinates).toEqual(toLngLat(square[0]));
    expect(line.coordinates).toEqual(square.slice(0, 2).map(toLngLat));
    expect(polygon.coordinates).toEqual([square.map(toLngLat)]);
    expect(multi.coordinates).toEqual([[square.map(toLngLat)], [square.map(toLngLat)]]);
  });
});
