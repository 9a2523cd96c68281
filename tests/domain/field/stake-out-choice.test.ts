// The stake-out choice across a reload: kept in localStorage with the field preferences, and used again
// only while the approved layout still has that plot (and that corner).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { restoredStakeOut } from '../../../src/domain/field';

const counts = new Map([['A-01', 4], ['A-02', 5]]);

describe('restoredStakeOut', () => {
  it('keeps a plot and corner the layout still has', () => {
    expect(restoredStakeOut({ plot: 'A-02', cornerIndex: 4 }, counts)).toEqual({ plot: 'A-02', cornerIndex: 4 });
  });
  it('drops a plot the approved layout no longer has', () => {
    expect(restoredStakeOut({ plot: 'B-09', cornerIndex: 2 }, counts)).toEqual({ plot: null, cornerIndex: 0 });
  });
  it('goes back to corner 1 when the plot lost that corner or the saved index is nonsense', () => {
    expect(restoredStakeOut({ plot: 'A-01', cornerIndex: 4 }, counts)).toEqual({ plot: 'A-01', cornerIndex: 0 });
    expect(restoredStakeOut({ plot: 'A-01', cornerIndex: -1 }, counts)).toEqual({ plot: 'A-01', cornerIndex: 0 });
    expect(restoredStakeOut({ plot: 'A-01', cornerIndex: 1.5 }, counts)).toEqual({ plot: 'A-01', cornerIndex: 0 });
  });
});

describe('the field session keeps the stake-out choice in localStorage', () => {
  const stored = new Map<string, string>();
  beforeAll(() => {
    // Node has no window.localStorage (zustand's persist reads that): a small in-memory one, set before
    // the store module is first loaded.
    const localStorage = {
      getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v),
      removeItem: (k: string) => void stored.delete(k), clear: () => stored.clear(), key: () => null, get length() { return stored.size; },
    };
    Object.defineProperty(globalThis, 'window', { configurable: true, value: { localStorage } });
  });
  afterEach(() => stored.clear());
  afterAll(() => { Reflect.deleteProperty(globalThis, 'window'); });

  it('writes the plot and the current corner under phanlo.field.preferences', async () => {
    const { useFieldSession } = await import('../../../src/state/field-session');
    useFieldSession.getState().stakeOut('A-02');
    useFieldSession.getState().setCornerIndex(3);
    const saved = JSON.parse(stored.get('phanlo.field.preferences') ?? '{}') as { state?: Record<string, unknown> };
    expect(saved.state).toMatchObject({ stakeOutPlot: 'A-02', cornerIndex: 3, accuracyThresholdM: 5 });
  });
});
