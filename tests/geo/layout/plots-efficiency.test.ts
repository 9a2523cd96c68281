/**
 * Issue 7, plots and efficiency: a zone drawn in the app (its public road marked on a zone edge, as
 * src/features/plan passes it) gets a proper layout; corner plots are marked and fronted on two
 * sides; end plots at a skewed edge take the skew instead of leaving it to green; the green top-up
 * takes no more plot land than Table 2.6 asks. Expected values come from the geometry built here
 * (shoelace areas, road edges), and every layout passes the independent checker.
 */
import { describe, expect, it } from 'vitest';
import { asPlane, type PlanePoint } from '../../../src/geo/coordinates';
import { drawnZoneSite, setEdgeLength } from '../../../src/geo/drawn-zone';
import { markZoneEdge } from '../../../src/geo/zone-edges';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import { plotsForGreen } from '../../../src/geo/layout/green-top-up';
import type { PlanePolygon } from '../../../src/geo/plane-measure';
import { checkLayoutRules, shoelace } from './checker';
import { faults } from './strict-rules';

const [E0, N0] = [592640, 2306310];
const P = (x: number, y: number): PlanePoint => asPlane([E0 + x, N0 + y]);

/** The rectangle plan-draw.e2e.test.ts types (edge 1 set to 190 m), its edge 1 marked as the public road. */
function drawnRectangle(): ReturnType<typeof drawnZoneSite> {
  const typed = setEdgeLength([P(0, 0), P(180, -20), P(200, 120), P(20, 140)], 0, 190)!;
  const site = drawnZoneSite(typed, 'EPSG:9209', 'drawn');
  // The drawn ring may be stored reversed (counter-clockwise); mark the edge from typed corner 1 to 2.
  const ring = site.zone[0];
  const index = ring.findIndex((q, i) => i < ring.length - 1 && [typed[0], typed[1]].some((t) => t[0] === q[0] && t[1] === q[1])
    && [typed[0], typed[1]].some((t) => t[0] === ring[i + 1][0] && t[1] === ring[i + 1][1]));
  return markZoneEdge(site, index, 'access-road')!;
}

const plots = (r: LayoutResult) => r.features.filter((f) => f.properties.kind === 'plot');
const plotsM2 = (r: LayoutResult) => plots(r).reduce((sum, f) => sum + shoelace(f.geometry.coordinates as unknown as PlanePolygon), 0);

describe('a zone drawn in the app', () => {
  it('gets a proper layout: most of the land inside the 10 m strip in plots, every rule kept', () => {
    const site = drawnRectangle();
    const r = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS);
    expect(r.ok).toBe(true);
    const result = r as LayoutResult;
    expect(faults(checkLayoutRules(site, DEFAULT_LAYOUT_PARAMETERS, result))).toEqual([]);
    const zoneM2 = shoelace(site.zone);
    // The land inside the 10 m strip all round is about (190 − 20) × (141 − 20) m; roads, the parking
    // Table 2.6 asks (traffic ≥ 10 %) and the facilities take about a fifth of it. The first engine
    // left every end plot to green here (50.8 % of the zone in plots).
    expect((100 * plotsM2(result)) / zoneM2).toBeGreaterThan(60);
    expect(plots(result).length).toBeGreaterThanOrEqual(10);
    expect(result.landUse.checks.filter((c) => !c.pass)).toEqual([]);
  });
});

describe('corner plots', () => {
  it('marks a plot fronting roads on two edges at least 30° apart, and only those', () => {
    // A 300 × 150 m rectangle entered from the long side: the comb's plots beside the main road and
    // its branches front two roads.
    const site = {
      name: 'rect', source: 'test', crs: 'EPSG:9209' as const, zone: [[P(0, 0), P(300, 0), P(300, 150), P(0, 150), P(0, 0)]],
      accessRoads: [[P(-20, -6), P(320, -6)]], residentialEdges: [], entrance: null,
    };
    const r = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
    expect(r.ok).toBe(true);
    const roads = r.features.filter((f) => f.properties.kind === 'road').map((f) => f.geometry.coordinates as unknown as number[][][]);
    // Independently: the plot's edges of ≥ 2 m lying (within 5 mm, at both ends and the middle) on a road edge.
    const onRoad = (a: number[], b: number[]) => roads.some((poly) => poly.some((ring) => ring.some((q, i) => {
      if (i === ring.length - 1) return false;
      const c = ring[i + 1];
      const len = Math.hypot(c[0] - q[0], c[1] - q[1]);
      const off = (x: number[]) => Math.abs((x[0] - q[0]) * (c[1] - q[1]) - (x[1] - q[1]) * (c[0] - q[0])) / len;
      const along = (x: number[]) => ((x[0] - q[0]) * (c[0] - q[0]) + (x[1] - q[1]) * (c[1] - q[1])) / len;
      const mid = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      return [a, mid, b].every((x) => off(x) < 0.005 && along(x) > -0.005 && along(x) < len + 0.005);
    })));
    let corners = 0;
    for (const f of plots(r)) {
      const ring = (f.geometry.coordinates as unknown as number[][][])[0];
      const fronts: number[] = [];
      for (let i = 0; i + 1 < ring.length; i++) {
        const [a, b] = [ring[i], ring[i + 1]];
        if (Math.hypot(b[0] - a[0], b[1] - a[1]) >= 2 && onRoad(a, b)) fronts.push(Math.atan2(b[1] - a[1], b[0] - a[0]));
      }
      const apart = fronts.some((x, i) => fronts.some((y, j) => {
        const d = Math.abs(((x - y) * 180) / Math.PI) % 180;
        return j > i && Math.min(d, 180 - d) >= 30;
      }));
      expect(f.properties.kind === 'plot' && f.properties.corner, `plot ${f.properties.kind === 'plot' ? f.properties.code : ''}`).toBe(apart);
      if (apart) corners++;
    }
    expect(corners).toBeGreaterThan(0);
  });
});

describe('end plots at a skewed edge', () => {
  it('give the wedge beyond the last square cut to the last plot, up to the largest area', () => {
    // A triangle: every row ends at a slanted edge. With the strip only on the homes side (the
    // efficiency target's setting), at least 68 % of it is in plots (the first engine: 66.1 %).
    const site = {
      name: 'triangle', source: 'test', crs: 'EPSG:9209' as const, zone: [[P(0, 0), P(400, 0), P(180, 225), P(0, 0)]],
      accessRoads: [[P(-20, -6), P(420, -6)]], residentialEdges: [[P(400, 0), P(180, 225)]], entrance: null,
    };
    const p = { ...DEFAULT_LAYOUT_PARAMETERS, perimeterGreenM: 0 };
    const r = generateLayout(site, p) as LayoutResult;
    expect(r.ok).toBe(true);
    expect(faults(checkLayoutRules(site, p, r))).toEqual([]);
    expect((100 * plotsM2(r)) / shoelace(site.zone)).toBeGreaterThanOrEqual(68);
    // Some plot is not a rectangle: it took a share of a slanted edge.
    expect(plots(r).some((f) => (f.geometry.coordinates as unknown as number[][][])[0].length > 5)).toBe(true);
  });
});

describe('green top-up', () => {
  const square = (x: number, w: number, h: number): PlanePolygon => [[P(x, 0), P(x + w, 0), P(x + w, h), P(x, h), P(x, 0)]];
  const odd = (x: number, w: number, h: number): PlanePolygon => [[P(x, 0), P(x + w, 0), P(x + w, h), P(x + 5, h), P(x, 0)]];
  it('closes with the smallest odd plot covering what is missing, not the next smallest one', () => {
    // Zone 10,000 m², green 500 m²: 500 m² missing. Odd plots of 225, 525 and 825 m², one regular of 600 m².
    const plotsIn = [odd(0, 10, 30), odd(20, 20, 30), odd(50, 30, 30), square(100, 20, 30)];
    const chosen = plotsForGreen(plotsIn, [0, 0, 0, 0], 10_000, 500);
    // 300 alone is too little; 600 alone covers it (taking 300 and then 600 would give 900).
    expect([...chosen].sort()).toEqual([1]);
  });
});
