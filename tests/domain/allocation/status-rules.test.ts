import { describe, expect, it } from 'vitest';
import {
  canMove, checkMove, checkOffer, entryStatusOf, nextStatuses, plotStatusOf, type AllocationFacts,
} from '../../../src/domain/allocation';

const row = (id: string, entryId: string, plotCodes: string[], status: AllocationFacts['status'], version = 1): AllocationFacts =>
  ({ id, entryId, plotCodes, status, version });

describe('status machine', () => {
  it('moves one step forward or to withdrawn, never back', () => {
    expect(nextStatuses('offered')).toEqual(['accepted', 'withdrawn']);
    expect(nextStatuses('building')).toEqual(['operating', 'withdrawn']);
    expect(nextStatuses('operating')).toEqual(['withdrawn']);
    expect(nextStatuses('withdrawn')).toEqual([]);
    expect(canMove('offered', 'paid')).toBe(false);
    expect(canMove('paid', 'accepted')).toBe(false);
  });

  it('gives an entry the furthest live status of its allocations', () => {
    expect(entryStatusOf([])).toBe('unallocated');
    expect(entryStatusOf([row('a', 'e', ['A-01'], 'withdrawn')])).toBe('unallocated');
    expect(entryStatusOf([row('a', 'e', ['A-01'], 'offered'), row('b', 'e', ['A-02'], 'paid')])).toBe('paid');
    expect(entryStatusOf([{ ...row('a', 'e', ['A-01'], 'building'), deleted: true }])).toBe('unallocated');
    expect(plotStatusOf([row('a', 'e', ['A-01'], 'withdrawn'), row('b', 'f', ['A-01'], 'offered')])).toBe('offered');
    expect(plotStatusOf([])).toBe('free');
  });
});

describe('one offer per plot, one accepted-or-later plot per entry', () => {
  it('refuses a plot another entry holds, at any live step', () => {
    for (const status of ['offered', 'accepted', 'paid', 'building', 'operating'] as const) {
      expect(checkOffer('e2', ['A-01'], [row('a', 'e1', ['A-01'], status)], [])).toMatchObject({ code: 'plot-taken', plotCode: 'A-01', entryId: 'e1' });
    }
    // a withdrawn offer frees the plot
    expect(checkOffer('e2', ['A-01'], [row('a', 'e1', ['A-01'], 'withdrawn')], [])).toBeNull();
  });

  it('refuses one plot of a group that is taken', () => {
    const plots = new Map([['A-02', { neighbours: ['A-03'] }], ['A-03', { neighbours: ['A-02', 'A-04'] }], ['A-04', { neighbours: ['A-03'] }]]);
    expect(checkOffer('e2', ['A-02', 'A-03'], [row('a', 'e1', ['A-03', 'A-04'], 'offered')], [], plots)).toMatchObject({ code: 'plot-taken', plotCode: 'A-03' });
  });

  it('lets an entry hold several offers, but no new one once it holds an accepted plot', () => {
    const offers = [row('a', 'e', ['A-01'], 'offered')];
    expect(checkOffer('e', ['A-02'], [], offers)).toBeNull();
    expect(checkOffer('e', ['A-01'], offers, offers)).toMatchObject({ code: 'already-offered' });
    expect(checkOffer('e', ['A-02'], [], [row('a', 'e', ['A-01'], 'accepted')])).toMatchObject({ code: 'entry-holds-plot', plotCodes: ['A-01'] });
  });

  it('accepting withdraws the other offers and refuses a second accepted plot', () => {
    const mine = [row('a', 'e', ['A-01'], 'offered'), row('b', 'e', ['A-02'], 'offered'), row('c', 'e', ['A-03'], 'withdrawn')];
    const accepted = checkMove(mine[0], 'accepted', 1, mine);
    expect(accepted).toEqual({ ok: true, withdraw: [mine[1]] });
    const holding = [row('a', 'e', ['A-01'], 'paid'), row('b', 'e', ['A-02'], 'offered')];
    expect(checkMove(holding[1], 'accepted', 1, holding)).toMatchObject({ ok: false, refusal: { code: 'entry-holds-plot' } });
  });

  it('refuses a move on an allocation changed since it was read, or a skipped step', () => {
    const a = row('a', 'e', ['A-01'], 'offered', 3);
    expect(checkMove(a, 'accepted', 2, [a])).toMatchObject({ ok: false, refusal: { code: 'changed-meanwhile' } });
    expect(checkMove(a, 'paid', 3, [a])).toMatchObject({ ok: false, refusal: { code: 'bad-step', from: 'offered', to: 'paid' } });
    expect(checkMove(undefined, 'accepted', undefined, [])).toMatchObject({ ok: false, refusal: { code: 'missing' } });
  });
});
