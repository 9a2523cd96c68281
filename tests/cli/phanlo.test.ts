/**
 * The real command, spawned as a user runs it: `npm run --silent phanlo -- …` (tsx, no build step).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import reference from '../fixtures/coordinates/proj-reference.json';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

function phanlo(args: string[], input = '') {
  const result = spawnSync('npm', ['run', '--silent', 'phanlo', '--', ...args], {
    cwd: repoRoot, input, encoding: 'utf8', timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SPAWN_TIMEOUT_MS = 60_000;

describe('npm run --silent phanlo -- convert', () => {
  it('converts WGS84 to EPSG:9209 as PROJ does, to the millimetre', () => {
    const cases = reference.cases.filter((c) => c.crs === 'EPSG:9209');
    const input = ['id,lat,lon,note', ...cases.map((c, i) => `P${i + 1},${c.lat},${c.lon},"mốc ${i + 1}, Đồng Dọc"`)].join('\n') + '\n';
    const { status, stdout, stderr } = phanlo(['convert', '--from', 'EPSG:4326', '--to', 'EPSG:9209'], input);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const rows = Papa.parse<Record<string, string>>(stdout, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(cases.length);
    rows.forEach((row, i) => {
      expect(Object.keys(row)).toEqual(['id', 'x', 'y', 'note']);
      expect(row.id).toBe(`P${i + 1}`);
      expect(row.note).toBe(`mốc ${i + 1}, Đồng Dọc`);
      expect(row.x).toMatch(/^\d+\.\d{3}$/);
      expect(Math.abs(Number(row.x) - cases[i].northing)).toBeLessThanOrEqual(0.001);
      expect(Math.abs(Number(row.y) - cases[i].easting)).toBeLessThanOrEqual(0.001);
    });
    expect(stdout.split('\n')[1]).toBe('P1,2306382.380,592756.646,"mốc 1, Đồng Dọc"');
  }, SPAWN_TIMEOUT_MS);

  it('stops at a bad row: exit 1, stderr names row and column, nothing on stdout', () => {
    const input = 'id,lat,lon\nP1,20.8479845,106.3931924\nP2,20.845,106,39\nP3,20.851,1O6.397\n';
    const { status, stdout, stderr } = phanlo(['convert', '--from', 'EPSG:4326', '--to', 'EPSG:9209'], input);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('<stdin>: row 3: 4 fields where the header has 3');
    expect(stderr).toContain('<stdin>: row 4, column "lon": not a number: "1O6.397"');
  }, SPAWN_TIMEOUT_MS);

  it('accepts vn2000:107.75 and converts back to WGS84 with 9 decimals', () => {
    const there = phanlo(['convert', '--from', 'EPSG:4326', '--to', 'vn2000:107.75'], 'lat,lon\n20.8479845,106.3931924\n');
    expect(there.stderr).toBe('');
    expect(there.status).toBe(0);
    expect(there.stdout).toMatch(/^x,y\n\d{7}\.\d{3},\d{6}\.\d{3}\n$/);
    const back = phanlo(['convert', '--from', 'vn2000:107.75', '--to', 'EPSG:4326'], there.stdout);
    expect(back.status).toBe(0);
    const [lat, lon] = back.stdout.split('\n')[1].split(',');
    expect(lat).toMatch(/^\d+\.\d{9}$/);
    // 1 mm rounding in between: within 2e-8 degrees (2 mm).
    expect(Math.abs(Number(lat) - 20.8479845)).toBeLessThan(2e-8);
    expect(Math.abs(Number(lon) - 106.3931924)).toBeLessThan(2e-8);
  }, SPAWN_TIMEOUT_MS);

  it('refuses an unknown CRS as a usage error (exit 2) with a clear message', () => {
    const { status, stdout, stderr } = phanlo(['convert', '--from', 'EPSG:3857', '--to', 'EPSG:9209'], 'lat,lon\n');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown coordinate reference system "EPSG:3857"');
  }, SPAWN_TIMEOUT_MS);
});

describe('npm run --silent phanlo -- help and usage', () => {
  it('prints the usage in English and Vietnamese, exit 0', () => {
    const { status, stdout } = phanlo(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('phanlo layout <zone.geojson>');
    expect(stdout).toContain('phanlo convert --from <crs> --to <crs>');
    expect(stdout).toContain('Tiếng Việt');
  }, SPAWN_TIMEOUT_MS);

  it('exits 2 on an unknown command or option', () => {
    expect(phanlo(['frobnicate']).status).toBe(2);
    const layout = phanlo(['layout', 'zone.geojson', '--format', 'pdf']);
    expect(layout.status).toBe(2);
    expect(layout.stderr).toContain('--format must be one of geojson, dxf, kml, csv');
  }, SPAWN_TIMEOUT_MS);
});
