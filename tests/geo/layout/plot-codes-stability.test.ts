/**
 * Plot codes stay stable across regeneration (issue 8, data safety): on seeded zones, a small edit far
 * from a plot (one outer corner moved 4 m outward) leaves that plot where it was, with its code. The
 * register allocates by code, so a plot that moved without cause would ask the planner about
 * allocations nothing touched. Distances and corners are judged with JSTS and plain arithmetic, not the
 * engine's clipping.
 */
import { describe, expect, it, vi } from 'vitest';
import { asPlane } from '../../../src/geo/coordinates';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import type { PlanePolygon } from '../../../src/geo/plane-measure';
import type { ZoneSite } from '../../../src/domain/site';
import { JstsFrame } from './jsts-geometry';
import { randomZone as legacyZone } from './legacy-random-zones';
import { randomZone } from './random-zones';

vi.setConfig({ testTimeout: 120_000 });

type Pt = readonly [number, number];
/** A plot this far (m) from every part of the zone the edit changed is "far from the edit". */
const FAR_FROM_EDIT_M = 50;
/** Corners within this of each other are the same corner, m (clipping rounds new corners by ~1 mm). */
const SAME_CORNER_M = 0.005;
/** A case judges at least this many plots far from the edit (else it proves nothing). */
const MIN_FAR_PLOTS = 5;

const layout = (site: ZoneSite, previous?: { plots: { code: string; polygon: PlanePolygon }[] }): LayoutResult => {
  const r = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS, { previous });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
};
const plotsOf = (r: LayoutResult) => r.features.filter((f) => f.properties.kind === 'plot')
  .map((f) => ({ code: (f.properties as { code: string }).code, polygon: (f.geometry as { coordinates: PlanePolygon }).coordinates }));
const polygonsOf = (r: LayoutResult, kind: string) => r.features.filter((f) => f.properties.kind === kind && f.geometry.type === 'Polygon')
  .map((f) => f.geometry.coordinates as unknown as PlanePolygon);

/** The outer corner farthest from the public road, moved 4 m away from the zone's middle (to the mm). */
function moveFarCorner(site: ZoneSite): ZoneSite {
  const ring = site.zone[0].slice(0, -1);
  const road = site.accessRoads[0];
  const toRoad = (q: Pt) => Math.min(...road.slice(1).map((b, i) => {
    const a = road[i], dx = b[0] - a[0], dy = b[1] - a[1];
    const k = Math.max(0, Math.min(1, ((q[0] - a[0]) * dx + (q[1] - a[1]) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(q[0] - a[0] - k * dx, q[1] - a[1] - k * dy);
  }));
  let far = 0;
  ring.forEach((q, i) => { if (toRoad(q) > toRoad(ring[far])) far = i; });
  const cx = ring.reduce((s, q) => s + q[0], 0) / ring.length, cy = ring.reduce((s, q) => s + q[1], 0) / ring.length;
  const d = Math.hypot(ring[far][0] - cx, ring[far][1] - cy);
  const mm = (x: number) => Math.round(x * 1000) / 1000;
  const moved = ring.map((q, i) => (i === far ? asPlane([mm(q[0] + (4 * (q[0] - cx)) / d), mm(q[1] + (4 * (q[1] - cy)) / d)]) : q));
  return { ...site, zone: [[...moved, moved[0]], ...site.zone.slice(1)] };
}

const sameCorners = (a: PlanePolygon, b: PlanePolygon) => {
  const [x, y] = [a[0].slice(0, -1), b[0].slice(0, -1)];
  const near = (p: Pt, list: readonly Pt[]) => list.some((q) => Math.hypot(p[0] - q[0], p[1] - q[1]) <= SAME_CORNER_M);
  return x.length === y.length && x.every((p) => near(p, y)) && y.every((p) => near(p, x));
};

/**
 * The random zones (≤ 8 ha) of seeds 1–22 that have at least MIN_FAR_PLOTS plots far from the edit;
 * the others (strips, triangles, small zones: every plot within 50 m of the far corner or beside a
 * facility lot) prove nothing here. Seed 16 left the list when its wastewater plant moved to the far
 * corner, the corner the edit moves (4 far plots since).
 */
const RANDOM_SEEDS = [2, 3, 6, 9, 15, 19, 20, 22];
/**
 * Zones where far plots still move, pinned by how many (a loop, side road or turning square moves
 * with the edited edge: src/geo/layout/KNOWN-LIMITS.md). The test asserts exactly this
 * many, so a new mover fails it and so does a fix (remove the entry then).
 */
const STILL_MOVING: Readonly<Record<string, number>> = {
  // Random zone 9 moved 1 until its fire-water tank went to the row end nearest the middle by the
  // block's own place beside the main road (s9-fac2): none moves now.
  'random zone 3': 3, 'random zone 20': 1,
  // since s12 also B-04: the edit grows the fire-water tank from 140 to 150 m² (sized
  // with the zone), and its compact lot's slab from 7 to 8 m wide (facility-cuts.ts compactWidthM, in
  // whole metres), which moves the plots of its row side by a metre.
  'random zone 15': 3,
  // comb-clear-of-holes (s6-ponds): its fitted depth changes with the far edge, and the branch moved
  // off the pond hid the depth the re-run read back, so rows B and C moved with the edit (10 since s7).
  // Since s11 the re-run reads the previous branches themselves off the rows (patterns.ts
  // previousBranchTs): B-08 and C-05 still move.
  'random zone 22': 2,
  // The far-spot plant (s6-facilities) sits at the end of row B, next to the edit: two plots beside it
  // (B-10, B-11) are recut when the edit moves the row's end.
  'first-generation seed 6': 2,
};

const CASES: { name: string; site: ZoneSite }[] = [
  ...[6, 12, 18].map((seed) => ({ name: `first-generation seed ${seed}`, site: legacyZone(seed) })),
  ...RANDOM_SEEDS.map((seed) => ({ name: `random zone ${seed}`, site: randomZone(seed, { maxHa: 8 }) })),
];

describe('a small edit far from a plot keeps the plot and its code', () => {
  for (const { name, site } of CASES) {
    it(name, () => {
      const first = layout(site);
      const edited = moveFarCorner(site);
      const second = layout(edited, { plots: plotsOf(first) });
      const frame = new JstsFrame(site.zone[0][0][0], site.zone[0][0][1]);
      const [before, after] = [frame.polygon(site.zone), frame.polygon(edited.zone)];
      const changed = before.symDifference(after);
      // Facility lots are sized with the zone: a plot beside one may take up the change of its size.
      const lots = [...polygonsOf(first, 'facility'), ...polygonsOf(second, 'facility')].map((q) => frame.polygon(q));
      const now = plotsOf(second);
      const far = plotsOf(first).filter((q) => {
        const g = frame.polygon(q.polygon);
        return g.distance(changed) > FAR_FROM_EDIT_M && lots.every((lot) => g.distance(lot) > 0.5);
      });
      expect(far.length).toBeGreaterThanOrEqual(MIN_FAR_PLOTS);
      const lost = far.filter((q) => !now.some((n) => n.code === q.code && sameCorners(n.polygon, q.polygon))).map((q) => q.code);
      const message = `${lost.length} of ${far.length} plots far from the edit moved or lost their code: ${lost.join(', ')}`;
      if (STILL_MOVING[name] !== undefined) expect(lost.length, message).toBe(STILL_MOVING[name]);
      else expect(lost, message).toEqual([]);
      // No old code comes back on another plot.
      expect(new Set(now.map((q) => q.code)).size).toBe(now.length);
    });
  }
});
