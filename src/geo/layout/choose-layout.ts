/**
 * How the chooser weighs candidate layouts (README of src/geo/layout, "How a layout is chosen"):
 * first every balance rule kept (a candidate breaking fewer rules always wins), then on a re-run the
 * plots of the previous layout kept exactly (stable plots and codes), then the share of the
 * zone in plots, in percent points, plus at most REGULARITY_POINTS for regularity — the share of plots
 * that are rectangles, less a little for road land — so regularity only decides between candidates
 * whose plot shares lie within about a point of each other. Ties keep the earlier candidate.
 */
import { isRegularPlot } from './green-top-up';
import type { LayoutFailure, LayoutResult, PreviousLayout } from './types';
import type { PlanePolygon } from '../plane-measure';
import { snapped } from './layout-features';

/** Most points regularity can add to a candidate's plot share. */
export const REGULARITY_POINTS = 1;

/**
 * The points a layout loses for its roads narrower than their width between their ends (a pond or the
 * zone edge biting into them, warned `road-narrower-than-width`): each stretch's whole right of way
 * (length × width) as a share of the zone, the land it would take to widen it. Issue 7 asks every
 * road as wide as it says along its whole length, so a layout whose roads are whole wins unless it
 * keeps that much less of the zone in plots: a U's road along its notch side (58–168 m on 1–12 ha) costs
 * 1–6 points, a pond's corner across 2.5 m of a branch on 7 ha 0.04.
 */
function narrowedRoadPoints(r: LayoutResult): number {
  const zoneM2 = r.landUse.zoneAreaM2;
  if (!(zoneM2 > 0)) return 0;
  return r.warnings.filter((w) => w.code === 'road-narrower-than-width')
    .reduce((sum, w) => sum + (100 * Number(w.params?.lengthM ?? 0) * Number(w.params?.widthM ?? 0)) / zoneM2, 0);
}

export interface LayoutScore {
  /** Balance rules the candidate breaks. */
  readonly failedRules: number;
  /** Plots of the previous layout (a re-run) the candidate keeps exactly: more wins next. */
  readonly keptPlots: number;
  /** Share of the zone in plots, percent, plus regularity (≤ REGULARITY_POINTS). */
  readonly points: number;
}

/** A plot's corners to the centimetre, in order from the lowest: equal for the same plot drawn again. */
function cornerKey(ring: readonly (readonly number[])[]): string {
  const pts = ring.slice(0, -1).map((q) => `${Math.round(q[0] * 100)},${Math.round(q[1] * 100)}`);
  return [...pts].sort().join(' ');
}

export function scoreLayout(r: LayoutResult, previous?: PreviousLayout | null): LayoutScore {
  const share = (category: string) => r.landUse.rows.find((row) => row.category === category)?.sharePercent ?? 0;
  const plots = r.features.filter((f) => f.properties.kind === 'plot');
  const regular = plots.filter((f) => isRegularPlot((f.geometry as { coordinates: PlanePolygon }).coordinates)).length;
  const regularShare = plots.length ? regular / plots.length : 0;
  const roadShare = share('roads') / 100;
  const before = new Set((previous?.plots ?? []).map((q) => cornerKey(q.polygon[0])));
  const keptPlots = before.size ? plots.filter((f) => before.has(cornerKey((f.geometry as { coordinates: PlanePolygon }).coordinates[0]))).length : 0;
  return {
    failedRules: r.landUse.checks.filter((c) => !c.pass).length,
    keptPlots,
    points: share('plots') + REGULARITY_POINTS * (0.75 * regularShare + 0.25 * (1 - roadShare))
      - narrowedRoadPoints(r),
  };
}

/** The most a candidate can score, read off its plots as cut (before envelopes and the green top-up). */
export interface ScoreBound {
  /** The previous plots found among the plots as cut: the most it can keep. */
  readonly keptAtMost: number;
  /** Their share of the zone plus all of REGULARITY_POINTS: the most points it can reach. */
  readonly points: number;
}

/**
 * The bound of a candidate whose plots as cut are `plotsAsCut` (locked ones included): the later
 * steps only take plots away, so it keeps at most the previous plots found among them (snapped as
 * layout-features.ts writes them) and reaches at most their share plus all of REGULARITY_POINTS.
 * @param plotsM2 the area of plotsAsCut, m²
 */
export function scoreBound(plotsAsCut: readonly PlanePolygon[], plotsM2: number, zoneM2: number, previous?: PreviousLayout | null): ScoreBound {
  const before = new Set((previous?.plots ?? []).map((q) => cornerKey(q.polygon[0])));
  const keptAtMost = before.size ? plotsAsCut.filter((q) => before.has(cornerKey(snapped(q)[0]))).length : 0;
  return { keptAtMost, points: (100 * plotsM2) / zoneM2 + REGULARITY_POINTS };
}

/**
 * Whether a candidate with this bound cannot beat `best`, a score keeping every rule. A candidate
 * earlier in the fixed order than best (`earlier`) wins a tie, so it is set aside only when it cannot
 * even reach best's points.
 */
export function cannotBeat(best: LayoutScore, bound: ScoreBound, earlier = false): boolean {
  if (bound.keptAtMost !== best.keptPlots) return bound.keptAtMost < best.keptPlots;
  return earlier ? bound.points + 1e-9 < best.points : bound.points <= best.points;
}

/** Whether score a beats score b. */
export const betterScore = (a: LayoutScore, b: LayoutScore): boolean =>
  a.failedRules !== b.failedRules ? a.failedRules < b.failedRules
    : a.keptPlots !== b.keptPlots ? a.keptPlots > b.keptPlots
      : a.points > b.points + 1e-9;

/** A candidate laid out as far as its plots as cut (pattern-layout.ts cutPattern): its bound, and the rest on demand. */
export interface CutCandidate {
  readonly bound: ScoreBound;
  readonly finish: () => LayoutResult | LayoutFailure;
}

/** How the chooser reports to the search: cancellation, checked before each candidate, and one call per candidate done. */
export interface ChooseHooks {
  readonly aborted?: () => boolean;
  readonly done?: () => void;
}

/**
 * The best of the candidates of one entrance, given in their fixed order (a failure in place of a
 * candidate that failed before its plots were cut): chooseOverGroups with one group.
 * @returns the best result; else the first failure in the fixed order (`cancelled` once aborted); null when there is neither
 */
export function chooseBest(
  candidates: readonly (CutCandidate | LayoutFailure)[], previous: PreviousLayout | null | undefined, hooks: ChooseHooks = {},
): LayoutResult | LayoutFailure | null {
  const chosen = chooseOverGroups([candidates], previous, hooks);
  return chosen && 'group' in chosen ? chosen.result : chosen;
}

/** A group of candidates (one entrance place's patterns), or the failure that left it with none. */
export type CandidateGroup = readonly (CutCandidate | LayoutFailure)[] | LayoutFailure;

/**
 * The best candidate over several groups (entrance places), each group's candidates in their fixed
 * order, the groups in theirs: the same as finishing every candidate of every group, keeping each
 * group's best and then the best group, ties to the earlier. The candidates of all groups are finished
 * from the highest bound down, so the one likely to win is finished first and a candidate that cannot
 * beat it, whatever its group, is never finished (the demo's three places: one finished, not three).
 * @returns the best result with its group's index; else the first group's failure (a failed group's
 *   own, or the first failure among its candidates; `cancelled` once aborted, or where a group was
 *   cancelled); null when the first group has no candidate and no failure
 */
export function chooseOverGroups(
  groups: readonly CandidateGroup[], previous: PreviousLayout | null | undefined, hooks: ChooseHooks = {},
): { readonly result: LayoutResult; readonly group: number } | LayoutFailure | null {
  const cancelled = groups.find((g): g is LayoutFailure => !Array.isArray(g) && (g as LayoutFailure).errors[0]?.code === 'cancelled');
  if (cancelled) return cancelled;
  type Entry = { order: number; group: number; index: number; bound: ScoreBound; finish: () => LayoutResult | LayoutFailure };
  const failures: (LayoutFailure | null)[][] = groups.map((g) => (Array.isArray(g) ? g.map((c) => ('finish' in c ? null : c)) : []));
  const entries: Entry[] = [];
  groups.forEach((g, group) => {
    if (!Array.isArray(g)) return;
    (g as readonly (CutCandidate | LayoutFailure)[]).forEach((c, index) => {
      if ('finish' in c) entries.push({ order: entries.length, group, index, bound: c.bound, finish: c.finish });
    });
  });
  const byBound = [...entries].sort((a, b) => b.bound.keptAtMost - a.bound.keptAtMost || b.bound.points - a.bound.points || a.order - b.order);
  type Finished = { order: number; group: number; result: LayoutResult; score: LayoutScore };
  const finished: Finished[] = [];
  let best: Finished | null = null;
  for (const c of byBound) {
    if (hooks.aborted?.()) return { ok: false, errors: [{ code: 'cancelled' }] };
    if (best && best.score.failedRules === 0 && cannotBeat(best.score, c.bound, c.order < best.order)) { hooks.done?.(); continue; }
    const result = c.finish();
    hooks.done?.();
    if (!result.ok) { failures[c.group][c.index] = result; continue; }
    const entry = { order: c.order, group: c.group, result, score: scoreLayout(result, previous) };
    finished.push(entry);
    if (!best || betterScore(entry.score, best.score) || (!betterScore(best.score, entry.score) && entry.order < best.order)) best = entry;
  }
  // The fixed order decides, as a scan of every candidate would.
  let chosen: Finished | null = null;
  for (const entry of finished.sort((a, b) => a.order - b.order)) if (!chosen || betterScore(entry.score, chosen.score)) chosen = entry;
  if (chosen) return { result: chosen.result, group: chosen.group };
  const first = groups[0];
  if (first === undefined) return null;
  if (!Array.isArray(first)) return first as LayoutFailure;
  return failures[0].find((f) => f !== null) ?? null;
}
