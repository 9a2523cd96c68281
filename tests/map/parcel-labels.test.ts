// One label point per parcel, inside it (checked by Turf's point-in-polygon, not by polylabel itself),
// reading "tờ/thửa" when the layer holds several sheets; and the zone's holes as polygons of their own.
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint, parcelLabelPoints, zoneHoles } from '../../src/map/parcel-labels';

/** A ring from local metres around Đồng Dọc (~106.39° E, 20.85° N) to degrees. */
const LNG0 = 106.3932;
const LAT0 = 20.848;
const toDegrees = (ring: [number, number][]): Position[] =>
  ring.map(([x, y]) => [LNG0 + x / (111_320 * Math.cos((LAT0 * Math.PI) / 180)), LAT0 + y / 111_320]);

const parcel = (sheetNo: number, parcelNo: number, ring: [number, number][], areaM2: number | null = 100): Feature<Polygon> => ({
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: [toDegrees(ring)] },
  properties: { id: `${sheetNo}/${parcelNo}`, sheetNo, parcelNo, areaM2 },
});

// An L: its centroid (≈ 10, 10) lies outside, in the missing corner.
const L_SHAPE: [number, number][] = [[0, 0], [40, 0], [40, 8], [8, 8], [8, 40], [0, 40], [0, 0]];
const SQUARE: [number, number][] = [[50, 0], [70, 0], [70, 20], [50, 20], [50, 0]];

describe('parcel label points', () => {
  it('puts the label inside an L-shaped parcel, where its centroid is not', () => {
    const ring = toDegrees(L_SHAPE);
    const point = labelPoint([ring]);
    const polygon: Feature<Polygon> = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: {} };
    expect(booleanPointInPolygon(point, polygon)).toBe(true);
    const centroid = toDegrees([[10.5, 10.5]])[0];
    expect(booleanPointInPolygon(centroid, polygon)).toBe(false);
  });

  it('finds the middle of a square in metres, not skewed by degrees of longitude', () => {
    const [lng, lat] = labelPoint([toDegrees(SQUARE)]);
    const [cx, cy] = toDegrees([[60, 10]])[0];
    expect(Math.abs(lng - cx) * 111_320 * Math.cos((LAT0 * Math.PI) / 180)).toBeLessThan(0.5);
    expect(Math.abs(lat - cy) * 111_320).toBeLessThan(0.5);
  });

  it('gives each parcel exactly one point, labelled tờ/thửa when several sheets are shown', () => {
    const parcels: FeatureCollection = { type: 'FeatureCollection', features: [parcel(12, 43, L_SHAPE), parcel(18, 43, SQUARE, null)] };
    const labels = parcelLabelPoints(parcels);
    expect(labels.features.map((f) => f.properties)).toEqual([
      { id: '12/43', label: '12/43', areaM2: 100 },
      { id: '18/43', label: '18/43', areaM2: null },
    ]);
    expect(labels.features.every((f) => f.geometry.type === 'Point')).toBe(true);
  });

  it('writes the parcel number alone when every parcel is on one sheet', () => {
    const parcels: FeatureCollection = { type: 'FeatureCollection', features: [parcel(12, 43, L_SHAPE), parcel(12, 44, SQUARE)] };
    expect(parcelLabelPoints(parcels).features.map((f) => f.properties.label)).toEqual(['43', '44']);
  });
});

describe('zone holes', () => {
  it('returns each inner ring of the zone as a polygon, and nothing for other features', () => {
    const outer = toDegrees([[0, 0], [100, 0], [100, 100], [0, 100], [0, 0]]);
    const hole = toDegrees([[40, 40], [60, 40], [60, 60], [40, 60], [40, 40]]);
    const zone: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [outer, hole] }, properties: { role: 'zone' } },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: outer }, properties: { role: 'residential' } },
      ],
    };
    const holes = zoneHoles(zone);
    expect(holes.features).toHaveLength(1);
    expect(holes.features[0].geometry.coordinates).toEqual([hole]);
    expect(zoneHoles({ type: 'FeatureCollection', features: [zone.features[1]] }).features).toEqual([]);
  });
});
