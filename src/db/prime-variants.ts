/**
 * The stored variants, read once as soon as the planner's code loads (PlanPage.tsx), before its first
 * render: on a fresh profile the live query's own first read, started after that render, waited in a
 * Chromium trace behind the map's first frames (about a second of main thread under SwiftShader), and
 * the open variant gates the first layout drawn. useVariants gives this read until the live query
 * answers, then forgets it, so a later visit to the screen never starts from an old read.
 */
import { database } from './database';
import { readVariants, type Variant } from './variants';

let reading: Promise<Variant[] | undefined> | null = null;
let primed: Variant[] | undefined;

/** Starts the read, unless one is under way or kept. */
export function primeVariants(): void {
  if (reading || primed) return;
  const read: Promise<Variant[] | undefined> = readVariants(database()).then(
    (variants) => {
      performance.mark('phanlo:plan-variants-primed'); // a phase of #/plan's load (bench/plan.bench.ts)
      if (reading === read) primed = variants; // not forgotten meanwhile
      return reading === read ? variants : undefined;
    },
    () => undefined, // the live query reads again and says why
  );
  reading = read;
}

/** The variants primeVariants read, if it has and they were not forgotten. */
export const primedVariants = (): Variant[] | undefined => primed;

/** The read under way or done (undefined when it failed or was forgotten), or null when none was started. */
export const primedVariantsRead = (): Promise<Variant[] | undefined> | null => reading;

/** Forgets the read: the live query has answered (it is the truth from then on). */
export function forgetPrimedVariants(): void {
  primed = undefined;
  reading = null;
}
