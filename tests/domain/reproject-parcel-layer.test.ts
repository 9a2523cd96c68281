import { describe, expect, it } from 'vitest';
import reference from '../fixtures/coordinates/proj-reference.json';
import { asPlane } from '../../src/geo/coordinates';
import { reprojectParcelLayer } from '../../src/domain/reproject-parcel-layer';
import type { ParcelLayer } from '../../src/domain/parcel';

const at = (crs: string, lat: number) => reference.cases.find((c) => c.crs === crs && c.lat === lat)!;

describe('reprojectParcelLayer', () => {
  it('moves corners from 105°45′ to 105°30′ as PROJ does', () => {
    const lats = [20.845, 20.851, 20.848];
    const from = lats.map((lat) => at('EPSG:9210', lat));
    const to = lats.map((lat) => at('EPSG:9209', lat));
    const layer: ParcelLayer = {
      name: 't', source: 't', crs: 'EPSG:9210',
      parcels: [{ id: '1/1', sheetNo: 1, parcelNo: 1, landUseCode: 'LUC', landUser: '', registeredAreaM2: null,
        polygon: [from.map((c) => asPlane([c.easting, c.northing]))] }],
    };
    const moved = reprojectParcelLayer(layer, 'EPSG:9209');
    expect(moved.crs).toBe('EPSG:9209');
    moved.parcels[0].polygon[0].forEach((p, i) => {
      expect(Math.abs(p[0] - to[i].easting)).toBeLessThan(0.002);
      expect(Math.abs(p[1] - to[i].northing)).toBeLessThan(0.002);
    });
    expect(layer.crs).toBe('EPSG:9210'); // input untouched
  });

  it('returns the same layer when it is already in the target plane', () => {
    const layer: ParcelLayer = { name: 't', source: 't', crs: 'EPSG:9209', parcels: [] };
    expect(reprojectParcelLayer(layer, 'EPSG:9209')).toBe(layer);
  });
});
