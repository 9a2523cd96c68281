/**
 * `phanlo layout` as a shell, on a stand-in engine: usage errors, parameter merging and checking,
 * --previous handed to the engine, formats and --out. Independent of the real engine's geometry.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LayoutEnginePort } from '../../src/cli/layout-engine';
import { main } from '../../src/cli/main';
import type { ZoneSite } from '../../src/domain/site';
import { writeLayoutGeoJson } from '../../src/io/layout-output/layout.geojson';
import type { PreviousLayout } from '../../src/io/layout-output/previous-layout';
import { SAMPLE_LAYOUT } from '../io/layout-output/sample-layout';
import { fakeIo } from './fake-io';

const SAMPLE_GEOJSON = readFileSync(new URL('../fixtures/cli/sample-layout.geojson', import.meta.url), 'utf8');

function stubEngine() {
  const calls: { site: ZoneSite; parameters: unknown; previous?: PreviousLayout; givenParameters?: readonly string[] }[] = [];
  const engine: LayoutEnginePort = {
    defaultParameters: { mainRoadWidthM: 13, greenBufferM: 10 },
    zoneFileCrs: (json) => ((json as { crs?: string }).crs === 'vn' ? 'EPSG:9210' : 'EPSG:4326'),
    validateParameters: (value) => {
      const p = value as { mainRoadWidthM: unknown };
      return typeof p.mainRoadWidthM === 'number' && p.mainRoadWidthM >= 3.5
        ? { ok: true, value }
        : { ok: false, errors: [{ field: 'mainRoadWidthM', code: 'too-small', params: { min: 3.5 } }] };
    },
    readZoneSite: (json, fileName, { planeCrs }) =>
      (json as { bad?: boolean }).bad
        ? { ok: false, errors: [{ file: fileName, feature: 2, field: 'role', code: 'site-role-unknown', params: { role: 'pond' } }] }
        : { ok: true, value: { name: 'stub', source: '', crs: planeCrs, zone: [], accessRoads: [], residentialEdges: [], entrance: null } },
    generateLayout: (site, parameters, options) => {
      calls.push({ site, parameters, previous: options.previous, givenParameters: options.givenParameters });
      return { ok: true, ...SAMPLE_LAYOUT, parameters, warnings: [{ code: 'kerb-radius-below-2.9.3.2', params: { radiusM: 6, requiredM: 8 } }] };
    },
  };
  return { engine, calls };
}

function run(args: string[], files: Record<string, string> = {}) {
  const io = fakeIo({ 'zone.geojson': '{}', ...files });
  const { engine, calls } = stubEngine();
  const status = main(args, { io, engine });
  return { status, out: io.out, err: io.err, files: io.files, calls };
}

describe('phanlo layout as a shell', () => {
  it('hands the engine the defaults, EPSG:9209 for a WGS84 file, and writes its result', () => {
    const result = run(['layout', 'zone.geojson']);
    expect(result.status).toBe(0);
    expect(result.calls).toHaveLength(1);
    expect(result.calls[0].site.crs).toBe('EPSG:9209');
    expect(result.calls[0].parameters).toEqual({ mainRoadWidthM: 13, greenBufferM: 10 });
    expect(result.calls[0].previous).toBeUndefined();
    expect(result.out).toBe(writeLayoutGeoJson({
      ...SAMPLE_LAYOUT,
      parameters: { mainRoadWidthM: 13, greenBufferM: 10 },
      warnings: [{ code: 'kerb-radius-below-2.9.3.2', params: { radiusM: 6, requiredM: 8 } }],
    }));
    // Warnings in the words of the app's catalogue (src/i18n/messages/layout.ts).
    expect(result.err).toBe('phanlo: warning: The kerb radius at junctions, 6 m, is below 8 m (QCVN 01:2021/BXD 2.9.3.2).\n');
  });

  it('keeps the zone file\'s own VN-2000 plane, unless --crs says otherwise', () => {
    expect(run(['layout', 'zone.geojson'], { 'zone.geojson': '{"crs": "vn"}' }).calls[0].site.crs).toBe('EPSG:9210');
    expect(run(['layout', 'zone.geojson', '--crs', 'EPSG:9211']).calls[0].site.crs).toBe('EPSG:9211');
  });

  it('merges --params over the defaults; unknown names and bad values are all reported, and nothing runs', () => {
    const ok = run(['layout', 'zone.geojson', '--params', 'p.json'], { 'p.json': '{"greenBufferM": 12}' });
    expect(ok.calls[0].parameters).toEqual({ mainRoadWidthM: 13, greenBufferM: 12 });
    // Only the fields the file gives count as the user's (the engine may scale the others to the zone).
    expect(ok.calls[0].givenParameters).toEqual(['greenBufferM']);
    expect(run(['layout', 'zone.geojson']).calls[0].givenParameters).toEqual([]);
    const bad = run(['layout', 'zone.geojson', '--params', 'p.json'], { 'p.json': '{"mainRoadWidthM": 2, "roadWidth": 9}' });
    expect([bad.status, bad.out, bad.calls.length]).toEqual([1, '', 0]);
    expect(bad.err).toBe(
      'phanlo: p.json: field "roadWidth": unknown parameter (known: mainRoadWidthM, greenBufferM)\n' +
      'phanlo: p.json: field "mainRoadWidthM": mainRoadWidthM is below the allowed minimum (3.5).\n',
    );
  });

  it('reports problems of every input file together', () => {
    const result = run(['layout', 'zone.geojson', '--params', 'p.json', '--previous', 'old.geojson'], {
      'zone.geojson': '{"bad": true}', 'p.json': '{"x": 1}', 'old.geojson': '{}',
    });
    expect(result.status).toBe(1);
    expect(result.err.split('\n')).toEqual([
      'phanlo: zone.geojson: feature 2, field "role": Role “pond” is not valid; expected zone, access-road, residential, separation or entrance.',
      'phanlo: p.json: field "x": unknown parameter (known: mainRoadWidthM, greenBufferM)',
      'phanlo: old.geojson: not a layout written by phanlo (a FeatureCollection with a "phanlo" member)',
      '',
    ]);
  });

  it('reads --previous into plane plots for the engine', () => {
    const result = run(['layout', 'zone.geojson', '--previous', 'old.geojson'], { 'old.geojson': SAMPLE_GEOJSON });
    expect(result.status).toBe(0);
    const previous = result.calls[0].previous!;
    expect(previous.plots.map((p) => p.code)).toEqual(['A-01', 'A-02']);
    const [e, n] = previous.plots[0].polygon[0][0];
    expect(Math.abs(e - 592700) + Math.abs(n - 2306300)).toBeLessThan(0.0003);
  });

  it('writes each format, to --out when given', () => {
    const dxf = run(['layout', 'zone.geojson', '--format', 'dxf', '--out', 'plan.dxf']);
    expect([dxf.status, dxf.out]).toEqual([0, '']);
    expect(dxf.files.get('plan.dxf')).toContain('AC1009');
    expect(run(['layout', 'zone.geojson', '--format', 'kml']).out).toContain('<name>stub</name>');
    expect(run(['layout', '--format=csv', 'zone.geojson']).out.startsWith('plot_code,point_no,x,y,edge_length_m\r\n')).toBe(true);
  });
});

describe('phanlo layout usage errors (exit 2)', () => {
  it.each([
    [['layout'], 'name exactly one zone file'],
    [['layout', 'a.geojson', 'b.geojson'], 'name exactly one zone file'],
    [['layout', 'zone.geojson', '--format', 'shp'], '--format must be one of geojson, dxf, kml, csv'],
    [['layout', 'zone.geojson', '--crs', 'EPSG:3857'], 'unknown coordinate reference system "EPSG:3857"'],
    [['layout', 'zone.geojson', '--crs', 'EPSG:4326'], '--crs must be a VN-2000 plane'],
    [['layout', 'zone.geojson', '--param', 'p.json'], 'unknown option "--param"'],
  ])('%j', (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain(message);
    expect(result.err).toContain('usage: phanlo layout');
  });

  it('says so when the build has no layout engine', () => {
    const io = fakeIo({ 'zone.geojson': '{}' });
    expect(main(['layout', 'zone.geojson'], { io, engine: null })).toBe(1);
    expect(io.err).toBe('phanlo layout: the layout engine is not part of this build yet\n');
  });

  it('prints help for help, --help and -h, usage on stderr with no command', () => {
    for (const args of [['help'], ['--help'], ['layout', '--help'], ['convert', '-h']]) {
      const result = run(args);
      expect([result.status, result.err]).toEqual([0, '']);
      expect(result.out).toContain('Usage:');
    }
    const none = run([]);
    expect([none.status, none.out]).toEqual([2, '']);
    expect(none.err).toContain('Usage:');
  });
});
