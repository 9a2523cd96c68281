import { describe, expect, it } from 'vitest';
import { mersenne } from 'pure-rand/generator/mersenne';
import {
  placementCost, solveAssignment, suggestAllocations, type PlotFacts, type SuggestionEntry,
} from '../../../src/domain/allocation';

/** The least total over every way of giving min(rows, columns) rows distinct columns. */
function bruteForce(costs: number[][]): number {
  const rows = costs.length;
  const columns = costs[0].length;
  const take = Math.min(rows, columns);
  let best = Infinity;
  const used = new Set<number>();
  const walk = (row: number, placed: number, total: number) => {
    if (placed === take) { best = Math.min(best, total); return; }
    if (row === rows) return;
    if (rows - row < take - placed) return;
    walk(row + 1, placed, total); // this row gets nothing (only when rows > columns)
    for (let c = 0; c < columns; c++) {
      if (used.has(c)) continue;
      used.add(c);
      walk(row + 1, placed + 1, total + costs[row][c]);
      used.delete(c);
    }
  };
  walk(0, 0, 0);
  return best;
}

function randomMatrix(seed: number, rows: number, columns: number): number[][] {
  const rng = mersenne(seed);
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => ((rng.next() >>> 0) % 1000) / 10));
}

describe('exact assignment', () => {
  it('finds the brute-force least total on small square and rectangular cases', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const rows = 1 + (seed % 6);
      const columns = 1 + ((seed * 7) % 6);
      const costs = randomMatrix(seed, rows, columns);
      const pairs = solveAssignment(costs);
      expect(pairs.length).toBe(Math.min(rows, columns));
      expect(new Set(pairs.map(([r]) => r)).size).toBe(pairs.length);
      expect(new Set(pairs.map(([, c]) => c)).size).toBe(pairs.length);
      const total = pairs.reduce((sum, [r, c]) => sum + costs[r][c], 0);
      expect(total).toBeCloseTo(bruteForce(costs), 6);
    }
  });

  it('beats a greedy pick where greedy loses', () => {
    // greedy takes 1 for row 0 and is left with 100; the best is 2 + 2
    const costs = [[1, 2], [2, 100]];
    const pairs = solveAssignment(costs);
    expect(pairs.reduce((sum, [r, c]) => sum + costs[r][c], 0)).toBe(4);
  });
});

const plot = (code: string, areaM2: number, extra: Partial<PlotFacts> = {}): PlotFacts =>
  ({ code, areaM2, centre: [0, 0], corner: false, neighbours: [], sharedBoundaryShare: 0.5, homesDistanceM: 100, ...extra });
const entry = (id: string, extra: Partial<SuggestionEntry> = {}): SuggestionEntry =>
  ({ id, trade: null, areaNeededM2: 800, emissions: [], fireHazard: null, wishes: [], ...extra });

describe('suggestion costs and reasons', () => {
  it('costs area mismatch, twice when the plot is too small', () => {
    expect(placementCost(entry('e'), plot('A', 800)).points).toBe(0);
    expect(placementCost(entry('e'), plot('A', 1000)).points).toBe(25);
    expect(placementCost(entry('e'), plot('A', 600)).points).toBe(50);
  });

  it('keeps noise, dust and smoke off the homes edge, but not wastewater alone', () => {
    const near = plot('A', 800, { homesDistanceM: 10 });
    const far = plot('B', 800, { homesDistanceM: 200 });
    const noisy = entry('e', { emissions: ['noise'] });
    expect(placementCost(noisy, near).points).toBeGreaterThan(placementCost(noisy, far).points);
    expect(placementCost(noisy, near).reasons[0]).toMatchObject({ code: 'homes', distanceM: 10 });
    expect(placementCost(entry('w', { emissions: ['wastewater'] }), near).points).toBe(0);
  });

  it('puts a high fire hazard where the plot has room around it', () => {
    const walled = plot('A', 800, { sharedBoundaryShare: 0.9 });
    const open = plot('B', 800, { sharedBoundaryShare: 0.1 });
    const risky = entry('e', { fireHazard: 'high' });
    expect(placementCost(risky, walled).points).toBeGreaterThan(placementCost(risky, open).points);
  });

  it('places every entry on a free plot at the least total, with reasons, and leaves the rest for a draw', () => {
    const plots = [plot('A-01', 500, { homesDistanceM: 5 }), plot('A-02', 900, { homesDistanceM: 150 }), plot('A-03', 800, { homesDistanceM: 8 })];
    const entries = [entry('smithy', { areaNeededM2: 800, emissions: ['noise', 'smoke'] }), entry('tailor', { areaNeededM2: 800 }),
      entry('shop', { areaNeededM2: 500 }), entry('late', { areaNeededM2: 700 })];
    const result = suggestAllocations(entries, plots, new Map(), { rounds: 1 });
    const costs = entries.map((e) => plots.map((p) => placementCost(e, p).points));
    expect(result.totalPoints).toBeCloseTo(bruteForce(costs), 6);
    expect(result.placements).toHaveLength(3);
    expect(result.unplaced).toHaveLength(1);
    expect(result.placements.find((p) => p.entryId === 'smithy')?.plotCode).toBe('A-02');
    for (const placement of result.placements) expect(placement.cost.reasons.length).toBeGreaterThan(0);
  });

  it('groups a trade next to the plots it already holds', () => {
    const plots = [plot('A-01', 800, { centre: [0, 0] }), plot('B-01', 800, { centre: [300, 0] })];
    const held = new Map([['carpentry', [[300, 10] as const]]]);
    const result = suggestAllocations([entry('e', { trade: 'carpentry' })], plots, held);
    expect(result.placements[0].plotCode).toBe('B-01');
    expect(result.placements[0].cost.reasons.some((r) => r.code === 'group')).toBe(true);
  });

  it('prefers wished plots in the order wished', () => {
    const plots = [plot('A-01', 800), plot('A-02', 800)];
    const result = suggestAllocations([entry('e', { wishes: ['A-02', 'A-01'] })], plots);
    expect(result.placements[0].plotCode).toBe('A-02');
  });
});
