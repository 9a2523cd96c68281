import { describe, expect, it } from 'vitest';
import {
  contextLayerToGeoJson, parcelLayerToGeoJson, readContextLayer, readParcelLayer, readZoneSite, zoneSiteToGeoJson,
} from '../../../src/io/layers';
import { planeProjection } from '../../../src/geo/coordinates';
import { E0, fixtureJson, N0, REFERENCE_TRIANGLE } from './fixtures';

function layerOf(name: string) {
  const result = readParcelLayer(fixtureJson(name), name);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('parcelLayerToGeoJson', () => {
  it('gives the map WGS84 polygons with id, numbers, code, user and plane area', () => {
    const out = parcelLayerToGeoJson(layerOf('parcels-vn2000.geojson'), { crs: 'wgs84' });
    expect(out.crs).toBeUndefined();
    expect(out.features[2].properties).toEqual({
      id: '12/103', sheetNo: 12, parcelNo: 103, landUseCode: 'ONT', landUser: 'Phạm Đức Cường', areaM2: 1580, registeredAreaM2: 1580.5,
    });
    const [lng, lat] = (out.features[0].geometry as GeoJSON.Polygon).coordinates[0][0];
    expect(lng).toBeGreaterThan(106.38);
    expect(lng).toBeLessThan(106.40);
    expect(lat).toBeGreaterThan(20.84);
    expect(lat).toBeLessThan(20.86);
  });

  it('goes back to the PROJ WGS84 points the layer was read from (< 2e-8°, about 2 mm)', () => {
    const out = parcelLayerToGeoJson(layerOf('parcels-wgs84-proj-reference.geojson'), { crs: 'wgs84' });
    const ring = (out.features[0].geometry as GeoJSON.Polygon).coordinates[0];
    for (const [lat, lon] of REFERENCE_TRIANGLE) {
      expect(Math.min(...ring.map(([x, y]) => Math.hypot(x - lon, y - lat)))).toBeLessThan(2e-8);
    }
  });

  it('writes plane files that read back to the same layer', () => {
    const layer = layerOf('parcels-vn2000.geojson');
    const out = parcelLayerToGeoJson(layer, { crs: 'plane' });
    expect(out.crs).toEqual({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::9209' } });
    const again = readParcelLayer(JSON.parse(JSON.stringify(out)), 'again.geojson');
    expect(again.ok && again.value.parcels).toEqual(layer.parcels);
  });
});

describe('zoneSiteToGeoJson and contextLayerToGeoJson', () => {
  it('round-trips the zone file in the plane, widths and names included', () => {
    const site = readZoneSite(fixtureJson('zone-good.geojson'), 'zone-good.geojson');
    if (!site.ok) throw new Error(JSON.stringify(site.errors));
    const out = zoneSiteToGeoJson(site.value, { crs: 'plane' });
    expect(out.features.map((f) => f.properties.role)).toEqual(['zone', 'access-road', 'residential', 'entrance']);
    expect(out.features[1].properties).toEqual({ role: 'access-road', widthM: 6, name: 'Đường trục xã' });
    const again = readZoneSite(JSON.parse(JSON.stringify(out)), 'again.geojson');
    expect(again.ok && again.value).toEqual(site.value);
  });

  it('gives context features to the map in WGS84, kind, name and width kept', () => {
    const context = readContextLayer(fixtureJson('context-good.geojson'), 'context-good.geojson');
    if (!context.ok) throw new Error(JSON.stringify(context.errors));
    const out = contextLayerToGeoJson(context.value, { crs: 'wgs84', planeCrs: 'EPSG:9209' });
    expect(out.features.map((f) => f.properties)).toEqual(context.value.map((f) => f.properties));
    const road = (out.features[0].geometry as GeoJSON.LineString).coordinates[0];
    const [e, n] = planeProjection('EPSG:9209').toPlane([road[0], road[1]]);
    expect(Math.hypot(e - (E0 - 20), n - (N0 + 64))).toBeLessThan(0.001);
  });
});
