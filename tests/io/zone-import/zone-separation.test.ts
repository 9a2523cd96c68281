/**
 * The `separation` role (an edge where the district accepts a public road or canal as the 2.5.2
 * separation, with the strip width `stripM` kept there) in every zone format. The KML, KMZ, DXF and
 * shapefile files were written by GDAL's ogr2ogr from zone-separation.geojson
 * (tests/fixtures/zone-import/separation/make-fixtures.sh): files a real client writes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateLayout, DEFAULT_LAYOUT_PARAMETERS } from '../../../src/geo/layout';
import { readZoneSite, zoneSiteToGeoJson } from '../../../src/io/layers';
import { readZoneFile } from '../../../src/io/zone-import';
import { roleOfName, separationOfName } from '../../../src/io/zone-import/zone-roles';

const here = new URL('../../fixtures/zone-import/separation/', import.meta.url);
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, here)));
const read = (name: string) => readZoneFile({ name, bytes: bytesOf(name) }, { planeCrs: 'EPSG:9209' });

/** The source's two separation lines: the canal 2 m east of the east edge (5 m kept), the village road on the north edge (no width given). */
const CANAL = [[592844.67, 2306254.7], [592880.561, 2306413.4]];
const VILLAGE_ROAD = [[592878.561, 2306413.85], [592780.58, 2306458.862]];

function expectNear(actual: readonly (readonly number[])[], expected: readonly (readonly number[])[], toleranceM: number) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((p, i) => {
    expect(Math.abs(p[0] - expected[i][0])).toBeLessThanOrEqual(toleranceM);
    expect(Math.abs(p[1] - expected[i][1])).toBeLessThanOrEqual(toleranceM);
  });
}

describe.each([
  ['zone-separation.geojson', 1e-9],
  ['zone.kml', 0.0015],
  ['zone-libkml.kml', 0.0015],
  ['zone.kmz', 0.0015],
  ['zone.dxf', 1e-9],
  ['zone-shp.zip', 1e-9],
  ['zone.csv', 1e-9],
] as const)('%s', (file, toleranceM) => {
  it('reads both separation lines with their strip widths, 0 m with a warning where none is given', async () => {
    const result = await read(file);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const marks = [...(result.value.site.separationEdges ?? [])].sort((a, b) => b.stripM - a.stripM);
    expect(marks.map((m) => m.stripM)).toEqual([5, 0]);
    expectNear(marks[0].line, CANAL, toleranceM);
    expectNear(marks[1].line, VILLAGE_ROAD, toleranceM);
    const assumed = result.warnings.filter((w) => w.code === 'separation-strip-assumed');
    expect(assumed).toHaveLength(1);
    expect(assumed[0]).toMatchObject({ field: 'stripM', params: { assumedM: 0, requiredM: 10 } });
    expect(result.value.site.accessRoads).toHaveLength(1);
    expect(result.value.needsMarking).toBe(false);
  });
});

describe('separation lines in the layout', () => {
  it('make 2.5.2 fail on the imported zone, naming the east and north-east sides', async () => {
    const result = await read('zone-shp.zip');
    if (!result.ok) throw new Error('unreadable');
    const layout = generateLayout(result.value.site, DEFAULT_LAYOUT_PARAMETERS);
    if (!layout.ok) throw new Error(JSON.stringify(layout.errors));
    const check = layout.landUse.checks.find((c) => c.rule === 'isolation-strip-min')!;
    expect(check.pass).toBe(false);
    expect(check.actual).toBe(0);
    // Edge lengths from the corners by hand: east √(35.891² + 158.676²), north-east √(97.981² + 45.012²).
    expect([...check.edges!].sort((a, b) => a.side.localeCompare(b.side))).toEqual([
      { side: 'east', lengthM: Math.round(Math.hypot(35.891, 158.676) * 10) / 10, stripM: 5 },
      { side: 'north-east', lengthM: Math.round(Math.hypot(97.981, 45.012) * 10) / 10, stripM: 0 },
    ]);
  });
});

describe('names and values', () => {
  it('reads a width in a layer or folder name', () => {
    expect(separationOfName('separation-5')).toEqual({ stripM: 5 });
    expect(separationOfName('Phân cách 2,5m')).toEqual({ stripM: 2.5 });
    expect(separationOfName('SEPARATION_0M')).toEqual({ stripM: 0 });
    expect(separationOfName('duong-5')).toBeNull();
    expect(roleOfName('Phân cách 7.5 m')).toBe('separation');
    expect(roleOfName('kênh phân cách')).toBe('separation');
  });

  it('refuses a stripM that is no width, naming the feature and field, and writes nothing', async () => {
    const text = new TextDecoder().decode(bytesOf('zone-separation.geojson')).replace('"stripM":5', '"stripM":"năm"');
    const result = await readZoneFile({ name: 'bad.geojson', bytes: new TextEncoder().encode(text) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(expect.objectContaining({ feature: 2, field: 'stripM', code: 'value-not-number' }));
  });
});

describe('the command line zone reader', () => {
  it('reads the role and stripM, and writes them back', () => {
    const json = JSON.parse(new TextDecoder().decode(bytesOf('zone-separation.geojson')));
    const read = readZoneSite(json, 'zone-separation.geojson');
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.value.separationEdges?.map((m) => m.stripM)).toEqual([5, 0]);
    expect(read.warnings).toContainEqual(expect.objectContaining({ code: 'separation-strip-assumed', feature: 3, field: 'stripM' }));
    const back = zoneSiteToGeoJson(read.value, { target: 'plane' } as never);
    const lines = back.features.filter((f) => f.properties.role === 'separation');
    expect(lines.map((f) => f.properties.stripM)).toEqual([5, 0]);
  });
});
