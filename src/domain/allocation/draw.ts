/**
 * The public draw (bốc thăm): a seeded, reproducible random order. Anyone can check a posted result:
 * the seed text is hashed with 32-bit FNV-1a into the seed of the Mersenne Twister MT19937 (pure-rand's
 * `mersenne`), and the participants, sorted by id, are shuffled by Fisher–Yates: for i from the last
 * index down to 1, j = u mod (i + 1) where u is the next 32-bit output not below 2³² − (2³² mod (i + 1))
 * (rejection, so every j is equally likely), then swap i and j. Written out here rather than taken from a
 * library's integer helper so that the posted rule stays true whatever the library does next.
 * Same seed and participants, same order, on any machine. Drawn for plots, the first in the order takes
 * the first plot (in the order given), and so on.
 */
import { mersenne } from 'pure-rand/generator/mersenne';

const TWO_32 = 0x100000000;

/** A uniform integer in [0, range) from 32-bit outputs, by rejection. */
function uniformBelow(next: () => number, range: number): number {
  const limit = TWO_32 - (TWO_32 % range);
  let value = next() >>> 0;
  while (value >= limit) value = next() >>> 0;
  return value % range;
}

/** 32-bit FNV-1a of the seed's UTF-8 bytes (as a non-negative integer). */
export function seedNumberOf(seed: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(seed.normalize('NFC'))) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The participants' ids in drawn order. */
export function drawOrder(seed: string, participantIds: readonly string[]): string[] {
  const order = [...new Set(participantIds)].sort();
  const rng = mersenne(seedNumberOf(seed));
  const next = () => rng.next();
  for (let i = order.length - 1; i > 0; i--) {
    const j = uniformBelow(next, i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export interface DrawResultLine {
  readonly entryId: string;
  /** The plot drawn, or null when drawn for order only or when the plots ran out. */
  readonly plotCode: string | null;
}

/** The draw's result: the order, and the plot each takes when drawn for plots (codes in the order given). */
export function drawResult(seed: string, participantIds: readonly string[], plotCodes: readonly string[] | null): DrawResultLine[] {
  return drawOrder(seed, participantIds).map((entryId, i) => ({ entryId, plotCode: plotCodes ? plotCodes[i] ?? null : null }));
}

/** A seed when the officials do not choose one: digits read out loud at the draw (the clock's, by default). */
export const defaultSeed = (now: Date): string =>
  `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}-${String(now.getHours()).padStart(2, '0')}${String(now.getMinutes()).padStart(2, '0')}${String(now.getSeconds()).padStart(2, '0')}`;
