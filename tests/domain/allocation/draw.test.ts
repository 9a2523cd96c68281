import { describe, expect, it } from 'vitest';
import { mersenne } from 'pure-rand/generator/mersenne';
import { drawOrder, drawResult, seedNumberOf } from '../../../src/domain/allocation';

describe('public draw', () => {
  it('hashes the seed with FNV-1a (published test vectors)', () => {
    // FNV-1a 32-bit reference values (Fowler/Noll/Vo test suite): "" and "a" and "foobar".
    expect(seedNumberOf('')).toBe(0x811c9dc5);
    expect(seedNumberOf('a')).toBe(0xe40c292c);
    expect(seedNumberOf('foobar')).toBe(0xbf9cf968);
  });

  it('uses MT19937 (its reference first output for the default seed 5489)', () => {
    // MT19937's first output for seed 5489 is 3499211612 (Matsumoto & Nishimura's reference); pure-rand gives it signed.
    expect(mersenne(5489).next() >>> 0).toBe(3499211612);
  });

  it('gives the same order for the same seed and participants, in any input order', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `entry-${i}`);
    const first = drawOrder('20240315-0930', ids);
    expect(drawOrder('20240315-0930', [...ids].reverse())).toEqual(first);
    expect([...first].sort()).toEqual([...ids].sort());
    expect(drawOrder('20240315-0931', ids)).not.toEqual(first);
  });

  it('matches a shuffle written out here from the documented steps', () => {
    const ids = ['c', 'a', 'e', 'b', 'd'];
    const order = [...ids].sort();
    const rng = mersenne(seedNumberOf('bốc thăm'));
    for (let i = order.length - 1; i > 0; i--) {
      // uniform integer in [0, i] by rejection on 32-bit outputs, as the module's header documents it
      const range = i + 1;
      const limit = 0x100000000 - (0x100000000 % range);
      let value: number;
      do value = rng.next() >>> 0; while (value >= limit);
      const j = value % range;
      [order[i], order[j]] = [order[j], order[i]];
    }
    expect(drawOrder('bốc thăm', ids)).toEqual(order);
  });

  it('gives plots in order to the first drawn, and none once plots run out', () => {
    const result = drawResult('s', ['x', 'y', 'z'], ['A-01', 'A-02']);
    expect(result.map((line) => line.entryId)).toEqual(drawOrder('s', ['x', 'y', 'z']));
    expect(result.map((line) => line.plotCode)).toEqual(['A-01', 'A-02', null]);
  });
});
