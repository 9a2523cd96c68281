/**
 * The stake-out choice (plot, current corner) kept across a reload: restored only while that plot is
 * still in the approved layout, and the corner only while the plot still has it (a new variant may
 * have renumbered or dropped the plot; a stale "mốc 5 of A-07" must never point at another marker).
 */
export interface StakeOutChoice {
  readonly plot: string | null;
  readonly cornerIndex: number;
}

/** The saved choice as it may be used with this layout's plots (their corner counts by code). */
export function restoredStakeOut(saved: StakeOutChoice, cornerCounts: ReadonlyMap<string, number>): StakeOutChoice {
  const count = saved.plot === null ? undefined : cornerCounts.get(saved.plot);
  if (count === undefined || count === 0) return { plot: null, cornerIndex: 0 };
  const index = Number.isInteger(saved.cornerIndex) && saved.cornerIndex >= 0 && saved.cornerIndex < count ? saved.cornerIndex : 0;
  return { plot: saved.plot, cornerIndex: index };
}
