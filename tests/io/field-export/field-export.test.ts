// Field checks written as GeoJSON (VN-2000 and WGS84) and CSV, read back by GDAL (ogrinfo / ogr2ogr) and
// the WGS84 positions checked against PROJ (cs2cs EPSG:9209 → EPSG:4326), not against our own converter.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFieldChecksCsv, writeFieldChecksGeoJson, type FieldCheckRecord } from '../../../src/io/field-export';

const checks: FieldCheckRecord[] = [
  {
    id: 'c1', variantId: 'demo', plotCode: 'A-01', cornerNo: 1, kind: 'marker-moved',
    position: { easting: 592_756.646, northing: 2_306_382.38, accuracyM: 0.02, source: 'averaged', fixes: 12, spreadM: 0.01 },
    planned: { easting: 592_756.606, northing: 2_306_382.35 }, note: 'Lệch, ghi chú "có dấu phẩy, và ngoặc"', at: '2026-12-01T08:00:00.000Z',
    by: { name: 'Trần Thị B', role: 'field' }, deviceId: 'dev-1',
  },
  {
    id: 'c2', variantId: 'demo', plotCode: 'A-02', cornerNo: null, kind: 'building', position: null,
    buildingCorners: [0, 1, 2, 3].map((i) => ({ easting: 592_700 + (i === 1 || i === 2 ? 10 : 0), northing: 2_306_300 + (i >= 2 ? 10 : 0), accuracyM: 3, source: 'gps' as const })),
    note: null, at: '2026-12-01T09:00:00.000Z', by: { name: 'Trần Thị B', role: 'field' }, deviceId: 'dev-1',
  },
];

const dir = mkdtempSync(join(tmpdir(), 'phanlo-field-export-'));
const gdal = (args: string[]) => execFileSync(args[0], args.slice(1), { encoding: 'utf8' });

describe('field export', () => {
  it('GeoJSON in VN-2000: GDAL reads EPSG:9209, the point and the building polygon', () => {
    const path = join(dir, 'plane.geojson');
    writeFileSync(path, writeFieldChecksGeoJson(checks, { planeCrs: 'EPSG:9209', crs: 'plane' }));
    const info = gdal(['ogrinfo', '-al', '-so', path]);
    expect(info).toMatch(/Feature Count: 2/);
    expect(info).toMatch(/VN-2000 \/ TM-3 105-30|EPSG",\s*9209/);
    const out = JSON.parse(gdal(['ogr2ogr', '-f', 'GeoJSON', '/vsistdout/', path]));
    expect(out.features[0].geometry.coordinates).toEqual([592756.646, 2306382.38]);
    expect(out.features[0].properties.offsetCm).toBe(5); // √(0.04² + 0.03²) = 0.05 m
    expect(out.features[0].properties.offsetIndicative).toBe(false);
    expect(out.features[1].geometry.type).toBe('Polygon');
  });

  it('GeoJSON in WGS84 agrees with PROJ to 1 mm', () => {
    const path = join(dir, 'wgs.geojson');
    writeFileSync(path, writeFieldChecksGeoJson(checks, { planeCrs: 'EPSG:9209', crs: 'wgs84' }));
    const out = JSON.parse(gdal(['ogr2ogr', '-f', 'GeoJSON', '/vsistdout/', path]));
    const [lng, lat] = out.features[0].geometry.coordinates;
    const proj = execFileSync('cs2cs', ['-f', '%.10f', 'EPSG:9209', 'EPSG:4326'], { input: '592756.646 2306382.38\n', encoding: 'utf8' });
    const [projLat, projLng] = proj.trim().split(/\s+/).map(Number);
    expect(Math.abs(lat - projLat) * 111_000).toBeLessThan(0.001);
    expect(Math.abs(lng - projLng) * 104_000).toBeLessThan(0.001);
  });

  it('CSV: GDAL reads the header and the rows (X northing, Y easting; building corners as rows)', () => {
    const path = join(dir, 'checks.csv');
    writeFileSync(path, writeFieldChecksCsv(checks, { planeCrs: 'EPSG:9209', photoCounts: new Map([['c1', 2]]) }));
    const out = JSON.parse(gdal(['ogr2ogr', '-f', 'GeoJSON', '/vsistdout/', path]));
    const rows = out.features.map((f: { properties: Record<string, string> }) => f.properties);
    expect(rows).toHaveLength(1 + 1 + 4);
    expect(rows[0]).toMatchObject({ check_id: 'c1', x_vn2000: '2306382.380', y_vn2000: '592756.646', offset_cm: '5', offset_indicative: 'no', photos: '2' });
    expect(rows[0].note).toBe('Lệch, ghi chú "có dấu phẩy, và ngoặc"');
    expect(rows.slice(2).map((r: Record<string, string>) => r.building_corner)).toEqual(['1', '2', '3', '4']);
  });
});
