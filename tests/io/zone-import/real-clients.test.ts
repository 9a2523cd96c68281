/**
 * Zones of shapes that are not the demo (an irregular 9-gon of ~6 ha, an L, a zone with a pond, a 70 m
 * strip, a zone polygon without `role`, a road without widthM or name), in the files real clients write
 * (tests/fixtures/zone-import/real-clients/make-fixtures.sh: GDAL's GeoJSON in WGS84 and with the crs
 * member, KML, KMZ, DXF, zipped shapefile, QGIS's one-part MultiPolygon, Google Earth Pro's KML/KMZ with
 * folders, styles and 3D coordinates; a CSV of corners). Each is read by #/plan's reader and laid out
 * at once, with the plots and codes the command line's own reader (src/io/layers readZoneSite) gives
 * for the zone-format GeoJSON it was made from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout } from '../../../src/geo/layout';
import type { ZoneSite } from '../../../src/geo/zone-site';
import { readZoneSite } from '../../../src/io/layers';
import { readZoneFile } from '../../../src/io/zone-import';

const here = new URL('../../fixtures/zone-import/real-clients/', import.meta.url);
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, here)));

/** Plot code → area (m²), in layout order. */
function plotsOf(site: ZoneSite): [string, number][] {
  const layout = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS);
  if (!layout.ok) throw new Error(`the engine refused ${site.name}`);
  return layout.features.flatMap((f) => (f.properties.kind === 'plot' ? [[f.properties.code, f.properties.areaM2] as [string, number]] : []));
}

/** The command line's reading of the shape's zone-format file (the zone polygon given its role where the file has none). */
function expectedPlots(shape: string): [string, number][] {
  const json = JSON.parse(new TextDecoder().decode(bytesOf(`${shape}.vn2000.geojson`))) as { features: { properties: Record<string, unknown>; geometry: { type: string } }[] };
  for (const f of json.features) if (f.geometry.type === 'Polygon' && f.properties.role === undefined) f.properties.role = 'zone';
  const read = readZoneSite(json, `${shape}.vn2000.geojson`, { planeCrs: 'EPSG:9209' });
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return plotsOf(read.value);
}

// [file, shape it was made from, warnings the import must give]
const CASES: [string, string, string[]][] = [
  ['ninegon.vn2000.geojson', 'ninegon', []],
  ['ninegon.wgs84.geojson', 'ninegon', []],
  ['ninegon.kml', 'ninegon', []],
  ['ninegon.google-earth.kml', 'ninegon', ['access-road-width-assumed']],
  ['ninegon.dxf', 'ninegon', ['access-road-width-assumed', 'zone-crs-from-settings']],
  ['ell.wgs84.geojson', 'ell', []],
  ['ell.kmz', 'ell', []],
  ['ell-shp.zip', 'ell', []],
  ['ell.qgis-multi.geojson', 'ell', []],
  ['pond.vn2000.geojson', 'pond', []],
  ['pond.kml', 'pond', []],
  ['pond.google-earth.kmz', 'pond', ['access-road-width-assumed']],
  ['pond.dxf', 'pond', ['access-road-width-assumed', 'zone-crs-from-settings']],
  ['strip70.wgs84.geojson', 'strip70', []],
  ['strip70.kmz', 'strip70', []],
  ['strip70.csv', 'strip70', ['access-road-width-assumed', 'zone-crs-from-settings']],
  ['no-role.vn2000.geojson', 'no-role', ['zone-role-assumed']],
  ['no-role.wgs84.geojson', 'no-role', ['zone-role-assumed']],
  ['no-role-shp.zip', 'no-role', []],
  ['road-bare.vn2000.geojson', 'road-bare', ['access-road-width-assumed']],
  ['road-bare.wgs84.geojson', 'road-bare', ['access-road-width-assumed']],
  ['road-bare.csv', 'road-bare', ['access-road-width-assumed', 'zone-crs-from-settings']],
];

describe.each(CASES)('%s', (file, shape, warnings) => {
  it('is read whole, needs nothing marked, and lays out as the command line lays out its source', async () => {
    const result = await readZoneFile({ name: file, bytes: bytesOf(file) });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.needsMarking).toBe(false);
    expect(result.value.site.crs).toBe('EPSG:9209');
    expect((result.warnings ?? []).map((w) => w.code).sort()).toEqual(warnings);
    const expected = expectedPlots(shape);
    expect(expected.length).toBeGreaterThan(10);
    const actual = plotsOf(result.value.site);
    expect(actual.map(([code]) => code)).toEqual(expected.map(([code]) => code));
    // WGS84 files come back through proj4 within a millimetre or two of the plane corners.
    actual.forEach(([code, area], i) => expect(Math.abs(area - expected[i][1]), code).toBeLessThanOrEqual(0.2));
  });
});

describe('the pond is a hole in every format', () => {
  it.each(['pond.vn2000.geojson', 'pond.kml', 'pond.google-earth.kmz', 'pond.dxf'])('%s', async (file) => {
    const result = await readZoneFile({ name: file, bytes: bytesOf(file) });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.site.zone.length).toBe(2);
  });
});

describe("QGIS's one-part multi geometries", () => {
  it('are read by the command line as by #/plan: the same site as the plain Polygon / LineString file', () => {
    const parse = (name: string) => JSON.parse(new TextDecoder().decode(bytesOf(name))) as unknown;
    const multi = readZoneSite(parse('ell.qgis-multi.geojson'), 'ell.qgis-multi.geojson', { planeCrs: 'EPSG:9209' });
    const plain = readZoneSite(parse('ell.vn2000.geojson'), 'ell.vn2000.geojson', { planeCrs: 'EPSG:9209' });
    if (!multi.ok || !plain.ok) throw new Error(JSON.stringify(multi.ok ? [] : multi.errors));
    expect({ ...multi.value, source: '' }).toEqual({ ...plain.value, source: '' });
  });
});

describe('a road without widthM or name', () => {
  it('is read with no width, for the engine to assume one', async () => {
    const result = await readZoneFile({ name: 'road-bare.wgs84.geojson', bytes: bytesOf('road-bare.wgs84.geojson') });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.accessRoadWidthsM).toEqual([null]);
    expect(result.value.site).not.toHaveProperty('accessRoadWidthsM');
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'access-road-width-assumed', feature: 1, field: 'widthM', params: { assumedM: 7 } }));
  });

  it('is judged at the assumed width: 20 m off the zone it is refused, as the command line refuses it', async () => {
    const json = JSON.parse(new TextDecoder().decode(bytesOf('road-bare.vn2000.geojson'))) as { features: { geometry: { coordinates: number[][] } }[] };
    json.features[1].geometry.coordinates = json.features[1].geometry.coordinates.map(([e, n]) => [e, n - 20]);
    const bytes = new TextEncoder().encode(JSON.stringify(json));
    const result = await readZoneFile({ name: 'road-far.geojson', bytes });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toContain('access-road-not-touching');
    expect(readZoneSite(json, 'road-far.geojson', { planeCrs: 'EPSG:9209' }).ok).toBe(false);
  });
});
