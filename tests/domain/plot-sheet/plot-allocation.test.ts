import { describe, expect, it } from 'vitest';
import { candidatePlotCodes, holderOnSheet, plotHolder, type AllocationLike } from '../../../src/domain/plot-sheet/plot-allocation';

const entries = [{ id: 'e1', name: 'Hộ bà Trần Thị Lan', wishes: ['C-02', 'A-01'] }, { id: 'e2', name: 'Công ty Mộc', deleted: true }];
const allocation = (id: string, entryId: string, plotCodes: string[], status: AllocationLike['status'], extra: Partial<AllocationLike> = {}): AllocationLike =>
  ({ id, entryId, variantId: 'v1', plotCodes, status, ...extra });

describe('plotHolder', () => {
  it('takes the latest stage among live allocations of the variant', () => {
    const rows = [allocation('a1', 'e1', ['A-01'], 'offered'), allocation('a2', 'e1', ['A-01', 'A-02'], 'paid')];
    expect(plotHolder(rows, entries, 'v1', 'A-01')?.allocation.id).toBe('a2');
    expect(plotHolder(rows, entries, 'v1', 'A-02')?.entry?.name).toBe('Hộ bà Trần Thị Lan');
  });

  it('ignores withdrawn, deleted and other variants’ allocations, and deleted entries', () => {
    const rows = [
      allocation('a1', 'e1', ['A-01'], 'withdrawn'), allocation('a2', 'e1', ['A-01'], 'accepted', { deleted: true }),
      allocation('a3', 'e1', ['A-01'], 'accepted', { variantId: 'v2' }), allocation('a4', 'e2', ['B-01'], 'accepted'),
    ];
    expect(plotHolder(rows, entries, 'v1', 'A-01')).toBeNull();
    expect(plotHolder(rows, entries, 'v1', 'B-01')?.entry).toBeNull();
    expect(holderOnSheet(plotHolder(rows, entries, 'v1', 'B-01'))).toBeNull();
  });

  it('says on the sheet whether the plot is only offered', () => {
    const offered = plotHolder([allocation('a1', 'e1', ['A-01'], 'offered')], entries, 'v1', 'A-01');
    expect(holderOnSheet(offered)).toEqual({ name: 'Hộ bà Trần Thị Lan', offered: true });
  });
});

describe('candidatePlotCodes', () => {
  it('lists allocated plots (latest stage first), then wishes, each once', () => {
    const rows = [allocation('a1', 'e1', ['B-02'], 'offered'), allocation('a2', 'e1', ['A-01'], 'accepted'), allocation('a3', 'e1', ['D-01'], 'withdrawn')];
    expect(candidatePlotCodes(rows, entries[0], 'v1')).toEqual(['A-01', 'B-02', 'C-02']);
  });
});
