/**
 * Exact-area cuts by bisection (facility-cuts.ts, facility-squarify.ts): where along an axis a cut
 * gives a piece of the area asked for, to 1 mm, with a quick unclipped area (slab-area.ts) settling
 * the steps it already decides.
 */

/** Bisection steps: a 1 km search interval narrows below 1 mm. */
const BISECTION_STEPS = 22;

/** A quick area (slab-area.ts) and how far the clipped area can be from it, m². */
export interface AreaEstimate { readonly areaOf: (x: number) => number; readonly slackM2: number }

/**
 * The x in [lo, hi] where the increasing function areaOf(x) reaches target. A step whose estimate is
 * farther than its slack from the target goes the way the clipped area would send it, unclipped.
 */
export function solve(areaOf: (x: number) => number, target: number, lo: number, hi: number, estimate?: AreaEstimate): number {
  const below = (x: number) => {
    const guess = estimate?.areaOf(x);
    if (guess !== undefined && guess + estimate!.slackM2 < target) return true;
    if (guess !== undefined && guess - estimate!.slackM2 >= target) return false;
    return areaOf(x) < target;
  };
  for (let k = 0; k < BISECTION_STEPS && hi - lo > 0.0005; k++) {
    const mid = (lo + hi) / 2;
    if (below(mid)) lo = mid;
    else hi = mid;
  }
  return Math.round(((lo + hi) / 2) * 1000) / 1000;
}
