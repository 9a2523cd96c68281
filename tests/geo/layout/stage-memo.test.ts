/**
 * The stage memo (src/geo/layout/stage-memo.ts): a planner's session of parameter changes on one zone
 * gives byte-identical layouts with and without the memo, on the demo zone and seeded random zones;
 * and the memo itself keys a stage by the parameter fields it read.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutParameters, type LayoutResult } from '../../../src/geo/layout';
import { StageMemo } from '../../../src/geo/layout/stage-memo';
import { loadSite } from './load-site';
import { randomZone } from './random-zones';
import { lockedOf, previousOf, SESSION } from './parameter-changes';
import type { ZoneSite } from '../../../src/domain/site';

function session(site: ZoneSite, memo?: StageMemo): string[] {
  let last: LayoutResult | null = null;
  return SESSION.map((step) => {
    const result = generateLayout(site, step.parameters, {
      previous: step.given.length ? previousOf(last) : null, locked: lockedOf(last, step.lock), givenParameters: step.given, memo,
    });
    if (result.ok) last = result;
    return JSON.stringify(result);
  });
}

describe('a memoised session equals a fresh one', () => {
  const zones: [string, () => ZoneSite][] = [
    ['demo zone', () => loadSite('public/geo/dong-doc-zone.geojson')],
    ['seeded zone 2', () => randomZone(2, { minHa: 0.5, maxHa: 8 })],
    ['seeded zone 5', () => randomZone(5, { minHa: 0.5, maxHa: 8 })],
  ];
  it.each(zones)('%s', (_name, zone) => {
    const site = zone();
    const memo = new StageMemo();
    const memoised = session(site, memo);
    const fresh = session(site);
    for (let i = 0; i < SESSION.length; i++) expect(memoised[i], `step ${i}`).toBe(fresh[i]);
    // The memo was used, not bypassed: the zone is prepared once for the whole session.
    expect(memo.counts.zone.misses).toBe(1);
    expect(memo.counts.zone.hits).toBeGreaterThanOrEqual(SESSION.length - 1);
    expect(memo.counts.land.hits).toBeGreaterThan(0);
    expect(memo.counts.roads.hits).toBeGreaterThan(0);
    expect(memo.counts.facilities.hits).toBeGreaterThan(0);
  }, 240_000);
});

describe('StageMemo', () => {
  const p = (changes: Partial<LayoutParameters>): LayoutParameters => ({ ...DEFAULT_LAYOUT_PARAMETERS, ...changes });

  it('reuses a result while the fields the stage read and its arguments are the same', () => {
    const memo = new StageMemo();
    let calls = 0;
    const stage = (q: LayoutParameters) => { calls++; return { widthM: q.mainRoadWidthM * 2 }; };
    const a = memo.run('s', [1, [2, 3]], p({}), stage);
    expect(memo.run('s', [1, [2, 3]], p({ targetFrontageM: 25 }), stage)).toBe(a); // a field not read
    expect(calls).toBe(1);
    expect(memo.run('s', [1, [2, 3]], p({ mainRoadWidthM: 14 }), stage)).toEqual({ widthM: 28 }); // a field read
    expect(memo.run('s', [1, [2, 4]], p({}), stage)).not.toBe(a); // another argument
    expect(calls).toBe(3);
    expect(memo.run('s', [1, [2, 3]], p({}), stage)).toBe(a); // still kept
  });

  it('tells −0 from 0 and Infinity from null in arguments', () => {
    const memo = new StageMemo();
    const stage = (x: number | null) => () => ({ x });
    const zero = memo.run('s', [0], null, stage(0));
    expect(memo.run('s', [-0], null, stage(-0))).not.toBe(zero);
    const inf = memo.run('s', [Infinity], null, stage(Infinity));
    expect(memo.run('s', [null], null, stage(null))).not.toBe(inf);
  });

  it('counts a spread of the parameters as reading every field', () => {
    const memo = new StageMemo();
    const stage = (q: LayoutParameters) => ({ copy: { ...q } });
    const a = memo.run('s', [], p({}), stage);
    expect(memo.run('s', [], p({ turnaroundM: 13 }), stage)).not.toBe(a);
  });

  it('does not keep a result that holds the parameters themselves', () => {
    const memo = new StageMemo();
    const stage = (q: LayoutParameters) => ({ nested: [{ parameters: q }] });
    const a = memo.run('s', [], p({}), stage);
    expect(memo.run('s', [], p({}), stage)).not.toBe(a);
    expect(memo.counts.s.hits).toBe(0);
  });
});
