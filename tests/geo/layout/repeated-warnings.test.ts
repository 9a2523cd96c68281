/**
 * A warning met at several places alike is said once with how many (`repeated`): the 60 m strip entered
 * from its side has a gate road crossing into a road along the length, two arms each a 335 m dead end
 * with its turning square, which the command line and #/plan used to print as two identical lines.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import { mergeRepeatedWarnings } from '../../../src/geo/layout/generate-layout';
import { loadSite } from './load-site';

vi.setConfig({ testTimeout: 60_000 });

describe('repeated layout warnings', () => {
  it('merge the same code and params into one, counted, in the order first met', () => {
    const deadEnd = { code: 'dead-end-turnaround-added', params: { lengthM: 335, maxDeadEndM: 46, turnaroundM: 12 } };
    const sameInAnotherOrder = { code: 'dead-end-turnaround-added', params: { turnaroundM: 12, maxDeadEndM: 46, lengthM: 335 } };
    const other = { code: 'dead-end-turnaround-added', params: { lengthM: 83.5, maxDeadEndM: 46, turnaroundM: 12 } };
    const bare = { code: 'plots-to-green' };
    expect(mergeRepeatedWarnings([deadEnd, other, sameInAnotherOrder, bare, bare])).toEqual([
      { code: 'dead-end-turnaround-added', params: { lengthM: 335, maxDeadEndM: 46, turnaroundM: 12, repeated: 2 } },
      other,
      { code: 'plots-to-green', params: { repeated: 2 } },
    ]);
    expect(mergeRepeatedWarnings([deadEnd, other])).toEqual([deadEnd, other]);
  });

  it('say the two dead ends of the strip entered from its side once, with both turning squares on the land', () => {
    const site = loadSite(join(__dirname, '../../fixtures/layout/in/bug-strip-60-entered-from-side.geojson'));
    const layout = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
    expect(layout.ok).toBe(true);
    const turnarounds = layout.features.filter((f) => f.properties.kind === 'road' && f.properties.role === 'turnaround');
    expect(turnarounds).toHaveLength(2);
    const deadEnds = layout.warnings.filter((w) => w.code === 'dead-end-turnaround-added');
    expect(deadEnds).toEqual([{ code: 'dead-end-turnaround-added', params: { lengthM: 335, maxDeadEndM: 46, turnaroundM: 12, repeated: 2 } }]);
    const keys = layout.warnings.map((w) => JSON.stringify(w));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
