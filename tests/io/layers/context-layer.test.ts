import { describe, expect, it } from 'vitest';
import { readContextLayer } from '../../../src/io/layers';
import { fixtureJson } from './fixtures';

describe('readContextLayer', () => {
  it('reads roads, canals (line or area) and villages as typed plane features', () => {
    const result = readContextLayer(fixtureJson('context-good.geojson'), 'context-good.geojson', { planeCrs: 'EPSG:9209' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.map((f) => [f.properties.kind, f.properties.name, f.properties.widthM, f.geometry.type])).toEqual([
      ['road', 'ĐH.21', 6, 'LineString'],
      ['canal', 'Mương tiêu', null, 'LineString'],
      ['canal', 'Ao', null, 'Polygon'],
      ['village', 'Thôn Thượng Hải', null, 'Polygon'],
    ]);
  });

  it('reports an unknown kind and a road drawn as an area', () => {
    const result = readContextLayer(fixtureJson('context-broken.geojson'), 'context-broken.geojson');
    expect(result.ok === false && result.errors).toEqual([
      { file: 'context-broken.geojson', code: 'context-kind-unknown', feature: 0, field: 'kind', params: { kind: 'river' } },
      { file: 'context-broken.geojson', code: 'geometry-type', feature: 1, params: { expected: 'LineString', actual: 'Polygon' } },
    ]);
  });
});
