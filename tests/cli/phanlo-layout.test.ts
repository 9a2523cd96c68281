/**
 * `phanlo layout`, spawned as a user runs it: `npm run --silent phanlo -- layout …` (tsx, no build step).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDxf } from '../io/layout-output/dxf-reader';
import { readXml } from '../io/layout-output/xml-reader';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const SPAWN_TIMEOUT_MS = 60_000;

function phanlo(args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'phanlo', '--', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: SPAWN_TIMEOUT_MS });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run --silent phanlo -- layout', () => {
  it('lays out a zone end to end and writes the corner table', () => {
    const { status, stdout, stderr } = phanlo(['layout', 'tests/fixtures/cli/zone-vn2000.geojson', '--format', 'csv']);
    expect(stderr).not.toMatch(/^phanlo: (?!warning)/m);
    expect(status).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('plot_code,point_no,x,y,edge_length_m');
    expect(lines[1]).toMatch(/^A-01,1,\d{7}\.\d{3},\d{6}\.\d{3},\d+\.\d{2}$/);
  }, SPAWN_TIMEOUT_MS);

  it('exits 1 naming the file it cannot read, with nothing on stdout', () => {
    const { status, stdout, stderr } = phanlo(['layout', 'tests/fixtures/cli/no-such-zone.geojson']);
    expect([status, stdout]).toEqual([1, '']);
    expect(stderr).toBe('phanlo: tests/fixtures/cli/no-such-zone.geojson: cannot read the file: no such file\n');
  }, SPAWN_TIMEOUT_MS);

  it('lays out the demo zone (public/geo/dong-doc-zone.geojson) in every format', () => {
    const zone = 'public/geo/dong-doc-zone.geojson';
    const geojson = phanlo(['layout', zone]);
    expect(geojson.status).toBe(0);
    const layout = JSON.parse(geojson.stdout);
    expect(layout.phanlo.crs).toBe('EPSG:9209');
    const plots = layout.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'plot');
    expect(plots.length).toBeGreaterThan(10);

    const dxf = readDxf(phanlo(['layout', zone, '--format', 'dxf']).stdout);
    expect(dxf.layers.has('PLOT')).toBe(true);
    const plotPolylines = dxf.entities.filter((e) => e.type === 'POLYLINE' && dxf.valueOf(e, 8) === 'PLOT');
    expect(plotPolylines.length).toBeGreaterThanOrEqual(plots.length);
    for (const polyline of plotPolylines) expect(polyline.vertices.length).toBeGreaterThanOrEqual(3);

    const kml = readXml(phanlo(['layout', zone, '--format', 'kml']).stdout);
    expect(kml.name).toBe('kml');

    const csv = phanlo(['layout', zone, '--format', 'csv']).stdout.split('\r\n');
    const codes = new Set(csv.slice(1, -1).map((line) => line.split(',')[0]));
    expect(codes).toEqual(new Set(plots.map((p: { properties: { code: string } }) => p.properties.code)));
  }, 4 * SPAWN_TIMEOUT_MS);
});
