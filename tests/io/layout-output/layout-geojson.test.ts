import { describe, expect, it } from 'vitest';
import { asPlane, planeProjection } from '../../../src/geo/coordinates';
import type { PlaneFeature } from '../../../src/geo/plane-feature';
import type { PlanePolygon } from '../../../src/geo/plane-measure';
import { writeLayoutGeoJson } from '../../../src/io/layout-output/layout.geojson';
import { previousAsWritten, readPreviousLayout } from '../../../src/io/layout-output/previous-layout';
import reference from '../../fixtures/coordinates/proj-reference.json';
import { expectGolden } from './golden';
import { SAMPLE_LAYOUT } from './sample-layout';

describe('writeLayoutGeoJson', () => {
  const text = writeLayoutGeoJson(SAMPLE_LAYOUT);

  it('matches the golden file tests/fixtures/cli/sample-layout.geojson byte for byte', () => {
    expectGolden('sample-layout.geojson', text);
  });

  it('is deterministic', () => {
    expect(writeLayoutGeoJson(SAMPLE_LAYOUT)).toBe(text);
  });

  it('is a WGS84 FeatureCollection with the phanlo member and the features\' own properties', () => {
    const json = JSON.parse(text);
    expect(json.type).toBe('FeatureCollection');
    expect(json.crs).toBeUndefined();
    expect(json.phanlo).toEqual({
      crs: 'EPSG:9209',
      parameters: SAMPLE_LAYOUT.parameters,
      landUse: SAMPLE_LAYOUT.landUse,
      warnings: SAMPLE_LAYOUT.warnings,
    });
    expect(json.features.map((f: { properties: unknown }) => f.properties)).toEqual(
      SAMPLE_LAYOUT.features.map((f) => f.properties),
    );
    const [lng, lat] = json.features[0].geometry.coordinates[0][0];
    expect(lng).toBeCloseTo(106.3926, 3);
    expect(lat).toBeCloseTo(20.8472, 3);
  });

  it('writes every coordinate with 9 decimals', () => {
    const numbers = text.match(/"coordinates":[^}]*/g)!.join('').match(/-?\d+\.\d+/g)!;
    expect(numbers.length).toBeGreaterThan(50);
    for (const n of numbers) expect(n).toMatch(/^\d{2,3}\.\d{9}$/);
  });

  it('writes WGS84 that agrees with PROJ to about 0.1 mm (the exact inverse of the forward projection)', () => {
    for (const c of reference.cases.filter((r) => ['EPSG:9209', 'EPSG:9210', 'EPSG:9213'].includes(r.crs))) {
      const [lng, lat] = planeProjection(c.crs).toLngLat([c.easting, c.northing]);
      // cs2cs printed 0.1 mm; 2e-9 degrees is about 0.2 mm on the ground.
      expect(Math.abs(lng - c.lon)).toBeLessThan(2e-9);
      expect(Math.abs(lat - c.lat)).toBeLessThan(2e-9);
    }
  });

  it('writes an empty layout as an empty FeatureCollection', () => {
    expect(JSON.parse(writeLayoutGeoJson({ ...SAMPLE_LAYOUT, features: [] })).features).toEqual([]);
  });
});

describe('readPreviousLayout', () => {
  /** Corners off the 1 mm grid on purpose, so the test sees the round-trip error itself. */
  const odd = (e: number, n: number) => asPlane([592_700.123456 + e, 2_306_300.654321 + n]);
  const plots: PlaneFeature[] = Array.from({ length: 12 }, (_, i) => ({
    properties: { kind: 'plot', code: `B-${String(i + 1).padStart(2, '0')}`, areaM2: 600 },
    geometry: {
      type: 'Polygon',
      coordinates: [[odd(i * 20, 0), odd(i * 20 + 20, 0.37), odd(i * 20 + 19.71, 30.2), odd(i * 20, 30), odd(i * 20, 0)]],
    },
  }));

  it('gives back the plane geometry of every plot to well under 1 mm (9 decimals)', () => {
    const text = writeLayoutGeoJson({ ...SAMPLE_LAYOUT, features: [...SAMPLE_LAYOUT.features, ...plots] });
    const result = readPreviousLayout(JSON.parse(text), 'layout.geojson');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.crs).toBe('EPSG:9209');
    expect(result.value.plots.map((p) => p.code)).toEqual(['A-01', 'A-02', ...plots.map((p) => p.properties.code)]);
    let worst = 0;
    for (const [i, plot] of plots.entries()) {
      const original = (plot.geometry.coordinates as PlanePolygon)[0];
      const back = result.value.plots[i + 2].polygon[0];
      expect(back).toHaveLength(original.length);
      back.forEach((p, j) => {
        worst = Math.max(worst, Math.hypot(p[0] - original[j][0], p[1] - original[j][1]));
      });
    }
    expect(worst).toBeLessThan(0.0002);
  });

  it('previousAsWritten gives the plots the written file gives back, to the last bit (the browser\'s next run is the command line\'s)', () => {
    const features = [...SAMPLE_LAYOUT.features, ...plots];
    const read = readPreviousLayout(JSON.parse(writeLayoutGeoJson({ ...SAMPLE_LAYOUT, features })), 'layout.geojson');
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const asWritten = previousAsWritten(features as never, 'EPSG:9209');
    expect(asWritten).toEqual(read.value.plots);
    // And not the corners in memory: those are up to 0.1 mm away, enough to fall across the 1 mm grid.
    expect(asWritten[2].polygon[0]).not.toEqual((plots[0].geometry.coordinates as PlanePolygon)[0]);
  });

  it('converts to another plane when asked', () => {
    const text = writeLayoutGeoJson(SAMPLE_LAYOUT);
    const result = readPreviousLayout(JSON.parse(text), 'layout.geojson', { planeCrs: 'vn2000:105.75' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.crs).toBe('EPSG:9210');
    const corner = result.value.plots[0].polygon[0][0];
    const expected = planeProjection('EPSG:9210').toPlane(planeProjection('EPSG:9209').toLngLat([592700, 2306300]));
    expect(Math.hypot(corner[0] - expected[0], corner[1] - expected[1])).toBeLessThan(0.0002);
  });

  it('refuses files that are not phanlo layouts, and bad plots, naming the feature', () => {
    expect(readPreviousLayout({ type: 'FeatureCollection', features: [] }, 'x.geojson')).toEqual({
      ok: false, errors: [{ file: 'x.geojson', code: 'not-a-layout' }],
    });
    expect(readPreviousLayout({ type: 'FeatureCollection', phanlo: { crs: 'EPSG:3857' }, features: [] }, 'x.geojson'))
      .toMatchObject({ ok: false, errors: [{ code: 'unknown-crs', field: 'phanlo.crs' }] });
    const json = JSON.parse(writeLayoutGeoJson(SAMPLE_LAYOUT));
    json.features[1].properties.code = 'A-01';
    json.features[2].properties = { kind: 'plot' };
    json.features[3].properties = { kind: 'plot', code: 'Z-9' };
    json.features[3].geometry = { type: 'Point', coordinates: [106, 20] };
    const result = readPreviousLayout(json, 'x.geojson');
    expect(result.ok || result.errors).toEqual([
      { file: 'x.geojson', feature: 1, field: 'code', code: 'duplicate-code', params: { code: 'A-01', first: 0 } },
      { file: 'x.geojson', feature: 2, field: 'code', code: 'missing-code' },
      { file: 'x.geojson', feature: 3, field: 'geometry', code: 'bad-geometry', params: { code: 'Z-9' } },
    ]);
  });
});
