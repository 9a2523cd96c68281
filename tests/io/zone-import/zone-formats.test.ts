/**
 * Every zone format gives the same ZoneSite as the GeoJSON it was made from. The KML, KMZ, DXF and
 * shapefile fixtures were written by GDAL's ogr2ogr (tests/fixtures/zone-import/make-fixtures.sh), so
 * the readers are checked against files a real client writes, not against our own writer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanePoint } from '../../../src/geo/coordinates';
import { readZoneFile, type ImportedZone } from '../../../src/io/zone-import';

const here = new URL('../../fixtures/zone-import/', import.meta.url);
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, here)));
const read = (name: string) => readZoneFile({ name, bytes: bytesOf(name) });
const sourceFile = new URL('../../../public/geo/dong-doc-zone.geojson', import.meta.url);

async function source(): Promise<ImportedZone> {
  const result = await readZoneFile({ name: 'dong-doc-zone.geojson', bytes: new Uint8Array(readFileSync(sourceFile)) });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** Corner by corner, at most `toleranceM` apart in easting and northing. */
function expectSameLine(actual: readonly PlanePoint[], expected: readonly PlanePoint[], toleranceM: number, what: string) {
  expect(actual.length, what).toBe(expected.length);
  actual.forEach((p, i) => {
    expect(Math.abs(p[0] - expected[i][0]), `${what} corner ${i + 1} easting`).toBeLessThanOrEqual(toleranceM);
    expect(Math.abs(p[1] - expected[i][1]), `${what} corner ${i + 1} northing`).toBeLessThanOrEqual(toleranceM);
  });
}

// Plane files keep the millimetre coordinates exactly. WGS84 files went through GDAL's EPSG:9209 →
// 4326 and come back through our proj4: the two implementations agree to within the last millimetre.
const EXACT = 1e-9;
const VIA_WGS84 = 0.0015;

describe.each([
  ['zone.kml', VIA_WGS84, 8],
  ['zone-libkml.kml', VIA_WGS84, 8],
  ['zone.kmz', VIA_WGS84, 8],
  ['zone.dxf', EXACT, null],
  ['zone-shp.zip', EXACT, 8],
  ['zone.csv', EXACT, null],
] as const)('%s', (file, toleranceM, widthM) => {
  it('gives the ZoneSite of the GeoJSON it was made from, corner by corner', async () => {
    const expected = await source();
    const result = await read(file);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { site } = result.value;
    expect(site.crs).toBe('EPSG:9209');
    expect(site.zone.length).toBe(expected.site.zone.length);
    site.zone.forEach((ring, r) => expectSameLine(ring, expected.site.zone[r], toleranceM, `ring ${r + 1}`));
    expect(site.accessRoads.length).toBe(1);
    expectSameLine(site.accessRoads[0], expected.site.accessRoads[0], toleranceM, 'access road');
    expect(site.residentialEdges.length).toBe(1);
    expectSameLine(site.residentialEdges[0], expected.site.residentialEdges[0], toleranceM, 'residential edge');
    expect(result.value.accessRoadWidthsM).toEqual([widthM]);
    // …and travels with the site the planner stores, so drawings write it back.
    expect(site.accessRoadWidthsM ?? [null]).toEqual([widthM]);
    expect(result.value.unmarkedLines).toEqual([]);
    expect(result.value.needsMarking).toBe(false);
  });
});

describe('files without a coordinate system', () => {
  it.each(['zone.dxf', 'zone.csv'])('%s is read in the plane of Settings, and says so', async (file) => {
    const result = await readZoneFile({ name: file, bytes: bytesOf(file) }, { planeCrs: 'EPSG:9209' });
    expect(result.ok).toBe(true);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'zone-crs-from-settings', params: expect.objectContaining({ meridian: '105°30′' }) }));
  });
});

describe('missing roles', () => {
  it('takes the only polygon as the zone and returns the lines as unmarked', async () => {
    const expected = await source();
    const result = await read('zone-unmarked.kml');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expectSameLine(result.value.site.zone[0], expected.site.zone[0], VIA_WGS84, 'zone');
    expect(result.value.site.accessRoads).toEqual([]);
    expect(result.value.unmarkedLines.map((l) => l.at)).toEqual([{ feature: 1 }, { feature: 2 }]);
    expect(result.value.needsMarking).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['zone-role-assumed', 'zone-roles-unmarked']));
  });
});

describe('bad files are refused, naming where', () => {
  it('a KML cut short', async () => {
    const result = await read('zone-broken.kml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ file: 'zone-broken.kml', code: 'xml-invalid' }]);
  });

  it('a DXF with no closed polyline', async () => {
    const result = await read('zone-no-polygon.dxf');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.code)).toEqual(['dxf-no-closed-polyline']);
  });

  it('two polygons, neither marked', async () => {
    const result = await read('zone-two-unmarked.kml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.objectContaining({ code: 'zone-polygons-unmarked', params: { count: 2, features: '0, 1' } })]);
  });

  it('a zone whose boundary crosses itself, by feature and edges', async () => {
    const result = await read('zone-self-intersecting.dxf');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContainEqual(expect.objectContaining({ code: 'polygon-self-intersection', feature: 0 }));
    }
  });

  it('an unknown role in a role attribute, naming the feature and field', async () => {
    const text = readFileSync(sourceFile, 'utf8').replace('"role":"residential"', '"role":"houses"');
    const result = await readZoneFile({ name: 'z.geojson', bytes: new TextEncoder().encode(text) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ file: 'z.geojson', code: 'site-role-unknown', feature: 2, field: 'role', params: { role: 'houses' } }]);
  });

  it('a file of no format we read', async () => {
    const result = await readZoneFile({ name: 'zone.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.code)).toEqual(['zone-format-unknown']);
  });
});
