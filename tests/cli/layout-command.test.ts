/**
 * `phanlo layout` in-process, on the real zone reader and layout engine, with files in memory.
 * (tests/cli/phanlo.test.ts spawns the real command once more end to end.)
 */
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { realLayoutEngine } from '../../src/cli/real-layout-engine';
import { planeProjection } from '../../src/geo/coordinates';
import { fakeIo } from './fake-io';

const ZONE_TEXT = readFileSync(new URL('../fixtures/cli/zone-vn2000.geojson', import.meta.url), 'utf8');
const ZONE = JSON.parse(ZONE_TEXT);

/** The same zone in WGS84 without a `crs` member (RFC 7946), 9 decimals. */
function wgs84Zone(): string {
  const projection = planeProjection('EPSG:9209');
  const toLngLat = (p: number[]) => projection.toLngLat([p[0], p[1]]).map((d) => Number(d.toFixed(9)));
  const features = ZONE.features.map((f: { geometry: { type: string; coordinates: number[][] | number[][][] } }) => ({
    ...f,
    geometry: {
      type: f.geometry.type,
      coordinates: f.geometry.type === 'Polygon'
        ? (f.geometry.coordinates as number[][][]).map((ring) => ring.map(toLngLat))
        : (f.geometry.coordinates as number[][]).map(toLngLat),
    },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

function run(args: string[], files: Record<string, string> = {}) {
  const io = fakeIo({ 'zone.geojson': ZONE_TEXT, ...files });
  const status = main(args, { io, engine: realLayoutEngine });
  return { status, out: io.out, err: io.err, files: io.files };
}

interface OutFeature { properties: Record<string, unknown> }

describe('phanlo layout (real engine)', () => {
  const first = run(['layout', 'zone.geojson']);
  const json = JSON.parse(first.out);

  it('writes a GeoJSON layout in WGS84 with the phanlo member, plots with codes and areas', () => {
    expect(first.status).toBe(0);
    expect(json.type).toBe('FeatureCollection');
    expect(json.phanlo.crs).toBe('EPSG:9209');
    expect(json.phanlo.parameters.mainRoadWidthM).toBe(13);
    expect(json.phanlo.landUse).toBeDefined();
    const kinds = new Set(json.features.map((f: OutFeature) => f.properties.kind));
    for (const kind of ['plot', 'buildable', 'road', 'green', 'facility']) expect(kinds).toContain(kind);
    const plots = json.features.filter((f: OutFeature) => f.properties.kind === 'plot');
    expect(plots.length).toBeGreaterThan(5);
    for (const plot of plots) {
      expect(plot.properties.code).toMatch(/^[A-Z]+-\d+$/);
      expect(plot.properties.areaM2).toBeGreaterThan(0);
    }
    const [lng, lat] = plots[0].geometry.coordinates[0][0];
    expect(lng).toBeCloseTo(106.392, 2);
    expect(lat).toBeCloseTo(20.847, 2);
  });

  it('prints the engine\'s warnings on stderr and still succeeds', () => {
    expect(first.err).toMatch(/^phanlo: warning: /m);
    expect(first.err).not.toMatch(/^phanlo: (?!warning)/m);
  });

  it('gives byte-identical output for the same input, and keeps every code with --previous of itself', () => {
    expect(run(['layout', 'zone.geojson']).out).toBe(first.out);
    const again = run(['layout', 'zone.geojson', '--previous', 'before.geojson'], { 'before.geojson': first.out });
    expect(again.status).toBe(0);
    expect(again.out).toBe(first.out);
  });

  it('keeps the codes of plots that did not move when the zone grows, given --previous', () => {
    const grown = structuredClone(ZONE);
    const ring = grown.features[0].geometry.coordinates[0];
    for (const i of [0, 3, 4]) ring[i][0] -= 40;
    grown.features[2].geometry.coordinates[1][0] -= 40;
    const files = { 'grown.geojson': JSON.stringify(grown), 'before.geojson': first.out };
    type Plot = { code: string; polygon: Feature<Polygon> };
    const plotsOf = (text: string): Plot[] => JSON.parse(text).features
      .filter((f: OutFeature) => f.properties.kind === 'plot')
      .map((f: OutFeature & { geometry: Polygon }) => ({ code: String(f.properties.code), polygon: turf.feature(f.geometry) }));
    // The same plot, moved at most a little (the engine's rule for keeping a code: ≥ 90 % overlap).
    const same = (a: Plot, b: Plot) => {
      const both = turf.intersect(turf.featureCollection([a.polygon, b.polygon]));
      const inter = both ? turf.area(both) : 0;
      return inter / (turf.area(a.polygon) + turf.area(b.polygon) - inter) >= 0.9;
    };
    const before = plotsOf(first.out);
    const withPrevious = plotsOf(run(['layout', 'grown.geojson', '--previous', 'before.geojson'], files).out);
    const without = plotsOf(run(['layout', 'grown.geojson'], files).out);
    const pairs = withPrevious.flatMap((q) => before.filter((b) => same(q, b)).map((b) => ({ now: q, then: b })));
    expect(pairs.length).toBeGreaterThan(2);
    for (const { now, then } of pairs) expect(now.code).toBe(then.code);
    // With --previous no other plot takes an old code; without it, the natural numbering renumbers the
    // same plots or gives old codes to other plots: the option is what keeps them.
    const reused = (plots: Plot[]) => plots.some((q) => before.some((b) => b.code === q.code && !same(q, b)));
    expect(reused(withPrevious)).toBe(false);
    const renumbered = without.flatMap((q) => before.filter((b) => same(q, b)).map((b) => q.code !== b.code));
    expect(renumbered.some(Boolean) || reused(without)).toBe(true);
  });

  it('writes every format byte-identically for the same input', () => {
    for (const format of ['dxf', 'kml', 'csv']) {
      expect(run(['layout', 'zone.geojson', '--format', format]).out).toBe(run(['layout', 'zone.geojson', '--format', format]).out);
    }
  });

  it('reads a WGS84 zone into EPSG:9209 by default, or the plane --crs names', () => {
    const wgs84 = run(['layout', 'wgs84.geojson'], { 'wgs84.geojson': wgs84Zone() });
    expect(wgs84.err).not.toMatch(/^phanlo: (?!warning)/m);
    expect(wgs84.status).toBe(0);
    expect(JSON.parse(wgs84.out).phanlo.crs).toBe('EPSG:9209');
    const other = run(['layout', 'wgs84.geojson', '--crs', 'vn2000:105.75'], { 'wgs84.geojson': wgs84Zone() });
    expect(other.status).toBe(0);
    expect(JSON.parse(other.out).phanlo.crs).toBe('EPSG:9210');
  });

  it('merges --params over the defaults', () => {
    const result = run(['layout', 'zone.geojson', '--params', 'p.json'], { 'p.json': '{"mainRoadWidthM": 15, "fireSeparationM": 6}' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.out).phanlo.parameters).toMatchObject({ mainRoadWidthM: 15, fireSeparationM: 6, branchRoadWidthM: 10 });
  });

  it('refuses unknown parameter names and bad values, all at once, naming file and field; nothing on stdout', () => {
    const result = run(['layout', 'zone.geojson', '--params', 'p.json'], {
      'p.json': '{"mainRoadWidth": 15, "greenBufferM": "ten", "minFrontageM": 5}',
    });
    expect(result.status).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain('phanlo: p.json: field "mainRoadWidth": unknown parameter (known: mainRoadWidthM, ');
    expect(result.err).toContain('phanlo: p.json: field "greenBufferM": ');
    expect(result.err.split('\n').filter((line) => line.startsWith('phanlo: p.json')).length).toBe(2);
    const illegal = run(['layout', 'zone.geojson', '--params', 'p.json'], { 'p.json': '{"minFrontageM": 10}' });
    expect(illegal.status).toBe(1);
    expect(illegal.err).toContain('p.json: field "minFrontageM"');
    expect(run(['layout', 'zone.geojson', '--params', 'p.json'], { 'p.json': '[1]' }).err)
      .toContain('p.json: expected a JSON object');
  });

  it('writes dxf, kml and the csv corner table; --out writes the file and nothing on stdout', () => {
    const dxf = run(['layout', 'zone.geojson', '--format', 'dxf']);
    expect(dxf.status).toBe(0);
    expect(dxf.out).toContain('AC1009');
    const kml = run(['layout', 'zone.geojson', '--format', 'kml']);
    expect(kml.out).toContain('<kml xmlns="http://www.opengis.net/kml/2.2">');
    expect(kml.out).toContain('<name>cli-test-zone</name>');
    const csv = run(['layout', 'zone.geojson', '--format', 'csv', '--out', 'corners.csv']);
    expect(csv.status).toBe(0);
    expect(csv.out).toBe('');
    const table = csv.files.get('corners.csv')!;
    expect(table.startsWith('plot_code,point_no,x,y,edge_length_m\r\nA-01,1,')).toBe(true);
  });

  it('names the file and the problem for bad zones, never a half layout', () => {
    const missing = run(['layout', 'nowhere.geojson']);
    expect([missing.status, missing.out, missing.err]).toEqual([1, '', 'phanlo: nowhere.geojson: cannot read the file: no such file\n']);
    const notJson = run(['layout', 'bad.geojson'], { 'bad.geojson': '{"type": ' });
    expect(notJson.status).toBe(1);
    expect(notJson.err).toMatch(/^phanlo: bad\.geojson: not valid JSON: /);
    const noRoad = { ...ZONE, features: ZONE.features.filter((f: OutFeature) => f.properties.role !== 'access-road') };
    const road = run(['layout', 'z.geojson'], { 'z.geojson': JSON.stringify(noRoad) });
    expect([road.status, road.out]).toEqual([1, '']);
    expect(road.err).toContain('phanlo: z.geojson: There is no access road (a feature with role "access-road").');
    const bowTie = structuredClone(ZONE);
    const ring = bowTie.features[0].geometry.coordinates[0];
    [ring[1], ring[2]] = [ring[2], ring[1]];
    const crossed = run(['layout', 'z.geojson'], { 'z.geojson': JSON.stringify(bowTie) });
    expect([crossed.status, crossed.out]).toEqual([1, '']);
    expect(crossed.err).toMatch(/^phanlo: z\.geojson: .*(crosses itself|self-intersection)/m);
  });

  it('takes a zone file\'s only polygon without a role as the zone, with a warning (a QGIS layer with no attributes)', () => {
    const withoutRole = { ...ZONE, features: ZONE.features.map((f: OutFeature, i: number) => (i === 0 ? { ...f, properties: {} } : f)) };
    const marked = run(['layout', 'zone.geojson']);
    const taken = run(['layout', 'z.geojson'], { 'z.geojson': JSON.stringify(withoutRole) });
    expect(taken.status).toBe(0);
    expect(taken.out).toBe(marked.out);
    expect(taken.err).toContain('phanlo: warning: z.geojson: feature 0: No feature has role "zone": the only area in the file is taken as the zone boundary.');

    // The polygon alone, as QGIS exports one drawn polygon: the zone is taken and the road is asked for.
    const polygonOnly = { type: 'FeatureCollection', crs: ZONE.crs, features: [{ ...ZONE.features[0], properties: {} }] };
    const alone = run(['layout', 'p.geojson'], { 'p.geojson': JSON.stringify(polygonOnly) });
    expect([alone.status, alone.out]).toEqual([1, '']);
    expect(alone.err.split('\n').filter(Boolean)).toEqual([
      'phanlo: warning: p.geojson: feature 0: No feature has role "zone": the only area in the file is taken as the zone boundary.',
      'phanlo: p.geojson: There is no access road (a feature with role "access-road").',
    ]);
  });

  it('names every role when a feature has none or an unknown one', () => {
    const roles = ['zone', 'access-road', 'residential', 'separation', 'entrance'];
    const unknown = { ...ZONE, features: ZONE.features.map((f: OutFeature, i: number) => (i === 2 ? { ...f, properties: { role: 'homes-side' } } : f)) };
    const noRole = { ...ZONE, features: ZONE.features.map((f: OutFeature, i: number) => (i === 2 ? { ...f, properties: {} } : f)) };
    const wrong = run(['layout', 'z.geojson'], { 'z.geojson': JSON.stringify(unknown) });
    const missing = run(['layout', 'z.geojson'], { 'z.geojson': JSON.stringify(noRole) });
    expect([wrong.status, missing.status]).toEqual([1, 1]);
    expect(wrong.err).toContain('feature 2, field "role": Role “homes-side” is not valid; expected zone, access-road, residential, separation or entrance.');
    expect(missing.err).toContain('feature 2, field "role": The feature has no role (attribute role); expected zone, access-road, residential, separation or entrance.');
    for (const role of roles) expect(wrong.err).toContain(role);
  });

  it('refuses a --previous file that is not a phanlo layout', () => {
    const result = run(['layout', 'zone.geojson', '--previous', 'old.geojson'], { 'old.geojson': ZONE_TEXT });
    expect([result.status, result.out]).toEqual([1, '']);
    expect(result.err).toContain('phanlo: old.geojson: not a layout written by phanlo');
  });

  it('reports a file it cannot write', () => {
    const result = run(['layout', 'zone.geojson', '--out', '/no-such-dir/x.geojson']);
    expect(result.status).toBe(1);
    expect(result.err).toContain('/no-such-dir/x.geojson: cannot write the file: no such file');
  });
});
