import { describe, expect, it } from 'vitest';
import type { PlanePoint } from '../../../src/geo/coordinates';
import { polygonAreaM2, ringSignedAreaM2 } from '../../../src/geo/plane-measure';
import { readParcelLayer } from '../../../src/io/layers';
import { E0, fixtureJson, N0, projReference, REFERENCE_TRIANGLE } from './fixtures';

const read = (name: string, planeCrs = 'EPSG:9209') => readParcelLayer(fixtureJson(name), name, { planeCrs });

function valueOf(name: string, planeCrs?: string) {
  const result = read(name, planeCrs);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result;
}

/** The corner of `ring` nearest to `target`, and how far it is (m). */
function nearest(ring: readonly PlanePoint[], target: readonly [number, number]): number {
  return Math.min(...ring.map((p) => Math.hypot(p[0] - target[0], p[1] - target[1])));
}

describe('readParcelLayer: our own format', () => {
  it('reads every parcel with its attributes, in EPSG:9209, named from the file', () => {
    const { value, warnings } = valueOf('parcels-vn2000.geojson');
    expect(warnings).toEqual([]);
    expect(value.crs).toBe('EPSG:9209');
    expect(value.name).toBe('parcels-vn2000');
    expect(value.source).toMatch(/illustrative/);
    expect(value.parcels.map((p) => [p.id, p.sheetNo, p.parcelNo, p.landUseCode, p.landUser, p.registeredAreaM2])).toEqual([
      ['12/101', 12, 101, 'LUC', 'Nguyễn Văn An', 1200],
      ['12/102', 12, 102, 'BHK', 'Trần Thị Bình', null],
      ['12/103', 12, 103, 'ONT', 'Phạm Đức Cường', 1580.5],
      ['13/7', 13, 7, 'DGT', '', null],
    ]);
    expect(value.parcels.map((p) => polygonAreaM2(p.polygon))).toEqual([1200, 1000, 1580, 570]);
  });

  it('turns outer rings counter-clockwise and holes clockwise, closed, whatever the file wrote', () => {
    const { value } = valueOf('parcels-vn2000.geojson');
    for (const parcel of value.parcels) {
      expect(ringSignedAreaM2(parcel.polygon[0])).toBeGreaterThan(0);
      for (const hole of parcel.polygon.slice(1)) expect(ringSignedAreaM2(hole)).toBeLessThan(0);
      for (const ring of parcel.polygon) expect(ring[0]).toEqual(ring[ring.length - 1]);
    }
    // 12/102 is clockwise in the file: same corners, other order.
    const written = (fixtureJson('parcels-vn2000.geojson') as { features: { geometry: { coordinates: number[][][] } }[] })
      .features[1].geometry.coordinates[0];
    expect(ringSignedAreaM2(written as unknown as PlanePoint[])).toBeLessThan(0);
    expect(new Set(value.parcels[1].polygon[0].map((p) => p.join()))).toEqual(new Set(written.map((p) => p.join())));
    expect(value.parcels[2].polygon).toHaveLength(2);
  });

  it('projects WGS84 (no crs member) to 105°30′ as PROJ does, to the millimetre', () => {
    const { value } = valueOf('parcels-wgs84-proj-reference.geojson');
    const ring = value.parcels[0].polygon[0];
    expect(ring).toHaveLength(4);
    for (const [lat, lon] of REFERENCE_TRIANGLE) {
      const { easting, northing } = projReference('EPSG:9209', lat, lon);
      expect(nearest(ring, [easting, northing])).toBeLessThan(0.002);
    }
  });

  it('converts VN-2000 105°45′ (PROJ values) to 105°30′ as PROJ does', () => {
    const { value } = valueOf('parcels-105-45-proj-reference.geojson');
    const ring = value.parcels[0].polygon[0];
    for (const [lat, lon] of REFERENCE_TRIANGLE) {
      const { easting, northing } = projReference('EPSG:9209', lat, lon);
      expect(nearest(ring, [easting, northing])).toBeLessThan(0.003);
    }
  });

  it('brings the 105°45′ copy of the parcels back onto the 105°30′ originals (round trip, < 3 mm)', () => {
    const original = valueOf('parcels-vn2000.geojson').value.parcels;
    const converted = valueOf('parcels-vn2000-105-45.geojson').value.parcels;
    expect(converted.map((p) => p.id)).toEqual(original.map((p) => p.id));
    converted.forEach((parcel, i) => {
      parcel.polygon.forEach((ring, r) => ring.forEach((p, k) => {
        const o = original[i].polygon[r][k];
        expect(Math.hypot(p[0] - o[0], p[1] - o[1])).toBeLessThan(0.003);
      }));
    });
  });

  it('reads into another plane when asked: 105°30′ data as 105°45′', () => {
    const in9210 = valueOf('parcels-vn2000.geojson', 'EPSG:9210').value;
    const reference = valueOf('parcels-vn2000-105-45.geojson', 'EPSG:9210').value;
    expect(in9210.crs).toBe('EPSG:9210');
    expect(Math.hypot(in9210.parcels[0].polygon[0][0][0] - reference.parcels[0].polygon[0][0][0],
      in9210.parcels[0].polygon[0][0][1] - reference.parcels[0].polygon[0][0][1])).toBeLessThan(0.002);
    expect(in9210.parcels[0].polygon[0][0][0]).not.toBeCloseTo(E0, 0);
  });
});

describe('readParcelLayer: broken files say what and where', () => {
  const file = (name: string) => ({ file: name });

  it('swapped X/Y: the feature, the first bad position and the cause', () => {
    expect(read('parcels-swapped-xy.geojson')).toEqual({
      ok: false,
      warnings: [],
      errors: [{
        ...file('parcels-swapped-xy.geojson'), code: 'coordinates-out-of-range', feature: 1, parcelId: '12/102',
        params: { cause: 'swapped-axes', coordinates: `${N0}, ${E0 + 30}`, count: 5, crs: 'EPSG:9209' },
      }],
    });
  });

  it('a WGS84 file declared as VN-2000, and a VN-2000 file with no crs member', () => {
    const declared = read('parcels-wgs84-declared-vn2000.geojson');
    expect(declared.ok === false && declared.errors).toEqual([{
      ...file('parcels-wgs84-declared-vn2000.geojson'), code: 'coordinates-out-of-range', feature: 0, parcelId: '5/1',
      params: { cause: 'degrees-in-plane-file', coordinates: '106.39, 20.845', count: 4, crs: 'EPSG:9209' },
    }]);
    const noCrs = read('parcels-vn2000-no-crs.geojson');
    expect(noCrs.ok === false && noCrs.errors.map((e) => [e.code, e.feature, e.params?.cause, e.params?.crs])).toEqual([
      ['coordinates-out-of-range', 0, 'metres-in-wgs84-file', 'EPSG:4326'],
      ['coordinates-out-of-range', 1, 'metres-in-wgs84-file', 'EPSG:4326'],
      ['coordinates-out-of-range', 2, 'metres-in-wgs84-file', 'EPSG:4326'],
      ['coordinates-out-of-range', 3, 'metres-in-wgs84-file', 'EPSG:4326'],
    ]);
  });

  it('bow tie: names the crossing edges (1-based, edge k from corner k to k+1)', () => {
    const result = read('parcels-bow-tie.geojson');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({
      ...file('parcels-bow-tie.geojson'), code: 'polygon-self-intersection', feature: 1, parcelId: '12/102', params: { ring: 1, edgeA: 1, edgeB: 3 },
    });
    expect(new Set(result.errors.map((e) => e.feature))).toEqual(new Set([1]));
  });

  it('duplicate sheet/parcel: reported at the later feature with the earlier one', () => {
    expect(read('parcels-duplicate-ids.geojson')).toEqual({
      ok: false,
      warnings: [],
      errors: [{ ...file('parcels-duplicate-ids.geojson'), code: 'duplicate-parcel', feature: 2, parcelId: '12/101', params: { id: '12/101', first: 0 } }],
    });
  });

  it('missing and malformed properties: every one, with feature and field', () => {
    const result = read('parcels-missing-property.geojson');
    expect(result.ok === false && result.errors).toEqual([
      { file: 'parcels-missing-property.geojson', code: 'value-missing', feature: 0, parcelId: '12/101', field: 'landUseCode', params: { target: 'landUseCode', value: '' } },
      { file: 'parcels-missing-property.geojson', code: 'value-not-integer', feature: 1, field: 'sheetNo', params: { target: 'sheetNo', value: '12a' } },
      { file: 'parcels-missing-property.geojson', code: 'value-not-integer', feature: 2, field: 'parcelNo', params: { target: 'parcelNo', value: '103.5' } },
      { file: 'parcels-missing-property.geojson', code: 'land-use-code-invalid', feature: 2, field: 'landUseCode', params: { target: 'landUseCode', value: 'Đất ở' } },
      { file: 'parcels-missing-property.geojson', code: 'value-not-number', feature: 3, parcelId: '13/7', field: 'registeredAreaM2', params: { target: 'registeredAreaM2', value: 'nhiều' } },
    ]);
  });

  it('an unknown CRS, and still the attribute errors of the same file (validation is whole)', () => {
    expect(read('parcels-unknown-crs.geojson')).toEqual({
      ok: false,
      warnings: [],
      errors: [{ file: 'parcels-unknown-crs.geojson', code: 'unknown-crs', params: { crs: 'urn:ogc:def:crs:EPSG::3405' } }],
    });
    const json = fixtureJson('parcels-unknown-crs.geojson') as { features: { properties: Record<string, unknown> }[] };
    json.features[0].properties.landUseCode = 'lúa nước';
    const both = readParcelLayer(json, 'x.geojson');
    expect(both.ok === false && both.errors.map((e) => e.code)).toEqual(['unknown-crs', 'land-use-code-invalid']);
  });

  it('multipart: slivers are dropped with a warning, two real parts are an error', () => {
    const result = read('parcels-multipart.geojson');
    expect(result).toEqual({
      ok: false,
      errors: [{ file: 'parcels-multipart.geojson', code: 'parcel-multipart', feature: 1, parcelId: '12/102', params: { parts: 2, areasM2: '1000.0 + 570.0' } }],
      warnings: [{ file: 'parcels-multipart.geojson', code: 'multipart-slivers-dropped', feature: 0, parcelId: '12/101', params: { parts: 2, droppedAreaM2: 0.3 } }],
    });
    const json = fixtureJson('parcels-multipart.geojson') as { features: unknown[] };
    json.features = json.features.slice(0, 1);
    const kept = readParcelLayer(json, 'sliver.geojson');
    expect(kept.ok && polygonAreaM2(kept.value.parcels[0].polygon)).toBe(1200);
    expect(kept.ok && kept.warnings.map((w) => w.code)).toEqual(['multipart-slivers-dropped']);
  });

  it('a small but real second part (4 m², 0.3 % of the parcel) is not a sliver', () => {
    const square = (e: number, n: number, side: number) =>
      [[[e, n], [e + side, n], [e + side, n + side], [e, n + side], [e, n]]];
    const json = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:9209' } }, features: [{
      type: 'Feature',
      properties: { sheetNo: 1, parcelNo: 1, landUseCode: 'LUC' },
      geometry: { type: 'MultiPolygon', coordinates: [square(E0, N0, 35), square(E0 + 50, N0, 2)] },
    }] };
    const result = readParcelLayer(json, 'm.geojson');
    expect(result.ok === false && result.errors).toEqual([
      { file: 'm.geojson', code: 'parcel-multipart', feature: 0, parcelId: '1/1', params: { parts: 2, areasM2: '1225.0 + 4.0' } },
    ]);
  });

  it('not a FeatureCollection, a Point parcel, an empty layer, a non-feature', () => {
    expect(readParcelLayer({ type: 'Feature' }, 'a.geojson')).toEqual({
      ok: false, warnings: [], errors: [{ file: 'a.geojson', code: 'not-a-feature-collection' }],
    });
    const point = { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { sheetNo: 1, parcelNo: 1, landUseCode: 'LUC' }, geometry: { type: 'Point', coordinates: [106.39, 20.85] } },
      { type: 'Thing' },
    ] };
    const result = readParcelLayer(point, 'b.geojson');
    expect(result.ok === false && result.errors).toEqual([
      { file: 'b.geojson', code: 'geometry-type', feature: 0, parcelId: '1/1', params: { expected: 'Polygon, MultiPolygon', actual: 'Point' } },
      { file: 'b.geojson', code: 'feature-invalid', feature: 1 },
    ]);
    const empty = readParcelLayer({ type: 'FeatureCollection', features: [] }, 'c.geojson');
    expect(empty.ok === false && empty.errors.map((e) => e.code)).toEqual(['layer-empty']);
  });
});
