import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { collectionBounds, firstViewBounds } from '../../../src/features/site/first-view-bounds';
import type { Wgs84Bounds } from '../../../src/features/site/site-map-data';

const square = (west: number, south: number, size: number): FeatureCollection['features'][number] => ({
  type: 'Feature', properties: {},
  geometry: { type: 'Polygon', coordinates: [[[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]] },
});
const collection = (...features: FeatureCollection['features']): FeatureCollection => ({ type: 'FeatureCollection', features });
const ZONE: Wgs84Bounds = [[106.4, 20.85], [106.41, 20.86]];

describe('the parcel map’s first view', () => {
  it('boxes every position of polygons and multipolygons, null for no geometry', () => {
    const multi = { type: 'Feature' as const, properties: {}, geometry: { type: 'MultiPolygon' as const, coordinates: [[[[1, 2], [3, 2], [3, 5], [1, 2]]], [[[-4, 0], [-3, 0], [-3, 1], [-4, 0]]]] } };
    expect(collectionBounds(collection(square(10, 20, 1), multi))).toEqual([[-4, 0], [11, 21]]);
    expect(collectionBounds(collection())).toBeNull();
  });

  it('is the zone while the parcels reach it, even only in part', () => {
    expect(firstViewBounds(ZONE, collection(square(106.405, 20.855, 0.001)))).toBe(ZONE);
    expect(firstViewBounds(ZONE, collection(square(106.409, 20.859, 0.5)))).toBe(ZONE);
    expect(firstViewBounds(ZONE, collection())).toBe(ZONE);
  });

  it('is the parcels’ box when they lie away from the zone (a layer 25 km off)', () => {
    expect(firstViewBounds(ZONE, collection(square(106.625, 20.9375, 0.0078125), square(106.65625, 20.96875, 0.0078125))))
      .toEqual([[106.625, 20.9375], [106.6640625, 20.9765625]]);
  });
});
