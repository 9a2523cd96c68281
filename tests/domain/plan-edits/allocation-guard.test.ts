/** The allocation guard: which allocations a regeneration or a hand edit would move or remove. */
import { describe, expect, it } from 'vitest';
import { affectedAllocations } from '../../../src/domain/plan-edits/allocation-guard';
import { generateLayout } from '../../../src/geo/layout';
import { mergePlots, moveDivider, renamePlot } from '../../../src/geo/layout-edits';
import { applied, demoLayout, demoSite, plotsOf } from '../../geo/layout-edits/demo-layout';

const before = demoLayout();
const allocation = (id: string, plotCodes: string[], status = 'offered') => ({ id, entryId: `entry-${id}`, plotCodes, status });

describe('affectedAllocations', () => {
  it('names the allocation of a plot an edit moves, not the others, and never a withdrawn one', () => {
    const after = applied(moveDivider(before, demoSite, ['A-04', 'A-05'], 2)).layout;
    const rows = [allocation('1', ['A-04']), allocation('2', ['A-06']), allocation('3', ['A-05'], 'withdrawn')];
    expect(affectedAllocations(before, after, rows)).toEqual([{ allocationId: '1', entryId: 'entry-1', codes: ['A-04'] }]);
  });

  it('names a plot merged away', () => {
    const after = applied(mergePlots(before, demoSite, ['A-04', 'A-05'])).layout;
    expect(affectedAllocations(before, after, [allocation('1', ['A-05', 'A-06'])])).toEqual([{ allocationId: '1', entryId: 'entry-1', codes: ['A-05'] }]);
  });

  it('lets a renamed plot keep its allocation, and passes an unchanged layout', () => {
    const after = applied(renamePlot(before, 'A-03', 'X-1')).layout;
    expect(affectedAllocations(before, after, [allocation('1', ['A-03'])], { 'A-03': 'X-1' })).toEqual([]);
    expect(affectedAllocations(before, structuredClone(before), [allocation('1', ['A-03'])])).toEqual([]);
  });

  it('names the allocated plots a regeneration with other parameters moves', () => {
    const r = generateLayout(demoSite, { ...before.parameters, targetFrontageM: 25 }, { previous: { plots: [...plotsOf(before)].map(([code, polygon]) => ({ code, polygon })) } });
    if (!r.ok) throw new Error('no layout');
    const moved = [...plotsOf(before).keys()].filter((code) => JSON.stringify(plotsOf(r).get(code)) !== JSON.stringify(plotsOf(before).get(code)));
    expect(moved.length).toBeGreaterThan(0);
    const affected = affectedAllocations(before, r, [allocation('1', [moved[0]])]);
    expect(affected.map((a) => a.codes)).toEqual([[moved[0]]]);
  });
});
