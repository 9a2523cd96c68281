// The suggestion with groups of adjacent plots: an entry needing more than the largest free plot gets a
// connected group of 2–3 plots as one allocation; each plot goes to at most one entry; as many entries as
// possible are placed, then the least total cost. Checked against a brute force that tries every way of
// giving each entry nothing, a plot, or (if it needs one) a group — an oracle sharing only the cost
// function with the solver.
import { describe, expect, it } from 'vitest';
import { mersenne } from 'pure-rand/generator/mersenne';
import {
  adjacentGroups, groupFacts, needsGroup, placementPoints, suggestAllocations, type PlotFacts, type SuggestionEntry,
} from '../../../src/domain/allocation';

const plot = (code: string, areaM2: number, neighbours: string[], x = 0): PlotFacts =>
  ({ code, areaM2, centre: [x, 0], corner: false, neighbours, sharedBoundaryShare: 0.5, homesDistanceM: 50 + x });
const entry = (id: string, areaNeededM2: number, extra: Partial<SuggestionEntry> = {}): SuggestionEntry =>
  ({ id, trade: null, areaNeededM2, emissions: [], fireHazard: null, wishes: [], ...extra });

describe('groups of adjacent plots', () => {
  it('lists each connected set of 2 and 3 plots once (a 2 × 2 block: 4 pairs, 4 triples; no pair across the gap)', () => {
    // A-1 A-2 / B-1 B-2 touch side by side and back to back (a cycle of four); C-1 stands alone.
    const plots = [
      plot('A-1', 500, ['A-2', 'B-1']), plot('A-2', 500, ['A-1', 'B-2']),
      plot('B-1', 500, ['A-1', 'B-2']), plot('B-2', 500, ['A-2', 'B-1']), plot('C-1', 500, []),
    ];
    const groups = adjacentGroups(plots).map((codes) => codes.join('+')).sort();
    expect(groups).toEqual([
      'A-1+A-2', 'A-1+A-2+B-1', 'A-1+A-2+B-2', 'A-1+B-1', 'A-1+B-1+B-2', 'A-2+B-1+B-2', 'A-2+B-2', 'B-1+B-2',
    ]);
  });

  it('a group is one plot for the cost: areas added, a wish for any member counts', () => {
    const group = groupFacts([plot('A-1', 500, ['A-2']), plot('A-2', 700, ['A-1', 'A-3'], 20)]);
    expect(group).toMatchObject({ code: 'A-1+A-2', memberCodes: ['A-1', 'A-2'], areaM2: 1200, neighbours: ['A-3'], homesDistanceM: 50 });
    expect(placementPoints(entry('e', 1200, { wishes: ['X', 'A-2'] }), group)).toBe(8); // second wish, area exact
  });

  it('offers a large entry two adjacent plots as one allocation, with the reasons of the group', () => {
    const plots = [plot('A-1', 500, ['A-2'], 0), plot('A-2', 500, ['A-1', 'A-3'], 20), plot('A-3', 500, ['A-2'], 40), plot('B-1', 600, [], 100)];
    const suggestion = suggestAllocations([entry('big', 1000), entry('small', 600)], plots, new Map(), { rounds: 1 });
    const big = suggestion.placements.find((p) => p.entryId === 'big')!;
    expect(big.plotCodes.length).toBe(2);
    expect(big.plotCodes.every((code) => code.startsWith('A-'))).toBe(true);
    expect(big.cost.reasons[0]).toMatchObject({ code: 'area', plotAreaM2: 1000, neededM2: 1000 });
    expect(suggestion.placements.find((p) => p.entryId === 'small')!.plotCodes).toEqual(['B-1']);
    expect(suggestion.exact).toBe(true);
  });
});

/** Every choice (nothing, a plot, or for a group entry a group), disjoint: the most placed, then the least cost. */
function bruteForce(entries: SuggestionEntry[], plots: PlotFacts[]): { placed: number; points: number } {
  const largest = Math.max(...plots.map((p) => p.areaM2));
  const byCode = new Map(plots.map((p) => [p.code, p]));
  const groups = adjacentGroups(plots);
  const optionsOf = (e: SuggestionEntry) => (needsGroup(e.areaNeededM2, largest)
    ? groups.map((codes) => ({ codes, points: placementPoints(e, groupFacts(codes.map((c) => byCode.get(c)!))) }))
    : plots.map((p) => ({ codes: [p.code], points: placementPoints(e, p) })));
  const options = entries.map(optionsOf);
  let best = { placed: -1, points: Infinity };
  const used = new Set<string>();
  const walk = (i: number, placed: number, points: number) => {
    if (i === entries.length) {
      if (placed > best.placed || (placed === best.placed && points < best.points - 1e-9)) best = { placed, points };
      return;
    }
    walk(i + 1, placed, points);
    for (const option of options[i]) {
      if (option.codes.some((c) => used.has(c))) continue;
      option.codes.forEach((c) => used.add(c));
      walk(i + 1, placed + 1, points + option.points);
      option.codes.forEach((c) => used.delete(c));
    }
  };
  walk(0, 0, 0);
  return best;
}

describe('exact against brute force', () => {
  it('on random rows of plots with entries of every size', () => {
    let groupsPlaced = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const rng = mersenne(seed);
      const next = (n: number) => (rng.next() >>> 0) % n;
      const count = 3 + next(4); // 3–6 plots along a road, each touching the next (a gap now and then)
      const plots: PlotFacts[] = [];
      for (let i = 0; i < count; i++) plots.push(plot(`P-${i}`, 300 + next(5) * 100, [], i * 25));
      for (let i = 0; i + 1 < count; i++) {
        if (next(4) === 0) continue;
        (plots[i].neighbours as string[]).push(plots[i + 1].code);
        (plots[i + 1].neighbours as string[]).push(plots[i].code);
      }
      const entries = Array.from({ length: 2 + next(3) }, (_, i) => entry(`e${i}`, 250 + next(12) * 100, {
        emissions: next(2) ? ['noise'] : [], wishes: next(3) === 0 ? [plots[next(count)].code] : [],
      }));
      const suggestion = suggestAllocations(entries, plots, new Map(), { rounds: 1 });
      const oracle = bruteForce(entries, plots);
      expect(suggestion.exact, `seed ${seed}`).toBe(true);
      expect(suggestion.placements.length, `seed ${seed}`).toBe(oracle.placed);
      expect(suggestion.totalPoints, `seed ${seed}`).toBeCloseTo(oracle.points, 1);
      // Each plot at most once, each group connected.
      const codes = suggestion.placements.flatMap((p) => p.plotCodes);
      expect(new Set(codes).size, `seed ${seed}`).toBe(codes.length);
      groupsPlaced += suggestion.placements.filter((p) => p.plotCodes.length > 1).length;
    }
    expect(groupsPlaced).toBeGreaterThan(5); // the cases do exercise groups
  });
});
