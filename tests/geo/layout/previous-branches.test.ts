/**
 * Reading a previous comb's branches off its plots (patterns.ts previousBranchTs): rows of plots with
 * gaps as wide as a branch road between them give the branch centres; back-to-back rows and other gaps
 * give none. Plots here are drawn by hand in a frame turned 30° off the plane axes.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS } from '../../../src/geo/layout';
import { localRect, makeFrame } from '../../../src/geo/layout/frame';
import { previousBranchTs } from '../../../src/geo/layout/patterns';

const f = makeFrame([560_000, 2_320_000], [Math.cos(Math.PI / 6), Math.sin(Math.PI / 6)]);
const p = DEFAULT_LAYOUT_PARAMETERS; // branch roads 10 m
/** A row of three 20 m plots either side of the main road between t0 and t1. */
const row = (t0: number, t1: number) => [-70, -50, -30, 10, 30, 50].map((s) => ({ code: `${s}:${t0}`, polygon: localRect(f, s, s + 20, t0, t1) }));

describe('previousBranchTs', () => {
  it('reads a branch in every gap as wide as a branch road, at its middle, whatever the depths', () => {
    // A first row 40 m deep, a branch, two rows back to back (38 + 41 m), a second branch moved 3 m
    // off a regular pitch, one row behind it.
    const plots = [...row(10, 50), ...row(60, 98), ...row(98, 139), ...row(149, 190)];
    expect(previousBranchTs(f, { plots }, 10, 200, p)).toEqual([55, 144]);
  });

  it('takes plots a millimetre apart for one row, and reads no branch from a gap of another width', () => {
    const plots = [...row(10, 50), ...row(50.001, 80), ...row(95, 130)];
    expect(previousBranchTs(f, { plots }, 10, 200, p)).toBeNull();
  });

  it('reads nothing where no previous plot lies behind the entrance', () => {
    expect(previousBranchTs(f, { plots: row(-50, -10) }, 10, 200, p)).toBeNull();
    expect(previousBranchTs(f, { plots: [] }, 10, 200, p)).toBeNull();
  });
});
