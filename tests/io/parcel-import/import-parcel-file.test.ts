import { describe, expect, it } from 'vitest';
import { polygonAreaM2 } from '../../../src/geo/plane-measure';
import { readParcelLayer } from '../../../src/io/layers';
import { importParcelFile, type ImportParcelOptions, type ImportParcelResult } from '../../../src/io/parcel-import';
import { fixtureBytes, fixtureJson, projReference, REFERENCE_TRIANGLE } from '../layers/fixtures';

const open = (name: string, options: ImportParcelOptions = {}) => importParcelFile({ name, bytes: fixtureBytes(name) }, options);

/** Answers every question with the suggestion, as a user accepting the defaults would. */
function openAccepting(name: string, options: ImportParcelOptions = {}): { steps: string[]; result: ImportParcelResult } {
  const steps: string[] = [];
  let current = { ...options };
  for (;;) {
    const result = open(name, current);
    steps.push(result.kind);
    if (result.kind === 'needs-crs') current = { ...current, sourceCrs: result.suggestion ?? 'EPSG:9209' };
    else if (result.kind === 'needs-mapping') current = { ...current, mapping: JSON.parse(JSON.stringify(result.suggestion)) };
    else return { steps, result };
  }
}

function layerOf(result: ImportParcelResult) {
  if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
  return result.layer;
}

const demoParcels = () => {
  const read = readParcelLayer(fixtureJson('parcels-vn2000.geojson'), 'parcels-vn2000.geojson');
  if (!read.ok) throw new Error('fixture');
  return read.value.parcels;
};

describe('importParcelFile: the dialog steps', () => {
  it('our own GeoJSON opens at once', () => {
    const { steps, result } = openAccepting('parcels-vn2000.geojson');
    expect(steps).toEqual(['ok']);
    expect(layerOf(result).parcels).toEqual(demoParcels());
    expect(result.kind === 'ok' && [result.format, result.sourceCrs]).toEqual(['geojson', 'EPSG:9209']);
  });

  it('GeoJSON in metres without a crs member asks for the CRS, suggesting the project plane', () => {
    const first = open('parcels-vn2000-no-crs.geojson');
    expect(first).toMatchObject({ kind: 'needs-crs', format: 'geojson', suggestion: 'EPSG:9209' });
    expect(first.kind === 'needs-crs' && first.choices).toEqual(expect.arrayContaining(['EPSG:4326', 'EPSG:9209', 'EPSG:9210', 'vn2000:105']));
    const { steps, result } = openAccepting('parcels-vn2000-no-crs.geojson');
    expect(steps).toEqual(['needs-crs', 'ok']);
    expect(layerOf(result).parcels).toEqual(demoParcels());
  });

  it('a ViLIS shapefile with .prj asks only for the mapping, and proposes SHBANDO, SHTHUA, KHLOAIDAT, TENCHU, DIENTICH', () => {
    const first = open('shp-vilis-vn2000.zip');
    if (first.kind !== 'needs-mapping') throw new Error(first.kind);
    expect(first.sourceCrs).toBe('EPSG:9209');
    expect(first.suggestion).toEqual({
      sheetNo: 'SHBANDO', parcelNo: 'SHTHUA', landUseCode: 'KHLOAIDAT', landUser: 'TENCHU', registeredAreaM2: 'DIENTICH',
    });
    expect(first.fields.find((f) => f.name === 'TENCHU')).toEqual({
      name: 'TENCHU', kind: 'text', samples: ['Nguyễn Văn An', 'Trần Thị Bình', 'Phạm Đức Cường'],
    });
    expect(first.fields.find((f) => f.name === 'DIENTICH')?.kind).toBe('number');
    const { steps, result } = openAccepting('shp-vilis-vn2000.zip');
    expect(steps).toEqual(['needs-mapping', 'ok']);
    expect(layerOf(result).parcels).toEqual(demoParcels());
    expect(layerOf(result).name).toBe('thua_dat');
  });

  it('a shapefile without .prj asks for the CRS first, then the mapping', () => {
    const { steps, result } = openAccepting('shp-no-prj.zip');
    expect(steps).toEqual(['needs-crs', 'needs-mapping', 'ok']);
    expect(layerOf(result).parcels).toEqual(demoParcels());
  });

  it('converts into the project plane it is given', () => {
    const { result } = openAccepting('shp-vilis-vn2000.zip', { planeCrs: 'EPSG:9210' });
    expect(layerOf(result).crs).toBe('EPSG:9210');
    expect(layerOf(result).parcels[0].polygon[0][0][0]).toBeLessThan(570000);
  });

  it('a CSV corner table from a Vietnamese Excel (";", decimal commas, BOM): CRS, mapping, parcels', () => {
    const first = open('corners-vn2000-semicolon.csv');
    expect(first).toMatchObject({ kind: 'needs-crs', format: 'csv', suggestion: 'EPSG:9209' });
    const second = open('corners-vn2000-semicolon.csv', { sourceCrs: 'EPSG:9209' });
    expect(second.kind === 'needs-mapping' && second.suggestion).toEqual({
      sheetNo: 'Số tờ', parcelNo: 'Số thửa', landUseCode: 'Loại đất', landUser: 'Chủ sử dụng', registeredAreaM2: 'Diện tích',
      cornerNo: 'Điểm', x: 'X (m)', y: 'Y (m)',
    });
    const { result } = openAccepting('corners-vn2000-semicolon.csv');
    expect(layerOf(result).parcels).toEqual(demoParcels().slice(0, 2));
  });

  it('a CSV of latitudes and longitudes: suggests WGS84 and projects as PROJ does', () => {
    expect(open('corners-latlon.csv')).toMatchObject({ kind: 'needs-crs', suggestion: 'EPSG:4326' });
    const { result } = openAccepting('corners-latlon.csv');
    const ring = layerOf(result).parcels[0].polygon[0];
    for (const [lat, lon] of REFERENCE_TRIANGLE) {
      const { easting, northing } = projReference('EPSG:9209', lat, lon);
      expect(Math.min(...ring.map((p) => Math.hypot(p[0] - easting, p[1] - northing)))).toBeLessThan(0.002);
    }
  });

  it('GeoJSON with the user\'s own property names needs the mapping step', () => {
    const json = fixtureJson('parcels-vn2000.geojson') as { features: { properties: Record<string, unknown> }[] };
    for (const f of json.features) {
      const p = f.properties;
      f.properties = { SoTo: p.sheetNo, SoThua: p.parcelNo, LoaiDat: p.landUseCode, ChuSuDung: p.landUser };
    }
    const bytes = new TextEncoder().encode(JSON.stringify(json));
    const first = importParcelFile({ name: 'thua.geojson', bytes });
    if (first.kind !== 'needs-mapping') throw new Error(first.kind);
    const done = importParcelFile({ name: 'thua.geojson', bytes }, { mapping: first.suggestion });
    expect(layerOf(done).parcels.map((p) => [p.id, p.landUser, p.registeredAreaM2])).toEqual([
      ['12/101', 'Nguyễn Văn An', null], ['12/102', 'Trần Thị Bình', null], ['12/103', 'Phạm Đức Cường', null], ['13/7', '', null],
    ]);
  });
});

describe('importParcelFile: what cannot be opened, and why', () => {
  it('DGN is recognised and refused with its own code', () => {
    expect(open('ban-do-dia-chinh.dgn')).toEqual({
      kind: 'error', ok: false, warnings: [], errors: [{ file: 'ban-do-dia-chinh.dgn', code: 'dgn-not-supported' }],
    });
  });

  it('a loose .shp, an unknown format, an empty file', () => {
    const shp = importParcelFile({ name: 'thua.shp', bytes: new Uint8Array([0, 0, 39, 10]) });
    expect(shp.kind === 'error' && shp.errors).toEqual([{ file: 'thua.shp', code: 'shapefile-not-zipped' }]);
    const unknown = importParcelFile({ name: 'ban-ve.xyz', bytes: new Uint8Array([1, 2, 3, 0]) });
    expect(unknown.kind === 'error' && unknown.errors).toEqual([{ file: 'ban-ve.xyz', code: 'format-unknown', params: { extension: 'xyz' } }]);
    const empty = importParcelFile({ name: 'a.geojson', bytes: new Uint8Array() });
    expect(empty.kind === 'error' && empty.errors[0].code).toBe('file-empty');
  });

  it('a VN-2000 UTM .prj is an unknown CRS, named as the .prj names it', () => {
    expect(open('shp-utm.zip')).toMatchObject({
      kind: 'error', errors: [{ file: 'shp-utm.zip', code: 'unknown-crs', params: { crs: 'VN_2000_UTM_KT_105_30_mui_3' } }],
    });
  });

  it('an answer that is no CRS is an error too', () => {
    expect(open('shp-no-prj.zip', { sourceCrs: 'EPSG:3857' })).toMatchObject({
      kind: 'error', errors: [{ code: 'unknown-crs', params: { crs: 'EPSG:3857' } }],
    });
  });

  it('a broken corner table: every error with row, column and the parcel (tờ/thửa) of the row', () => {
    const { steps, result } = openAccepting('corners-broken.csv');
    expect(steps).toEqual(['needs-crs', 'needs-mapping', 'error']);
    expect(result.kind === 'error' && result.errors).toEqual([
      { file: 'corners-broken.csv', code: 'value-not-number', row: 6, parcelId: '12/103', field: 'X', params: { target: 'x', value: '2306340.0o' } },
      { file: 'corners-broken.csv', code: 'parcel-too-few-corners', row: 9, parcelId: '12/104', params: { id: '12/104', corners: 2 } },
      {
        file: 'corners-broken.csv', code: 'coordinates-out-of-range', row: 11, parcelId: '12/105', field: 'X',
        params: { cause: 'swapped-axes', coordinates: 'X 592730, Y 2306300', count: 4, crs: 'EPSG:9209', id: '12/105' },
      },
      {
        file: 'corners-broken.csv', code: 'parcel-attribute-conflict', row: 17, parcelId: '13/7', field: 'LoaiDat',
        params: { id: '13/7', target: 'landUseCode', value: 'DTL', firstValue: 'DGT', first: 15 },
      },
    ]);
  });

  it('a mapping that leaves out a required field, or names a field the file lacks', () => {
    const mapping = { sheetNo: null, parcelNo: 'SHTHUA', landUseCode: 'LOAI', landUser: 'TENCHU', registeredAreaM2: null };
    expect(open('shp-vilis-vn2000.zip', { mapping })).toEqual({
      kind: 'error', ok: false, warnings: [],
      errors: [
        { file: 'shp-vilis-vn2000.zip', code: 'mapping-field-required', params: { target: 'sheetNo' } },
        { file: 'shp-vilis-vn2000.zip', code: 'mapping-field-unknown', field: 'LOAI', params: { target: 'landUseCode', source: 'LOAI' } },
      ],
    });
    const csv = open('corners-vn2000-semicolon.csv', { sourceCrs: 'EPSG:9209', mapping: { ...mapping, sheetNo: 'Số tờ', parcelNo: 'Số thửa', landUseCode: 'Loại đất', landUser: null, x: 'X (m)' } });
    expect(csv.kind === 'error' && csv.errors).toEqual([{ file: 'corners-vn2000-semicolon.csv', code: 'mapping-field-required', params: { target: 'y' } }]);
  });

  it('a null shape is a feature without geometry, at its index', () => {
    const { result } = openAccepting('shp-null-shape.zip');
    expect(result.kind === 'error' && result.errors).toEqual([{ file: 'shp-null-shape.zip', code: 'geometry-missing', feature: 1, parcelId: '12/102' }]);
  });

  it('keeps the hole of a parcel read from a shapefile', () => {
    const { result } = openAccepting('shp-tcvn3.zip');
    const parcel = layerOf(result).parcels.find((p) => p.id === '12/103')!;
    expect(parcel.polygon).toHaveLength(2);
    expect(polygonAreaM2(parcel.polygon)).toBe(1580);
  });
});
