/**
 * A second public road gives a second entrance (issue 7): on a zone with public roads along two edges,
 * a road reaches the zone edge along each of them, the two gates are one connected road network (JSTS,
 * not the engine's clipping), the way between them is fire-truck wide, and the layout says so.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import { FIRE_ACCESS_ROAD_MIN_M } from '../../../src/geo/layout/parameters';
import { checkLayoutRules } from './checker';
import { JstsFrame } from './jsts-geometry';
import { loadSite } from './load-site';
import { faults } from './strict-rules';

vi.setConfig({ testTimeout: 60_000 });

type Pt = readonly [number, number];
const pointSegmentM = (q: Pt, a: Pt, b: Pt): number => {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const k = Math.max(0, Math.min(1, ((q[0] - a[0]) * dx + (q[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(q[0] - a[0] - k * dx, q[1] - a[1] - k * dy);
};
const nearLine = (q: Pt, line: readonly Pt[], m: number) => line.slice(1).some((b, i) => pointSegmentM(q, line[i], b) <= m);

/** Both zones made in VN-2000 metres: the second road along an edge square to the branch roads, or 15.5° off square. */
const FIXTURES = ['bug-second-road-ignored', 'bug-second-gate-skewed-edge'];

describe.each(FIXTURES)('second public road (%s)', (fixture) => {
  const site = loadSite(join(__dirname, `../../fixtures/layout/in/${fixture}.geojson`));
  const result = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS);

  it('opens a second gate onto it, reached by the fire road from the main gate', () => {
    expect(result.ok).toBe(true);
    const r = result as LayoutResult;
    expect(faults(checkLayoutRules(site, DEFAULT_LAYOUT_PARAMETERS, r))).toEqual([]);
    const roads = r.features.filter((f) => f.properties.kind === 'road' && f.geometry.type === 'Polygon')
      .map((f) => f.geometry.coordinates as unknown as Pt[][]);
    const zoneEdge = site.zone[0].slice(1).map((b, i) => [site.zone[0][i], b] as const);
    const onEdge = (q: Pt) => zoneEdge.some(([a, b]) => pointSegmentM(q, a, b) < 0.01);
    // Per public road: the road corners on the zone edge along it (within 20 m of its centre line).
    const gateCorners = site.accessRoads.map((line) => roads.flatMap((poly) => poly[0].filter((q) => onEdge(q) && nearLine(q, line, 20))));
    for (const corners of gateCorners) {
      expect(corners.length).toBeGreaterThanOrEqual(2);
      // The gate is at least fire-truck wide along the edge (QCVN 06:2022 6.2.1).
      const span = Math.max(...corners.flatMap((a) => corners.map((b) => Math.hypot(a[0] - b[0], a[1] - b[1]))));
      expect(span).toBeGreaterThanOrEqual(FIRE_ACCESS_ROAD_MIN_M);
    }
    // The two gates are far apart (two sides of the zone), and one road network joins them.
    const [main, second] = gateCorners.map((corners) => corners[0]);
    expect(Math.hypot(main[0] - second[0], main[1] - second[1])).toBeGreaterThan(100);
    const frame = new JstsFrame(site.zone[0][0][0], site.zone[0][0][1]);
    const network = roads.map((poly) => frame.polygon(poly)).reduce((u, g) => u.union(g)).buffer(0.01);
    expect(network.getNumGeometries()).toBe(1);
    expect(network.distance(frame.point(main))).toBeLessThan(0.02);
    expect(network.distance(frame.point(second))).toBeLessThan(0.02);
    // A centre line ends on the edge at the second gate, so that end is no dead end.
    const lines = r.features.filter((f) => f.properties.kind === 'road-centreline').map((f) => f.geometry.coordinates as unknown as Pt[]);
    expect(lines.some((l) => [l[0], l[l.length - 1]].some((q) => onEdge(q) && nearLine(q, site.accessRoads[1], 20)))).toBe(true);
    // The gate's kerb corners are cut as at the main gate: a kerb arc at each side, within the radius
    // of the zone edge's corners of the gate road, each arc as round as the kerb radius says.
    const arcs = r.features.filter((f) => f.properties.kind === 'road-kerb').map((f) => f.geometry.coordinates as unknown as Pt[]);
    const r0 = DEFAULT_LAYOUT_PARAMETERS.kerbRadiusM;
    for (const line of site.accessRoads) {
      const atGate = arcs.filter((arc) => arc.some((q) => onEdge(q)) && nearLine(arc[0], line, 20) && nearLine(arc[arc.length - 1], line, 30));
      expect(atGate.length).toBeGreaterThanOrEqual(2);
      for (const arc of atGate) {
        // The circle through the arc's ends and middle has the kerb radius (within grid rounding).
        const [p1, p2, p3] = [arc[0], arc[Math.floor(arc.length / 2)], arc[arc.length - 1]];
        const [a, b, c] = [Math.hypot(p2[0] - p3[0], p2[1] - p3[1]), Math.hypot(p1[0] - p3[0], p1[1] - p3[1]), Math.hypot(p1[0] - p2[0], p1[1] - p2[1])];
        const area2 = Math.abs((p2[0] - p1[0]) * (p3[1] - p1[1]) - (p3[0] - p1[0]) * (p2[1] - p1[1]));
        expect((a * b * c) / (2 * area2)).toBeCloseTo(r0, 1);
      }
    }
  });

  it('says the zone has two entrances, and keeps 6.2.5', () => {
    const r = result as LayoutResult;
    expect(r.warnings.map((w) => w.code)).toContain('second-entrance');
    expect(r.landUse.checks.find((c) => c.rule === 'dead-end-max')?.pass).toBe(true);
  });

  it('opens none when the zone has one public road', () => {
    const one = generateLayout({ ...site, accessRoads: site.accessRoads.slice(0, 1) }, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
    expect(one.warnings.map((w) => w.code)).not.toContain('second-entrance');
  });
});
