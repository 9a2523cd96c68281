// Coordinates too coarse for areas to 0.1 m²: the rule (coordinate-precision.ts) checked against a
// Monte Carlo of corner rounding, and the import of GDAL's own WGS84 exports of a VN-2000 file
// (tests/fixtures/import/gdal/make-gdal-fixtures.sh: ogr2ogr default 7 decimals, and 9 decimals).
import { describe, expect, it } from 'vitest';
import { asPlane } from '../../../src/geo/coordinates';
import { polygonAreaM2, type PlanePolygon } from '../../../src/geo/plane-measure';
import { catalogue } from '../../../src/i18n/catalogue';
import '../../../src/i18n/import-dialog-messages'; // the import dialog's words, loaded with it
import { describeImportIssue } from '../../../src/i18n/messages/import';
import { translate } from '../../../src/i18n/translate';
import {
  coordinateQuantumM, decimalsOf, decimalsOfText, likelyAreaErrorM2, precisionShortfall,
} from '../../../src/io/layers/coordinate-precision';
import { importParcelFile, type FieldMapping } from '../../../src/io/parcel-import';
import { fixtureBytes } from './fixtures';

const VILIS: FieldMapping = { sheetNo: 'SHBANDO', parcelNo: 'SHTHUA', landUseCode: 'KHLOAIDAT', landUser: 'TENCHU', registeredAreaM2: 'DIENTICH' };
const rectangle = (w: number, h: number): PlanePolygon =>
  [[[0, 0], [w, 0], [w, h], [0, h], [0, 0]].map(([e, n]) => asPlane([592700 + e, 2306300 + n]))];

function imported(name: string) {
  const result = importParcelFile({ name, bytes: fixtureBytes(`gdal/${name}`) }, { mapping: VILIS });
  if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
  return result;
}

describe('the precision a file writes', () => {
  it('counts decimals as written', () => {
    expect([106.3926437, 20.8472433, 592700, 592700.5, 1e-7, 106.392926].map(decimalsOf)).toEqual([7, 7, 0, 1, 7, 6]);
    expect(decimalsOfText('2306300,000', ',')).toBe(3);
    expect(decimalsOfText('2306300', ',')).toBe(0);
    expect(decimalsOfText(' 592700.25 ', '.')).toBe(2);
  });

  it('a unit of the 7th decimal of a degree is about 1.1 cm; of the 3rd of a metre, 1 mm', () => {
    expect(coordinateQuantumM(7, 'geographic')).toBeCloseTo(0.0111, 4);
    expect(coordinateQuantumM(3, 'plane')).toBeCloseTo(0.001, 9);
  });
});

describe('the likely area error of rounded corners', () => {
  it('matches a Monte Carlo of corners rounded to the grid (seeded), within 10 %', () => {
    const polygon = rectangle(30, 58);
    const quantumM = coordinateQuantumM(7, 'geographic');
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const exact = polygonAreaM2(polygon);
    const errors: number[] = [];
    for (let trial = 0; trial < 4000; trial++) {
      const ring = polygon[0].slice(0, 4).map(([e, n]) => asPlane([e + (random() - 0.5) * quantumM, n + (random() - 0.5) * quantumM]));
      errors.push(polygonAreaM2([[...ring, ring[0]]]) - exact);
    }
    const sigma = Math.sqrt(errors.reduce((s, e) => s + e * e, 0) / errors.length);
    expect(likelyAreaErrorM2(polygon, quantumM)).toBeGreaterThan(2 * sigma * 0.9);
    expect(likelyAreaErrorM2(polygon, quantumM)).toBeLessThan(2 * sigma * 1.1);
    expect(likelyAreaErrorM2(polygon, quantumM)).toBeCloseTo(0.42, 2);
  });

  it('warns from 7 decimals of a degree, not at 9, not for millimetres or whole metres in a plane', () => {
    const parcels = [{ id: '12/43', polygon: rectangle(30, 58) }];
    expect(precisionShortfall(parcels, 7, 'geographic')).toEqual({ decimals: 7, quantumCm: 1.113, errorM2: 0.42, id: '12/43', count: 1 });
    expect(precisionShortfall(parcels, 8, 'geographic')).toBeNull();
    expect(precisionShortfall(parcels, 9, 'geographic')).toBeNull();
    expect(precisionShortfall(parcels, 3, 'plane')).toBeNull();
    expect(precisionShortfall(parcels, 0, 'plane')).toBeNull();
    expect(precisionShortfall(parcels, 2, 'plane')).toMatchObject({ decimals: 2, id: '12/43' });
    // A large parcel feels the 8th decimal (1.1 mm) too.
    expect(precisionShortfall([{ id: '1/1', polygon: rectangle(80, 80) }], 8, 'geographic')).toMatchObject({ decimals: 8 });
  });
});

describe('importing GDAL’s WGS84 exports of a VN-2000 file', () => {
  const source = imported('parcels-vn2000-source.geojson');
  const areaOf = (result: ReturnType<typeof imported>, id: string) => polygonAreaM2(result.layer.parcels.find((p) => p.id === id)!.polygon);

  it('7 decimals (GDAL’s default): imported, with a warning that says how coarse and how much', () => {
    const coarse = imported('parcels-wgs84-gdal-7-decimals.geojson');
    expect(coarse.warnings).toEqual([{
      file: 'parcels-wgs84-gdal-7-decimals.geojson', code: 'coordinates-too-coarse',
      params: { decimals: 7, quantumCm: 1.113, errorM2: 0.7, id: '13/8', count: 5 },
    }]);
    // Why: the areas really moved, by more than the 0.05 m² that changes a value to 0.1 m².
    expect(Math.abs(areaOf(coarse, '12/43') - areaOf(source, '12/43'))).toBeGreaterThan(0.05);
    const t = (key: string, params?: Record<string, string | number>) => translate(catalogue, 'vi', key, params);
    const text = describeImportIssue(coarse.warnings[0], t, 'vi');
    expect(text).toContain('7 chữ số thập phân');
    expect(text).toContain('±0,7 m²');
    expect(text).toContain('ogr2ogr -lco COORDINATE_PRECISION=9');
  });

  it('9 decimals: no warning, and the areas of the VN-2000 file to 0.01 m²', () => {
    const fine = imported('parcels-wgs84-gdal-9-decimals.geojson');
    expect(fine.warnings).toEqual([]);
    for (const p of source.layer.parcels) expect(Math.abs(areaOf(fine, p.id) - areaOf(source, p.id))).toBeLessThan(0.01);
    expect(source.warnings).toEqual([]);
  });

  it('a corner CSV in VN-2000 centimetres warns; the same in millimetres does not', () => {
    const csv = (digits: number) => {
      const rows = [[0, 0], [30, 0], [30, 58], [0, 58]].map(([e, n], i) =>
        `12;43;${i + 1};${(2306300.1234 + n).toFixed(digits).replace('.', ',')};${(592700.5678 + e).toFixed(digits).replace('.', ',')};LUC`);
      return new TextEncoder().encode(['SoTo;SoThua;Diem;X;Y;LoaiDat', ...rows].join('\n'));
    };
    const mapping: FieldMapping = { ...VILIS, sheetNo: 'SoTo', parcelNo: 'SoThua', landUseCode: 'LoaiDat', landUser: null, registeredAreaM2: null, cornerNo: 'Diem', x: 'X', y: 'Y' };
    const open = (digits: number) => importParcelFile({ name: 'goc.csv', bytes: csv(digits) }, { sourceCrs: 'EPSG:9209', mapping });
    expect(open(2)).toMatchObject({ kind: 'ok', warnings: [{ code: 'coordinates-too-coarse', params: { decimals: 2, id: '12/43' } }] });
    expect(open(3)).toMatchObject({ kind: 'ok', warnings: [] });
  });
});
