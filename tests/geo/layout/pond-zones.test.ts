/**
 * Issue 7's pond zones: a 300 × 150 m rectangle with a 40 × 35 m pond in its middle, its public road
 * along the long south side, homes along the north, had put 3.3 % of the zone in plots (the main road
 * ran from the gate into the pond). Each fixture below must reach a floor of plot share set from a
 * simple hand layout reasoned out in its comment (not from the engine's output), and pass the
 * independent checker. The comb planner clear of holes (hole-aware-rows.ts) is also checked directly
 * on random pond ranges: it ends, its branches keep clear of every pond, and its rows are legal.
 *
 * Every hand layout uses the default parameters: 10 m green strip all round (the homes strip along
 * the north is 10 m too), 13 m main road, 10 m branches, legal row depths 15–75 m, 1.3 % technical
 * land, traffic (roads + parking) grown to 10 % of the zone where the roads give less. Land beside a
 * pond that no road fronts (behind it, seen from its branch) is lost. Each floor is the hand layout
 * less HAND_ALLOWANCE_POINTS for what the hand layout leaves out.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS } from '../../../src/geo/layout';
import { branchBlocked, combsClearOfHoles, type TRange } from '../../../src/geo/layout/hole-aware-rows';
import { layOutChecked } from './lay-out-checked';
import { loadSite } from './load-site';
import { seededRandom as seeded } from './random-zones';

vi.setConfig({ testTimeout: 120_000 });

const P = DEFAULT_LAYOUT_PARAMETERS;
const fixtures = join(__dirname, '../../fixtures/layout/in');

/**
 * Points a hand layout's figure is lowered by: the kerb-corner cuts and turning squares at the
 * junctions and dead ends, odd plots at the pond's corners and at the rows' ends, the last plots of a
 * row side that fitted frontage widens or narrows, and the plots the facilities take from the rows.
 */
const HAND_ALLOWANCE_POINTS = 2;

interface PondCase {
  readonly name: string;
  /** Share of the zone in plots of the hand layout, percent (worked out in the comment). */
  readonly handPercent: number;
}

const CASES: readonly PondCase[] = [
  // 300 × 150 = 45,000 m²; land inside the strips 280 × 130 = 36,400 m²; pond 40 × 35 at x 130–170,
  // y 57.5–92.5 (from the SW corner). Hand: gate just east of the pond, one branch 47–57 just south
  // of the pond (0.5 m clear) across the 280 m; rows 10–47 (37 m) and 57–132 (75 m, the deepest
  // legal; 8 × 280 = 2,240 m² to green). Roads 2,800 + 13 × 37 = 3,281 m² (7.3 %): parking grows by
  // 1,219 to 10 %; technical 585; two turning squares 48. Land behind the pond (40 × 39.5 = 1,580 m²)
  // fronts no road. Plots 36,400 − 3,281 − 1,400 − 2,240 − 1,219 − 585 − 48 − 1,580 = 26,047 m²: 57.9 %.
  { name: 'bug-pond-blocks-main-road', handPercent: 57.9 },
  // The same rectangle, the pond at x 142–182, y 67.5–102.5. Hand: gate east of the pond, one branch
  // 57–67 just south of it; rows 10–57 (47 m) and 67–140 (73 m, all legal, nothing lost). Roads
  // 2,800 + 13 × 47 = 3,411 (7.6 %): parking + 1,089; technical 585; squares 48; behind the pond
  // 40 × 37.5 = 1,500 lost. Plots 36,400 − 3,411 − 1,400 − 1,089 − 585 − 48 − 1,500 = 28,367: 63.0 %.
  { name: 'bug-pond-off-centre', handPercent: 63.0 },
  // 300 × 220 = 66,000 m²; land 280 × 200 = 56,000; pond at x 130–170, y 132.5–167.5, clear of the
  // gate's lane. Hand: gate in the middle, branches 55–65 and 122–132 (just south of the pond); rows
  // 10–55 (45), 65–93.5 and 93.5–122 (28.5 each), 132–207 (75; 3 × 280 = 840 to green). Roads
  // 5,600 + 13 × 122 = 7,186 (10.9 %, no parking growth); facilities 2.2 % = 1,452; four squares 100;
  // behind the pond 40 × 39.5 = 1,580 lost. Plots 56,000 − 7,186 − 1,400 − 840 − 1,452 − 100 − 1,580
  // = 43,442: 65.8 %.
  { name: 'bug-pond-far-end', handPercent: 65.8 },
  // The first rectangle and pond, and a 30 × 25 m pond at x 45–75, y 77.5–102.5. Hand: as the first
  // (26,047 m²), less the second pond (750) inside the 75 m row and the land behind it (30 × 29.5 =
  // 885; the 20.5 m in front of it are plots fronting the branch): 24,412 m², 54.2 %.
  { name: 'bug-two-ponds', handPercent: 54.2 },
];

const layOut = (name: string) => layOutChecked(loadSite(join(fixtures, `${name}.geojson`)), P);

describe('pond zones (issue 7): plot share at least a hand layout less its allowance, checker clean', () => {
  for (const c of CASES) {
    it(`${c.name}: ≥ ${(c.handPercent - HAND_ALLOWANCE_POINTS).toFixed(1)} % in plots, every balance rule kept`, () => {
      const { r, plotsPercent } = layOut(c.name);
      expect(r.landUse.checks.filter((q) => !q.pass).map((q) => q.rule)).toEqual([]);
      expect(plotsPercent).toBeGreaterThanOrEqual(c.handPercent - HAND_ALLOWANCE_POINTS);
    });
  }

  it('the entrance beside a pond is warned with its distance from the middle where it wins (U 22)', () => {
    // U 22: the pond sits behind the edge's middle; the gate beside it wins (its golden shows the
    // main road clear of the pond), and the planner is told how far it moved.
    const { r } = layOut('bug-pond-behind-gate-u-22');
    const warning = r.warnings.find((w) => w.code === 'entrance-beside-pond');
    expect(warning).toBeDefined();
    expect(Number(warning?.params?.fromMiddleM)).toBeGreaterThan(7.5); // at least the lane's half width off
  });

  it('a pond off the middle of the lane: a gate left in the middle is not warned and beats the hand layout beside the pond', () => {
    // The hand layout above moves the gate east of the pond (63.0 %). Since fitted end plots keep the
    // depth rule (s6-strips) the comb from the middle gate, its branches clear of the pond, does better;
    // a layout that keeps its gate in the middle must not claim it moved.
    const { r, plotsPercent } = layOut('bug-pond-off-centre');
    const moved = r.warnings.some((w) => w.code === 'entrance-beside-pond' || w.code === 'entrance-moved-for-hole');
    if (!moved) expect(plotsPercent).toBeGreaterThan(63.0);
    else expect(plotsPercent).toBeGreaterThanOrEqual(63.0 - HAND_ALLOWANCE_POINTS);
  });
});

describe('comb clear of holes on random pond ranges', () => {
  const minDepthM = 16.5, maxDepthM = 75, widthM = 10, half = widthM / 2;
  it('ends, keeps every branch clear of every pond, and cuts rows of legal depth in order', () => {
    const rnd = seeded(13);
    let planned = 0;
    for (let k = 0; k < 2000; k++) {
      const tStart = 10, tMax = tStart + 40 + 400 * rnd();
      const depthM = minDepthM + (maxDepthM - minDepthM) * rnd();
      // Up to four ponds, some overlapping, some covering most of the land.
      const ranges: TRange[] = Array.from({ length: 1 + Math.floor(4 * rnd()) }, (): TRange => {
        const a = tStart + (tMax - tStart) * rnd();
        return [a, a + 1 + (rnd() < 0.1 ? 300 : 60) * rnd()];
      }).sort((x, y) => x[0] - y[0]);
      // The plain comb's branches as row-plan.ts places them: at the pitch from the entrance.
      const combBranchT = Array.from({ length: Math.max(1, Math.floor((tMax - tStart) / (2 * depthM + widthM))) },
        (_, i) => tStart + depthM + half + i * (2 * depthM + widthM));
      for (const plan of combsClearOfHoles(tStart, tMax, depthM, minDepthM, maxDepthM, widthM, ranges, combBranchT)) {
        planned++;
        for (const t of plan.branchT) expect(branchBlocked(t, half, ranges)).toBe(false);
        plan.branchT.slice(1).forEach((t, i) => expect(t - plan.branchT[i]).toBeGreaterThanOrEqual(widthM + minDepthM - 1e-9));
        for (const row of plan.rows) {
          const depth = row.front === 'high' ? row.tHigh - half - row.tLow : row.tHigh - row.tLow - half;
          expect(depth).toBeGreaterThanOrEqual(minDepthM - 1e-9);
          expect(depth).toBeLessThan(maxDepthM);
          expect(row.tLow).toBeGreaterThanOrEqual(tStart - 1e-9);
          expect(row.tHigh).toBeLessThanOrEqual(tMax + 1e-9);
        }
        plan.rows.slice(1).forEach((row, i) => expect(row.tLow).toBeGreaterThanOrEqual(plan.rows[i].tHigh - widthM - 1e-9));
      }
    }
    // The ranges cross the plain comb's branches often enough for the planner to be exercised.
    expect(planned).toBeGreaterThan(500);
  });
});
