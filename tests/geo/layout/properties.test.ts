/**
 * Property tests over the first generation's seeded zones (legacy-random-zones.ts: the seeds issues
 * name), judged by the independent checker (strict rules, strategy rules reported): other parameter
 * sets, the seeds wider sweeps found, road ends, determinism and stable codes. The sweep over every
 * shape is properties-a/b/c.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { asPlane } from '../../../src/geo/coordinates';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutParameters, type LayoutResult, type PreviousLayout } from '../../../src/geo/layout';
import type { PlanePolygon } from '../../../src/geo/plane-measure';
import type { ZoneSite } from '../../../src/domain/site';
import { checkLayoutRules } from './checker';
import { JstsFrame } from './jsts-geometry';
import { faults } from './strict-rules';
import { randomZone } from './legacy-random-zones';

// A layout and its independent check take a second or two on a loaded 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);

/**
 * First-generation cases still failing a strict rule, pinned by rule: the test asserts they fail on
 * exactly these rules (so a new fault, or a fix, shows). Each is an open bug (src/geo/layout/KNOWN-LIMITS.md).
 */
const KNOWN_FAULTS: Readonly<Record<string, readonly string[]>> = {};
const expectFaults = (key: string, found: string[]) => {
  const known = KNOWN_FAULTS[key];
  if (known) expect([...new Set(found.map((f) => f.slice(0, f.indexOf(':'))))].sort(), found.join('\n')).toEqual([...known].sort());
  else expect(found).toEqual([]);
};

const layout = (site: ZoneSite, previous?: PreviousLayout): LayoutResult => {
  const r = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS, { previous });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
};
const plotsOf = (r: LayoutResult) => r.features.filter((f) => f.properties.kind === 'plot')
  .map((f) => ({ code: (f.properties as { code: string }).code, polygon: (f.geometry as { coordinates: PlanePolygon }).coordinates }));
// To the centimetre: the perimeter strip is an offset of the whole zone, and editing a far corner can
// move its rounding (and the plot corners on it) by a grid step elsewhere.
const cornerKey = (polygon: PlanePolygon) => polygon[0].slice(0, -1).map((q) => `${q[0].toFixed(2)},${q[1].toFixed(2)}`).sort().join(';');

describe('layout invariants on random zones', () => {
  for (const seed of SEEDS) {
    const site = randomZone(seed);
    it(`seed ${seed} (${site.kind})`, () => {
      const r = layout(site);
      expect(plotsOf(r).length).toBeGreaterThan(0);
      expectFaults(`default ${seed}`, faults(checkLayoutRules(site, DEFAULT_LAYOUT_PARAMETERS, r)));
    });
  }
});

describe('layout invariants on large zones (20–75 ha: loops and cross streets)', () => {
  for (const seed of [901, 902, 903]) {
    const site = randomZone(seed, { minHa: 20, maxHa: 75 });
    // Up to 75 ha and several candidate patterns: a generous timeout (speed is the benchmark's business).
    it(`seed ${seed} (${site.kind})`, () => {
      const r = layout(site);
      expect(faults(checkLayoutRules(site, DEFAULT_LAYOUT_PARAMETERS, r))).toEqual([]);
    }, 120_000);
  }
});

/** Other parameter sets a planner may choose: a full perimeter strip; wide roads and big setbacks; small plots without facilities or kerbs. */
const VARIANTS: LayoutParameters[] = [
  { ...DEFAULT_LAYOUT_PARAMETERS, perimeterGreenM: 10 },
  { ...DEFAULT_LAYOUT_PARAMETERS, targetFrontageM: 25, minFrontageM: 18, fireSeparationM: 12, rearSetbackM: 5, frontSetbackM: 5, mainRoadWidthM: 16, branchRoadWidthM: 12, kerbRadiusM: 10 },
  { ...DEFAULT_LAYOUT_PARAMETERS, targetFrontageM: 15, minFrontageM: 12, fireSeparationM: 6, minPlotAreaM2: 200, maxPlotAreaM2: 800, greenBufferM: 15, kerbRadiusM: 0, facilities: [] },
];

describe('layout invariants with other parameters', () => {
  for (const seed of SEEDS) {
    const site = randomZone(seed);
    const p = VARIANTS[seed % VARIANTS.length];
    it(`seed ${seed} (${site.kind}), parameter set ${seed % VARIANTS.length}`, () => {
      const r = generateLayout(site, p);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      expectFaults(`set ${seed % VARIANTS.length} seed ${seed}`, faults(checkLayoutRules(site, p, r)));
    });
  }
});

describe('cases found by wider sweeps', () => {
  it('seed 794, small plots: a pond edge a few millimetres beside a spine leaves the plot edge on the spine', () => {
    const site = randomZone(794);
    const p = VARIANTS[2];
    const r = generateLayout(site, p);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expectFaults('seed 794', faults(checkLayoutRules(site, p, r)));
  });
  // Clipping joined the leftover's rings wrongly: it lay over a plot or a road (0.1 to 47 m²), and in
  // 570 and 763, with that carved off, it still lacked land between the plots and the zone edge.
  for (const [seed, set, what] of [[331, 2, 'small plots'], [570, 2, 'small plots'], [737, 0, 'a 10 m perimeter strip'], [763, 0, 'a 10 m perimeter strip']] as const) {
    it(`seed ${seed}, ${what}: the leftover green overlaps no plot or road`, () => {
      const site = randomZone(seed);
      const p = VARIANTS[set];
      const r = generateLayout(site, p);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      expect(faults(checkLayoutRules(site, p, r))).toEqual([]);
    });
  }
});

/**
 * Branch ends that lead nowhere: the part of a branch centre line past its last crossing with another
 * road (beyond that road's half width) that no plot or facility comes near.
 */
function roadEndsLeadingNowhere(r: LayoutResult): string[] {
  const lines = r.features.filter((f) => f.properties.kind === 'road-centreline')
    .map((f) => ({ props: f.properties as { role: string; widthM: number }, points: f.geometry.coordinates as unknown as number[][] }));
  const land = r.features.filter((f) => (f.properties.kind === 'plot' || f.properties.kind === 'facility') && f.geometry.type === 'Polygon')
    .map((f) => (f.geometry as { coordinates: PlanePolygon }).coordinates[0]);
  const near = (x: number, y: number, d: number) => land.some((ring) => ring.some((q, i) => {
    const b = ring[(i + 1) % ring.length];
    const dx = b[0] - q[0], dy = b[1] - q[1], l2 = dx * dx + dy * dy;
    const k = l2 ? Math.max(0, Math.min(1, ((x - q[0]) * dx + (y - q[1]) * dy) / l2)) : 0;
    return Math.hypot(x - q[0] - k * dx, y - q[1] - k * dy) <= d;
  }));
  const out: string[] = [];
  for (const line of lines.filter((q) => q.props.role === 'branch')) {
    const [a, b] = [line.points[0], line.points[line.points.length - 1]];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    // Where other centre lines cross this one, as distances from a, with the crossing road's half width.
    const crossings: [number, number][] = [];
    for (const other of lines.filter((q) => q !== line)) {
      const [c, d] = [other.points[0], other.points[other.points.length - 1]];
      const den = (b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]);
      if (Math.abs(den) < 1e-9) continue;
      const u = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / den;
      const v = ((c[0] - a[0]) * (b[1] - a[1]) - (c[1] - a[1]) * (b[0] - a[0])) / den;
      if (u >= -0.01 && u <= 1.01 && v >= -0.01 && v <= 1.01) crossings.push([u * len, other.props.widthM / 2]);
    }
    if (!crossings.length) continue;
    const first = Math.min(...crossings.map(([u, h]) => u - h)), last = Math.max(...crossings.map(([u, h]) => u + h));
    for (const [from, to] of [[0, first], [last, len]]) {
      if (to - from < 0.5) continue;
      let fronted = false;
      for (let x = from + 0.25; x < to && !fronted; x += 0.5) {
        fronted = near(a[0] + ((b[0] - a[0]) * x) / len, a[1] + ((b[1] - a[1]) * x) / len, line.props.widthM / 2 + 0.05);
      }
      if (!fronted) out.push(`branch end ${(to - from).toFixed(1)} m long at ${from.toFixed(1)} m of ${len.toFixed(1)} m leads nowhere`);
    }
  }
  return out;
}

describe('no road end leads nowhere (stubs past a loop are cut back)', () => {
  for (const seed of [901, 903]) {
    const site = randomZone(seed, { minHa: 20, maxHa: 75 });
    it(`seed ${seed} (${site.kind})`, () => {
      expect(roadEndsLeadingNowhere(layout(site))).toEqual([]);
    });
  }
});

describe('determinism and stable codes', () => {
  for (const seed of SEEDS.filter((s) => s % 6 === 0)) {
    const site = randomZone(seed);
    it(`seed ${seed}: two runs give identical JSON`, () => {
      expect(JSON.stringify(layout(site))).toBe(JSON.stringify(layout(site)));
    });
    it(`seed ${seed}: a re-run with the previous layout keeps every code`, () => {
      const first = layout(site);
      const again = layout(site, { plots: plotsOf(first) });
      expect(plotsOf(again).map((q) => q.code)).toEqual(plotsOf(first).map((q) => q.code));
      expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    });
    it(`seed ${seed}: moving a far corner keeps the codes of plots that did not move`, () => {
      const first = layout(site);
      const entrance = first.features.find((f) => f.properties.kind === 'road-centreline')!.geometry.coordinates[0] as readonly number[];
      // The outer corner farthest from the entrance, off the public road's edge, moves 4 m outward.
      const ring = site.zone[0].slice(0, -1);
      const road = site.accessRoads[0];
      const offRoad = (q: readonly number[]) => {
        const [a, b] = [road[0], road[road.length - 1]];
        const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
        return Math.abs(((q[0] - a[0]) * (b[1] - a[1]) - (q[1] - a[1]) * (b[0] - a[0])) / len) > 30;
      };
      const dist = (q: readonly number[]) => (offRoad(q) ? Math.hypot(q[0] - entrance[0], q[1] - entrance[1]) : -1);
      let far = 0;
      ring.forEach((q, i) => { if (dist(q) > dist(ring[far])) far = i; });
      const cx = ring.reduce((s, q) => s + q[0], 0) / ring.length, cy = ring.reduce((s, q) => s + q[1], 0) / ring.length;
      const d = Math.hypot(ring[far][0] - cx, ring[far][1] - cy);
      const moved = ring.map((q, i) => (i === far ? asPlane([Math.round((q[0] + (4 * (q[0] - cx)) / d) * 1000) / 1000, Math.round((q[1] + (4 * (q[1] - cy)) / d) * 1000) / 1000]) : q));
      const edited: ZoneSite = { ...site, zone: [[...moved, moved[0]], ...site.zone.slice(1)] };
      const second = layout(edited, { plots: plotsOf(first) });
      const before = new Map(plotsOf(first).map((q) => [cornerKey(q.polygon), q.code]));
      const after = plotsOf(second);
      const unmoved = after.filter((q) => before.has(cornerKey(q.polygon)));
      for (const q of unmoved) expect(q.code).toBe(before.get(cornerKey(q.polygon)));
      // Most plots stay where they were, while the same pattern is still the best (a pattern that breaks
      // a rule in the edited zone gives way to a legal one, which may cut the land anew).
      if (second.pattern === first.pattern) {
        // Seed 12 had kept 9 of 32: its facilities grew by a size step and shifted every cut beside them
        // (previous-cuts.ts); plot-codes-stability.test.ts holds plots far from the edit to their corners.
        expect(unmoved.length).toBeGreaterThan(after.length / 3);
      }
      expect(new Set(after.map((q) => q.code)).size).toBe(after.length);
      // A plot that moved keeps an old code only when it is that plot moved a little (≥ 90 % of their
      // union in common, measured by JSTS); any other plot never takes a code the previous layout used.
      const frame = new JstsFrame(ring[0][0], ring[0][1]);
      for (const q of after.filter((x) => !before.has(cornerKey(x.polygon)))) {
        const old = plotsOf(first).find((p) => p.code === q.code);
        if (!old) continue;
        const [a, b] = [frame.polygon(q.polygon), frame.polygon(old.polygon)];
        expect(a.intersection(b).getArea() / a.union(b).getArea(), `${q.code} took the code of another plot`).toBeGreaterThanOrEqual(0.9 - 1e-9);
      }
    });
  }
});
