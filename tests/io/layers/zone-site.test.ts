import { describe, expect, it } from 'vitest';
import { asPlane } from '../../../src/geo/coordinates';
import { polygonAreaM2, ringSignedAreaM2 } from '../../../src/geo/plane-measure';
import { ACCESS_ROAD_REACH_M, readZoneSite } from '../../../src/io/layers';
import { lineToRingDistanceM } from '../../../src/io/layers/zone-site';
import { E0, fixtureJson, N0 } from './fixtures';

const read = (name: string) => readZoneSite(fixtureJson(name), name, { planeCrs: 'EPSG:9209' });

describe('readZoneSite', () => {
  it('reads the zone, its access road with width and name, the residential edge and the entrance', () => {
    const result = read('zone-good.geojson');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const site = result.value;
    expect(site.crs).toBe('EPSG:9209');
    expect(polygonAreaM2(site.zone)).toBe(95 * 70);
    expect(ringSignedAreaM2(site.zone[0])).toBeGreaterThan(0);
    expect(site.accessRoads).toEqual([[[E0 - 20, N0 + 64], [E0 + 120, N0 + 64]]]);
    expect(site.accessRoadProperties).toEqual([{ widthM: 6, widthAssumed: false, name: 'Đường trục xã' }]);
    expect(site.accessRoadWidthsM).toEqual([6]);
    expect(site.residentialEdges).toHaveLength(1);
    expect(site.entrance).toEqual([E0 + 47, N0 + 60]);
  });

  it('reports a second zone, a far road and an unknown role, each at its feature; a road without width only warns', () => {
    expect(read('zone-broken.geojson')).toEqual({
      ok: false,
      warnings: [
        { file: 'zone-broken.geojson', code: 'access-road-width-assumed', feature: 4, field: 'widthM', params: { assumedM: 7 } },
      ],
      errors: [
        { file: 'zone-broken.geojson', code: 'zone-multiple', feature: 1, params: { first: 0 } },
        { file: 'zone-broken.geojson', code: 'access-road-not-touching', feature: 2, params: { distanceM: 30, limitM: 3 + ACCESS_ROAD_REACH_M } },
        { file: 'zone-broken.geojson', code: 'site-role-unknown', feature: 3, field: 'role', params: { role: 'parking' } },
      ],
    });
  });

  it('assumes 7 m for an access road without widthM (as QGIS and Google Earth files come), and says so', () => {
    const json = fixtureJson('zone-good.geojson') as { features: { properties: Record<string, unknown> }[] };
    delete json.features[1].properties.widthM;
    delete json.features[1].properties.name;
    const result = readZoneSite(json, 'z.geojson');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.accessRoadProperties).toEqual([{ widthM: 7, widthAssumed: true, name: '' }]);
    expect(result.warnings).toEqual([{ file: 'z.geojson', code: 'access-road-width-assumed', feature: 1, field: 'widthM', params: { assumedM: 7 } }]);
  });

  it('still refuses a widthM that is there but no positive number', () => {
    const json = fixtureJson('zone-good.geojson') as { features: { properties: Record<string, unknown> }[] };
    json.features[1].properties.widthM = 'rộng';
    const result = readZoneSite(json, 'z.geojson');
    expect(result.ok === false && result.errors.map((e) => e.code)).toEqual(['value-not-number']);
  });

  it('reports a missing zone and a missing access road', () => {
    const result = read('zone-empty.geojson');
    expect(result.ok === false && result.errors).toEqual([
      { file: 'zone-empty.geojson', code: 'zone-missing' },
      { file: 'zone-empty.geojson', code: 'access-road-missing' },
    ]);
  });

  it('allows a road centre line up to half its width + 5 m from the boundary, not further', () => {
    const json = fixtureJson('zone-good.geojson') as { features: { properties: Record<string, unknown>; geometry: { coordinates: number[][] } }[] };
    // Road at 4 m with width 3: limit 1.5 + 5 m, served. Moved 4 m further out (8 m): refused.
    json.features[1].properties.widthM = 3;
    expect(readZoneSite(json, 'z.geojson').ok).toBe(true);
    json.features[1].geometry.coordinates = json.features[1].geometry.coordinates.map(([x, y]) => [x, y + 4]);
    const far = readZoneSite(json, 'z.geojson');
    expect(far.ok === false && far.errors).toEqual([
      { file: 'z.geojson', code: 'access-road-not-touching', feature: 1, params: { distanceM: 8, limitM: 1.5 + ACCESS_ROAD_REACH_M } },
    ]);
  });

  it('measures line-to-ring distance on segments, not only corners, and 0 where they cross', () => {
    const ring = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]].map((p) => asPlane([E0 + p[0], N0 + p[1]]));
    const over = [[-5, 13], [15, 13]].map((p) => asPlane([E0 + p[0], N0 + p[1]]));
    expect(lineToRingDistanceM(over, ring)).toBeCloseTo(3, 9);
    const across = [[5, 5], [5, 20]].map((p) => asPlane([E0 + p[0], N0 + p[1]]));
    expect(lineToRingDistanceM(across, ring)).toBe(0);
  });

  it('rejects an unknown CRS before anything else', () => {
    const json = { ...(fixtureJson('zone-good.geojson') as object), crs: { type: 'name', properties: { name: 'EPSG:3857' } } };
    const result = readZoneSite(json, 'z.geojson');
    expect(result.ok === false && result.errors).toEqual([{ file: 'z.geojson', code: 'unknown-crs', params: { crs: 'EPSG:3857' } }]);
  });
});
