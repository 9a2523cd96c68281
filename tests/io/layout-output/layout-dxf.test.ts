import { describe, expect, it } from 'vitest';
import type { PlanePolygon } from '../../../src/geo/plane-measure';
import { dxfLayerName, writeLayoutDxf } from '../../../src/io/layout-output/layout.dxf';
import { readDxf } from './dxf-reader';
import { expectGolden } from './golden';
import { SAMPLE_LAYOUT } from './sample-layout';

describe('writeLayoutDxf', () => {
  const text = writeLayoutDxf(SAMPLE_LAYOUT);
  const dxf = readDxf(text);

  it('matches the golden file tests/fixtures/cli/sample-layout.dxf byte for byte', () => {
    expectGolden('sample-layout.dxf', text);
  });

  it('is AutoCAD R12 (AC1009) ASCII with a header comment naming the axes', () => {
    expect(dxf.pairs[0]).toEqual([999, 'phanlo layout, VN-2000 plane EPSG:9209, metres: DXF X = easting, DXF Y = northing']);
    expect(dxf.sections).toEqual(['HEADER', 'TABLES', 'ENTITIES']);
    const version = dxf.pairs.findIndex(([c, v]) => c === 9 && v === '$ACADVER');
    expect(dxf.pairs[version + 1]).toEqual([1, 'AC1009']);
    expect(text).not.toContain('LWPOLYLINE');
    expect(/^[\x20-\x7e\r\n]*$/.test(text)).toBe(true);
  });

  it('declares one coloured layer per kind, and every entity is on a declared layer', () => {
    expect([...dxf.layers.keys()]).toEqual(['PLOT', 'BUILDABLE', 'ROAD', 'GREEN', 'FACILITY', 'ROAD-CENTRELINE', 'PLOT_LABEL']);
    expect(new Set(dxf.layers.values()).size).toBeGreaterThan(4);
    for (const entity of dxf.entities) expect(dxf.layers.has(dxf.valueOf(entity, 8)!)).toBe(true);
    expect(dxfLayerName('road centre/line')).toBe('ROAD_CENTRE_LINE');
  });

  it('draws every ring as a closed POLYLINE in plane metres (X = easting), holes on the same layer', () => {
    const polylines = dxf.entities.filter((e) => e.type === 'POLYLINE');
    const expected = SAMPLE_LAYOUT.features.flatMap((feature) => {
      const layer = dxfLayerName(String(feature.properties.kind));
      if (feature.geometry.type === 'LineString') return [{ layer, closed: '0', vertices: feature.geometry.coordinates.map((p) => [p[0], p[1]]) }];
      return (feature.geometry.coordinates as PlanePolygon).map((ring) => ({
        layer, closed: '1', vertices: ring.slice(0, -1).map((p) => [p[0], p[1]]),
      }));
    });
    expect(polylines.map((p) => ({ layer: dxf.valueOf(p, 8), closed: dxf.valueOf(p, 70), vertices: p.vertices }))).toEqual(expected);
    expect(polylines.filter((p) => dxf.valueOf(p, 8) === 'GREEN')).toHaveLength(2);
  });

  it('labels each plot with its code and area at its centroid', () => {
    const texts = dxf.entities.filter((e) => e.type === 'TEXT');
    expect(texts.map((t) => dxf.valueOf(t, 1))).toEqual(['A-01', '800.0 m2', 'A-02', '812.5 m2']);
    const code = texts[0];
    expect(Number(dxf.valueOf(code, 11))).toBeCloseTo(592710, 3);
    expect(Number(dxf.valueOf(code, 21))).toBeCloseTo(2306320 + 1.75, 3);
    expect(texts.every((t) => dxf.valueOf(t, 8) === 'PLOT_LABEL')).toBe(true);
  });

  it('escapes text that is not ASCII the AutoCAD way', () => {
    const layout = {
      ...SAMPLE_LAYOUT,
      features: [{ ...SAMPLE_LAYOUT.features[0], properties: { kind: 'plot', code: 'Lô\n1', areaM2: 1 } }],
    };
    const texts = readDxf(writeLayoutDxf(layout)).entities.filter((e) => e.type === 'TEXT');
    expect(texts[0].pairs.find(([c]) => c === 1)?.[1]).toBe('L\\U+00F4 1');
  });

  it('has extents around every coordinate', () => {
    const at = (name: string) => {
      const i = dxf.pairs.findIndex(([c, v]) => c === 9 && v === name);
      return [Number(dxf.pairs[i + 1][1]), Number(dxf.pairs[i + 2][1])];
    };
    expect(at('$EXTMIN')).toEqual([592660, 2306287]);
    expect(at('$EXTMAX')).toEqual([592740.5, 2306342.5]);
  });
});
