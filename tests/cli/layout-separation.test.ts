// `phanlo layout` with accepted-separation lines (role "separation", stripM): the command line reads
// the role, fails 2.5.2 naming the sides, and its `phanlo` member carries the marks used — a zone file
// rebuilt from that member (WGS84 lines back to the plane through PROJ's twin, proj4) gives the same
// layout byte for byte.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { realLayoutEngine } from '../../src/cli/real-layout-engine';
import { planeProjection } from '../../src/geo/coordinates';
import { fakeIo } from './fake-io';

const SOURCE = readFileSync(new URL('../fixtures/zone-import/separation/zone-separation.geojson', import.meta.url), 'utf8');

function run(zoneText: string) {
  const io = fakeIo({ 'zone.geojson': zoneText });
  const status = main(['layout', 'zone.geojson'], { io, engine: realLayoutEngine });
  return { status, out: io.out, err: io.err };
}

describe('phanlo layout with separation lines', () => {
  const first = run(SOURCE);
  const json = JSON.parse(first.out);

  it('reads the role, warns of the missing stripM, and fails 2.5.2 naming the sides', () => {
    expect(first.status).toBe(0);
    expect(first.err).toContain('feature 3, field "stripM"');
    const check = json.phanlo.landUse.checks.find((c: { rule: string }) => c.rule === 'isolation-strip-min');
    expect(check.pass).toBe(false);
    expect(check.edges.map((e: { side: string; stripM: number }) => `${e.side} ${e.stripM}`).sort()).toEqual(['east 5', 'north-east 0']);
    expect(first.err).toContain('The green isolation strip along the east edge (162.7 m long) is only 5 m wide');
  });

  it('carries the marks used, and a zone file rebuilt from them gives the same layout', () => {
    const marks = json.phanlo.separationEdges as { stripM: number; coordinates: number[][] }[];
    expect(marks.map((m) => m.stripM)).toEqual([5, 0]);
    const projection = planeProjection('EPSG:9209');
    const source = JSON.parse(SOURCE);
    const rebuilt = {
      ...source,
      features: [
        ...source.features.filter((f: { properties: { role: string } }) => f.properties.role !== 'separation'),
        ...marks.map((m) => ({
          type: 'Feature', properties: { role: 'separation', stripM: m.stripM },
          // Back to plane millimetres, as the zone file writes them.
          geometry: { type: 'LineString', coordinates: m.coordinates.map((p) => projection.toPlane([p[0], p[1]]).map((v) => Math.round(v * 1000) / 1000)) },
        })),
      ],
    };
    const again = run(JSON.stringify(rebuilt));
    expect(again.status).toBe(0);
    expect(JSON.parse(again.out).features).toEqual(json.features);
  });

  it('without separation lines writes no separationEdges member (files as before)', () => {
    const source = JSON.parse(SOURCE);
    const plain = run(JSON.stringify({ ...source, features: source.features.filter((f: { properties: { role: string } }) => f.properties.role !== 'separation') }));
    expect(JSON.parse(plain.out).phanlo).not.toHaveProperty('separationEdges');
  });
});
