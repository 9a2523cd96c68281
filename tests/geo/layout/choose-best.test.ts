/**
 * The chooser's search order (choose-layout.ts chooseBest): candidates are finished from the highest
 * bound down and one that cannot beat the best finished is never finished, yet the choice is the one
 * finishing every candidate in the fixed order would give (ties to the earlier). Candidates here are
 * stand-ins whose results carry only what scoreLayout reads: no features (regularity 0), a plot share
 * and a road share of 20 % (so points = plot share + 0.2).
 */
import { describe, expect, it } from 'vitest';
import { chooseBest, chooseOverGroups, scoreLayout, betterScore, type CandidateGroup, type CutCandidate } from '../../../src/geo/layout/choose-layout';
import { DEFAULT_LAYOUT_PARAMETERS } from '../../../src/geo/layout';
import type { LayoutFailure, LayoutResult } from '../../../src/geo/layout/types';

function result(name: string, plotsPercent: number, failedRules = 0): LayoutResult {
  return {
    ok: true, crs: 'EPSG:9209', parameters: DEFAULT_LAYOUT_PARAMETERS, pattern: name, features: [], warnings: [],
    landUse: {
      zoneAreaM2: 10000,
      rows: [{ category: 'plots', areaM2: plotsPercent * 100, sharePercent: plotsPercent }, { category: 'roads', areaM2: 2000, sharePercent: 20 }],
      checks: Array.from({ length: failedRules }, () => ({ rule: 'green-min', reference: '', comparison: 'min' as const, required: 10, actual: 5, unit: '%' as const, pass: false })),
    },
  };
}

/** A stand-in candidate: its bound, and a result it counts the finishing of. */
function candidate(finished: string[], name: string, boundPoints: number, plotsPercent: number, failedRules = 0): CutCandidate {
  return { bound: { keptAtMost: 0, points: boundPoints }, finish: () => { finished.push(name); return result(name, plotsPercent, failedRules); } };
}

const failure = (code: string): LayoutFailure => ({ ok: false, errors: [{ code }] });

/** The reference: every candidate finished in the fixed order, the best kept (ties to the earlier). */
function finishEvery(candidates: readonly (CutCandidate | LayoutFailure)[]): LayoutResult | LayoutFailure | null {
  let best: LayoutResult | null = null;
  let firstFailure: LayoutFailure | null = null;
  for (const c of candidates) {
    const r = 'finish' in c ? c.finish() : c;
    if (!r.ok) { firstFailure ??= r; continue; }
    if (!best || betterScore(scoreLayout(r), scoreLayout(best))) best = r;
  }
  return best ?? firstFailure;
}

describe('chooseBest', () => {
  it('finishes the highest bound first and never finishes a candidate that cannot beat it (the demo: comb-fitted after the comb)', () => {
    const finished: string[] = [];
    const chosen = chooseBest([candidate(finished, 'comb-fitted', 53.9, 52.4), candidate(finished, 'comb', 54.9, 54.2)], null);
    expect(chosen?.ok && chosen.pattern).toBe('comb');
    expect(finished).toEqual(['comb']);
  });

  it('still finishes an earlier candidate whose bound only reaches the best (a tie keeps the earlier one), and keeps it on a tie', () => {
    const finished: string[] = [];
    // b finishes first (higher bound) at 50.2 points; a's bound is exactly 50.2, and a reaches it.
    const chosen = chooseBest([candidate(finished, 'a', 50.2, 50), candidate(finished, 'b', 51, 50)], null);
    expect(finished).toEqual(['b', 'a']);
    expect(chosen?.ok && chosen.pattern).toBe('a');
  });

  it('sets aside a later candidate whose bound only reaches the best (a tie keeps the earlier one)', () => {
    const finished: string[] = [];
    const chosen = chooseBest([candidate(finished, 'a', 51, 50), candidate(finished, 'b', 50.2, 50)], null);
    expect(finished).toEqual(['a']);
    expect(chosen?.ok && chosen.pattern).toBe('a');
  });

  it('sets nothing aside while the best breaks a rule', () => {
    const finished: string[] = [];
    const chosen = chooseBest([candidate(finished, 'a', 40, 30), candidate(finished, 'b', 60, 55, 1)], null);
    expect(finished).toEqual(['b', 'a']);
    expect(chosen?.ok && chosen.pattern).toBe('a');
  });

  it('gives the first failure in the fixed order when no candidate finishes ok, and cancelled once aborted', () => {
    const failing: CutCandidate = { bound: { keptAtMost: 0, points: 90 }, finish: () => failure('zone-too-small') };
    expect(chooseBest([failure('entrance-blocked'), failing], null)).toEqual(failure('entrance-blocked'));
    expect(chooseBest([failing, failure('entrance-blocked')], null)).toEqual(failure('zone-too-small'));
    expect(chooseBest([], null)).toBeNull();
    expect(chooseBest([candidate([], 'a', 50, 40)], null, { aborted: () => true })).toEqual(failure('cancelled'));
  });

  it('calls done once per candidate it finishes or sets aside', () => {
    let done = 0;
    chooseBest([candidate([], 'a', 53, 50), candidate([], 'b', 60, 58), candidate([], 'c', 52, 51)], null, { done: () => { done++; } });
    expect(done).toBe(3);
  });

  it('chooses what finishing every candidate in order chooses (400 seeded sets of 2–6 candidates)', () => {
    let seed = 7;
    const rnd = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
    let setAside = 0;
    for (let k = 0; k < 400; k++) {
      const n = 2 + Math.floor(rnd() * 5);
      const finished: string[] = [];
      const list = Array.from({ length: n }, (_, i): CutCandidate | LayoutFailure => {
        if (rnd() < 0.1) return failure(`f${i}`);
        // Scores on a coarse grid so that ties happen; the bound at or above the points reached.
        const plots = 40 + Math.floor(rnd() * 8) / 2;
        return candidate(finished, `c${i}`, plots + 0.2 + Math.floor(rnd() * 3) / 2, plots, rnd() < 0.15 ? 1 : 0);
      });
      const chosen = chooseBest(list, null);
      const finishedByChooser = finished.length;
      expect(chosen).toEqual(finishEvery(list));
      setAside += list.filter((c) => 'finish' in c).length - finishedByChooser;
    }
    // The search does set candidates aside: the comparison is not between two identical walks.
    expect(setAside).toBeGreaterThan(200);
  });
});

/**
 * The reference for several groups (entrance places), as the search chose before one chooser took
 * every group: each group's best by finishEvery, then the best group, ties to the earlier, the first
 * group's failure when none is laid out.
 */
function bestGroupOfEvery(groups: readonly CandidateGroup[]): { result: LayoutResult; group: number } | LayoutFailure | null {
  let best: { result: LayoutResult; group: number } | null = null;
  let firstFailure: LayoutFailure | null = null;
  groups.forEach((g, group) => {
    const r = Array.isArray(g) ? finishEvery(g) : (g as LayoutFailure);
    if (!r) return;
    if (!r.ok) { if (group === 0) firstFailure = r; return; }
    if (!best || betterScore(scoreLayout(r), scoreLayout(best.result))) best = { result: r, group };
  });
  return best ?? firstFailure;
}

describe('chooseOverGroups', () => {
  it('never finishes a later place whose candidates cannot beat the best one found (the demo: one of three places finished)', () => {
    const finished: string[] = [];
    const chosen = chooseOverGroups([
      [candidate(finished, 'middle comb', 55, 54.2), candidate(finished, 'middle comb-fitted', 53.9, 52.4)],
      [candidate(finished, 'beside pond comb', 52, 50)],
      [candidate(finished, 'off edge comb', 54, 53)],
    ], null);
    expect(chosen && 'group' in chosen && [chosen.group, chosen.result.pattern]).toEqual([0, 'middle comb']);
    expect(finished).toEqual(['middle comb']);
  });

  it('keeps the earlier place on a tie and the later one when it is better', () => {
    const tie = chooseOverGroups([[candidate([], 'a', 51, 50)], [candidate([], 'b', 52, 50)]], null);
    expect(tie && 'group' in tie && tie.group).toBe(0);
    const better = chooseOverGroups([[candidate([], 'a', 51, 50)], [candidate([], 'b', 52, 51)]], null);
    expect(better && 'group' in better && better.group).toBe(1);
  });

  it('gives the first place\'s failure when no place is laid out, and a cancelled place at once', () => {
    const failing: CutCandidate = { bound: { keptAtMost: 0, points: 90 }, finish: () => failure('zone-too-small') };
    expect(chooseOverGroups([failure('entrance-blocked'), [failing]], null)).toEqual(failure('entrance-blocked'));
    expect(chooseOverGroups([[failing], failure('entrance-blocked')], null)).toEqual(failure('zone-too-small'));
    const finished: string[] = [];
    expect(chooseOverGroups([[candidate(finished, 'a', 50, 40)], failure('cancelled')], null)).toEqual(failure('cancelled'));
    expect(finished).toEqual([]);
  });

  it('chooses what laying out each place in turn and keeping the best place chooses (400 seeded sets of 1–4 places)', () => {
    let seed = 11;
    const rnd = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
    let setAside = 0, laterPlaceWon = 0;
    for (let k = 0; k < 400; k++) {
      const finished: string[] = [];
      const groups = Array.from({ length: 1 + Math.floor(rnd() * 4) }, (_, g): CandidateGroup => {
        if (rnd() < 0.1) return failure(`place ${g} failed`);
        return Array.from({ length: 1 + Math.floor(rnd() * 4) }, (_, i): CutCandidate | LayoutFailure => {
          if (rnd() < 0.1) return failure(`f${g}.${i}`);
          const plots = 40 + Math.floor(rnd() * 8) / 2;
          return candidate(finished, `c${g}.${i}`, plots + 0.2 + Math.floor(rnd() * 3) / 2, plots, rnd() < 0.15 ? 1 : 0);
        });
      });
      const chosen = chooseOverGroups(groups, null);
      const finishedByChooser = finished.length;
      const expected = bestGroupOfEvery(groups);
      expect(chosen).toEqual(expected);
      if (expected && 'group' in expected && expected.group > 0) laterPlaceWon++;
      setAside += groups.flatMap((g) => (Array.isArray(g) ? g : [])).filter((c) => 'finish' in c).length - finishedByChooser;
    }
    // Candidates are set aside and later places do win: the comparison is not between identical walks.
    expect(setAside).toBeGreaterThan(200);
    expect(laterPlaceWon).toBeGreaterThan(40);
  });
});
