/**
 * The layout engine: zone + parameters → roads, green strips, facility lots, workshop plots with their
 * buildable envelopes, the land-use balance and warnings, all in VN-2000 plane metres on the 1 mm grid.
 * Pure and deterministic: the same input gives the same output, byte for byte once serialised.
 */
import { polygonAreaM2, ringSignedAreaM2, roundAreaM2, type PlanePolygon } from '../plane-measure';
import { subtractPolygons, unitePolygons } from './clip';
import { findPolygonProblems } from '../polygon-validity';
import type { ZoneSite } from '../zone-site';
import { betterScore, chooseOverGroups, scoreLayout, type CandidateGroup, type CutCandidate, type LayoutScore } from './choose-layout';
import { throughMemo, type StageMemo } from './stage-memo';
import { findEntrance, type Entrance, type LaneClearance } from './entrance';
import { bestOverPlaces, entrancePlaces, offZoneEdgePlaces } from './hole-aware-entrance';
import { localExtent, toPlane } from './frame';
import { greenStrips } from './green-strips';
import { DEFAULT_LAYOUT_PARAMETERS, FIRE_ACCESS_ROAD_MIN_M, plotRowDepthM, validateLayoutParameters } from './parameters';
import { rectangleWidthM } from './main-road';
import { cutPattern } from './pattern-layout';
import { layoutPatterns } from './patterns';
import { innerStartT } from './road-network';
import type { LayoutFailure, LayoutParameters, LayoutResult, LayoutWarning, LockedPlot, PreviousLayout } from './types';

/** What a caller may pass besides the zone and parameters. */
export interface LayoutOptions {
  /** The plots of an earlier layout, whose codes unmoved plots keep. */
  readonly previous?: PreviousLayout | null;
  /**
   * Plots the planner locked: kept exactly (corners and code), no road or plot is laid over them, and
   * their codes are never given to another plot.
   */
  readonly locked?: readonly LockedPlot[];
  /** Called after each candidate layout with the share of the search done, 0–1. */
  readonly onProgress?: (fraction: number) => void;
  /** Checked between candidates: once aborted, the search stops with the error `cancelled`. */
  readonly signal?: { readonly aborted: boolean };
  /**
   * The parameters the user set (e.g. the fields of a params file): these are used exactly as given.
   * A parameter not listed that equals its default may be scaled to the zone (the main road's width
   * on a small zone); without this list, every value equal to its default counts as the default.
   */
  readonly givenParameters?: readonly (keyof LayoutParameters)[];
  /**
   * Stages of earlier runs on the same zone, reused where a stage's inputs are the same (stage-memo.ts):
   * the layout worker keeps one; the result is the same as without it.
   */
  readonly memo?: StageMemo;
}

/** The options as the search passes them on: `tick` counts one candidate done. */
interface GenerateOptions {
  previous?: PreviousLayout | null;
  locked?: readonly LockedPlot[];
  signal?: { readonly aborted: boolean };
  tick?: () => void;
  /** Main road widths to try, widest first (the given width alone unless it scales with the zone). */
  mainRoadWidthsM: readonly number[];
  memo?: StageMemo;
}

const fail = (code: string, params?: Record<string, string | number | boolean>): LayoutFailure => ({ ok: false, errors: [params ? { code, params } : { code }] });

/** Checks the zone itself; null when it is usable. */
function zoneFailure(site: ZoneSite, p: LayoutParameters): LayoutFailure | null {
  const problems = findPolygonProblems(site.zone);
  const crossing = problems.find((q) => q.kind === 'self-intersection');
  if (crossing) return fail('zone-self-intersecting', { ring: crossing.ring, edgeA: crossing.edgeA, edgeB: crossing.edgeB });
  if (problems.length) return fail('zone-invalid', { problem: problems[0].kind, ring: problems[0].ring });
  const area = polygonAreaM2(site.zone);
  if (area < p.minPlotAreaM2) return fail('zone-too-small', { areaM2: roundAreaM2(area), minPlotAreaM2: p.minPlotAreaM2 });
  if (!site.accessRoads.length) return fail('no-access-road');
  return null;
}

/**
 * Lays out the zone.
 * @param site the zone in plane metres (holes are kept free), its public road and residential edges
 * @param parameters the layout parameters (validated here; refused sets give a LayoutFailure)
 * @param options.previous the plots of an earlier layout, whose codes unmoved plots keep
 */
export function generateLayout(
  site: ZoneSite, parameters: LayoutParameters, options: LayoutOptions = {},
): LayoutResult | LayoutFailure {
  const searched = searchLayout(site, parameters, options);
  if (!searched.ok) return searched;
  options.onProgress?.(1);
  const result = { ...searched, warnings: mergeRepeatedWarnings(searched.warnings) };
  // The separation marks used, in the layout itself: its file says what narrowed the strip.
  const marks = site.separationEdges ?? [];
  if (!marks.length) return result;
  return { ...result, separationEdges: marks.map((m) => ({ line: m.line.map((q): [number, number] => [q[0], q[1]]), stripM: m.stripM })) };
}

/**
 * The warnings with each one said once: the same code with the same params (two arms of a gate road,
 * each a dead end of 335 m with its turning square) becomes one warning with `repeated` = how many,
 * in the order first met. A warning met once is unchanged.
 */
export function mergeRepeatedWarnings(warnings: readonly LayoutWarning[]): LayoutWarning[] {
  const merged = new Map<string, { warning: LayoutWarning; count: number }>();
  for (const warning of warnings) {
    const key = JSON.stringify([warning.code, Object.entries(warning.params ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
    const seen = merged.get(key);
    if (seen) seen.count++;
    else merged.set(key, { warning, count: 1 });
  }
  return [...merged.values()].map(({ warning, count }) =>
    (count === 1 ? warning : { ...warning, params: { ...warning.params, repeated: count } }));
}

function searchLayout(site: ZoneSite, parameters: LayoutParameters, layoutOptions: LayoutOptions): LayoutResult | LayoutFailure {
  // Progress: each entrance place tried is three candidates at most; the first place is most of the work.
  let done = 0;
  const tick = () => { done++; layoutOptions.onProgress?.(Math.min(0.99, done / (done + 3))); };
  const checked = validateLayoutParameters(parameters);
  if (!checked.ok) return { ok: false, errors: checked.errors.map((e) => ({ code: e.code, params: { field: e.field, ...e.params } })) };
  const p = checked.value;
  const bad = zoneFailure(site, p);
  if (bad) return bad;
  const mainRoadWidthsM = mainRoadWidthsFor(polygonAreaM2([site.zone[0]]), p, layoutOptions.givenParameters, rectangleWidthM(site.zone[0]));
  const options: GenerateOptions = { previous: layoutOptions.previous, locked: layoutOptions.locked, signal: layoutOptions.signal, tick, mainRoadWidthsM, memo: layoutOptions.memo };
  const result = searchMainRoadWidths(site, p, options);
  if (result.ok || result.errors[0]?.code !== 'zone-too-small') return result;
  // A small zone with no room for a plot inside the full 2.5.2 strip: a layout with the strip narrowed
  // (and 2.5.2 shown failing in its balance) serves the planner better than a refusal. The widest
  // strip that leaves room for plots is kept.
  for (const perimeterGreenM of NARROWER_STRIPS_M.filter((w) => w < p.perimeterGreenM)) {
    const narrowed = searchMainRoadWidths(site, { ...p, perimeterGreenM }, options);
    if (!narrowed.ok) continue;
    const warning = { code: 'perimeter-strip-narrowed', params: { requestedM: p.perimeterGreenM, usedM: perimeterGreenM } };
    return { ...narrowed, parameters: p, warnings: [warning, ...narrowed.warnings] };
  }
  return result;
}

/** Perimeter strip widths tried, widest first, when the given one leaves no room for a plot, m. */
const NARROWER_STRIPS_M = [7.5, 5, 2.5, 0];

/** Zones below this gross area may have a main road as narrow as a branch road, m² (2 ha). */
const SMALL_ZONE_M2 = 20_000;
/** Zones below this gross area may also have a 7.5 m main road (two 3.75 m lanes), m² (1 ha). */
const TINY_ZONE_M2 = 10_000;
const TINY_MAIN_ROAD_M = 7.5;

/**
 * Zones narrower than this (rectangleWidthM) may have a main road as narrow as a branch road, m: issue
 * 7's strips are 50–100 m across, and a 100 m strip (80 m of land inside the 10 m strips) is served by
 * its one road as a branch serves two rows (the 3 m saved are 2.8 points of plots on a 100 × 300 m
 * strip entered from its end); the half metre takes in a 100 m strip drawn a little wide.
 */
const NARROW_ZONE_M = 100.5;

/**
 * Main road widths the search tries, widest first. A small or narrow zone needs no 13 m road: when the
 * width is the default (not one the user gave), zones under 2 ha or at most 100 m across also try a
 * main road as wide as a branch road (on a 50 m strip the 3 m saved are 6 points of plots), and zones
 * under 1 ha one of 7.5 m; the candidates are scored like patterns (choose-layout.ts).
 * @param zoneWidthM the zone's width (rectangleWidthM), m
 */
export function mainRoadWidthsFor(zoneM2: number, p: LayoutParameters, given?: readonly (keyof LayoutParameters)[], zoneWidthM = Infinity): number[] {
  const isDefault = p.mainRoadWidthM === DEFAULT_LAYOUT_PARAMETERS.mainRoadWidthM && !given?.includes('mainRoadWidthM');
  const widths = [p.mainRoadWidthM];
  if (isDefault && (zoneM2 < SMALL_ZONE_M2 || zoneWidthM < NARROW_ZONE_M)) widths.push(Math.min(p.mainRoadWidthM, p.branchRoadWidthM));
  if (isDefault && zoneM2 < TINY_ZONE_M2) widths.push(Math.min(p.mainRoadWidthM, p.branchRoadWidthM, TINY_MAIN_ROAD_M));
  return [...new Set(widths.filter((w) => w >= FIRE_ACCESS_ROAD_MIN_M))];
}

/**
 * The best layout over the main road widths to try (the whole entrance search for each, scored by
 * choose-layout.ts); a main road narrower than asked is warned.
 */
function searchMainRoadWidths(site: ZoneSite, p: LayoutParameters, options: GenerateOptions): LayoutResult | LayoutFailure {
  let best: { result: LayoutResult; score: LayoutScore } | null = null;
  let failure: LayoutFailure | null = null;
  for (const mainRoadWidthM of options.mainRoadWidthsM) {
    const result = searchEntrances(site, { ...p, mainRoadWidthM }, options);
    if (!result.ok) { if (result.errors[0]?.code === 'cancelled') return result; failure ??= result; continue; }
    const score = scoreLayout(result, options.previous);
    if (!best || betterScore(score, best.score)) best = { result, score };
  }
  if (!best) return failure!;
  if (best.result.parameters.mainRoadWidthM === p.mainRoadWidthM) return best.result;
  const warning = { code: 'main-road-scaled', params: { requestedM: p.mainRoadWidthM, usedM: best.result.parameters.mainRoadWidthM } };
  return { ...best.result, parameters: p, warnings: [warning, ...best.result.warnings] };
}

/** The search over entrance places (the given or middle one first, then others if it leads nowhere). */
function searchEntrances(site: ZoneSite, p: LayoutParameters, options: GenerateOptions): LayoutResult | LayoutFailure {
  // Outer ring counter-clockwise, holes clockwise, so that the non-zero fill keeps the holes open.
  const oriented: PlanePolygon = site.zone.map((ring, i) => ((ringSignedAreaM2(ring) > 0) === (i === 0) ? ring : [...ring].reverse()));
  const cleaned = throughMemo(options.memo, 'zone', () => oriented, null, () => unitePolygons([oriented]));
  if (cleaned.length !== 1) return fail('zone-invalid', { problem: 'several-parts', parts: cleaned.length });
  const zone = cleaned[0];
  const clearance = laneClearance(zone, p);
  const first = findEntrance(zone[0], site.accessRoads, site.entrance, 0.5, clearance);
  if (!first) return fail('access-road-not-touching');
  // An entrance moved for a pond across its lane: the middle and the places beside the pond are laid
  // out too, and the best kept (hole-aware-entrance.ts).
  // And where a zone edge beside the main road has its strip in the road's lane (a U's notch side),
  // the places that keep the lane off it.
  const places = [
    ...entrancePlaces(zone[0], site.accessRoads, first, clearance),
    ...(site.entrance ? [] : offZoneEdgePlaces(zone[0], site.accessRoads, first, clearance, p.mainRoadWidthM, p.perimeterGreenM)),
  ];
  const result = bestOverPlaces(places, (entrance) => cutFrom(site, zone, entrance, p, options), options.previous, chooseHooks(options));
  if (result.ok || result.errors[0]?.code === 'cancelled') return result;
  if (site.entrance) {
    // The given entrance leads nowhere: try places along the same zone edge and keep the nearest one
    // whose plots cover nearly as much as the best (a place just past a notch may reach a plot or two).
    const tried = shiftsAlongEdge(first, p).map((s) => ({ s, layout: layoutFrom(site, zone, findEntrance(zone[0], site.accessRoads, toPlane(first.frame, s, 0))!, p, options) }));
    const plotsM2 = (r: LayoutResult | LayoutFailure) => (r.ok ? r.landUse.rows.find((row) => row.category === 'plots')?.areaM2 ?? 0 : 0);
    const best = Math.max(0, ...tried.map((q) => plotsM2(q.layout)));
    const chosen = tried.find((q) => q.layout.ok && plotsM2(q.layout) >= NEARLY_BEST * best);
    if (chosen?.layout.ok) {
      const fromPointM = Math.round(Math.abs(chosen.s) * 10) / 10;
      return { ...chosen.layout, warnings: [{ code: 'entrance-point-moved', params: { fromPointM } }, ...chosen.layout.warnings] };
    }
    return result;
  }
  // The middle of the road edge leads nowhere (a notch right behind it): try other places along it.
  for (const along of OTHER_ENTRANCES) {
    const entrance = findEntrance(zone[0], site.accessRoads, null, along)!;
    const moved = layoutFrom(site, zone, entrance, p, options);
    if (moved.ok) {
      const fromMiddleM = Math.round(Math.abs(along - 0.5) * entrance.sharedLengthM * 10) / 10;
      return { ...moved, warnings: [{ code: 'entrance-moved', params: { fromMiddleM } }, ...moved.warnings] };
    }
  }
  return result;
}

/**
 * The lane the main road needs clear of holes behind the entrance: its width and a metre each side,
 * through the perimeter strip and the first two rows with their branch (where a pond blocks it, the
 * comb's first branch is never reached), the entrance keeping its kerb corners on the edge.
 */
function laneClearance(zone: PlanePolygon, p: LayoutParameters): LaneClearance {
  return {
    holes: zone.slice(1),
    laneM: p.mainRoadWidthM + 2,
    clearM: p.perimeterGreenM + 2 * plotRowDepthM(p) + p.branchRoadWidthM,
    endMarginM: p.mainRoadWidthM / 2 + p.kerbRadiusM,
  };
}

/** A moved given entrance is taken at the nearest place whose plots cover this share of the best place's. */
const NEARLY_BEST = 0.9;

/** Other places tried for the entrance along the road edge, as fractions of its length. */
const OTHER_ENTRANCES = [0.3, 0.7, 0.15, 0.85];

/** Most places tried for a given entrance that leads nowhere (each is a whole layout). */
const MAX_ENTRANCE_TRIES = 16;

/**
 * Local s of the places tried for a given entrance that leads nowhere: every `targetFrontageM` along its
 * zone edge (farther apart on a long edge, so that at most MAX_ENTRANCE_TRIES are tried), nearest the
 * given point first (the + side first at equal distance), keeping the main road and its kerb corners
 * on the edge.
 */
function shiftsAlongEdge(entrance: Entrance, p: LayoutParameters): number[] {
  const [a, b] = entrance.edgeS;
  const margin = p.mainRoadWidthM / 2 + p.kerbRadiusM;
  const lo = Math.min(a, b) + margin, hi = Math.max(a, b) - margin;
  const step = Math.max(p.targetFrontageM, (hi - lo) / MAX_ENTRANCE_TRIES);
  const out: number[] = [];
  for (let k = 1; k * step <= Math.max(hi, -lo); k++) {
    for (const s of [k * step, -k * step]) if (s >= lo && s <= hi) out.push(s);
  }
  return out;
}

/** The best of the patterns (patterns.ts) for one entrance, by choose-layout.ts's score. */
function layoutFrom(
  site: ZoneSite, zone: PlanePolygon, entrance: Entrance, p: LayoutParameters, options: GenerateOptions,
): LayoutResult | LayoutFailure {
  const chosen = chooseOverGroups([cutFrom(site, zone, entrance, p, options)], options.previous, chooseHooks(options));
  return chosen && 'group' in chosen ? chosen.result : chosen!;
}

/** The chooser's hooks from the search's options: cancellation and one tick per candidate. */
const chooseHooks = (options: GenerateOptions) => ({ aborted: () => options.signal?.aborted ?? false, done: options.tick });

/**
 * Every pattern (patterns.ts) for one entrance cut into plots, for the chooser to finish the most
 * promising first and leave those that cannot beat it (choose-layout.ts); a failure when none can be
 * laid out from this entrance.
 */
function cutFrom(
  site: ZoneSite, zone: PlanePolygon, entrance: Entrance, p: LayoutParameters, options: GenerateOptions,
): CandidateGroup {
  const f = entrance.frame;
  const locked = options.locked ?? [];
  const { strips, inner } = throughMemo(options.memo, 'land', () => [zone, site.residentialEdges, site.separationEdges, locked], p, (q) => {
    const green = greenStrips(zone, site.residentialEdges, q.greenBufferM, q.perimeterGreenM, site.separationEdges);
    // Locked plots are taken out of the land first: roads and new plots go around them.
    return { strips: green, inner: locked.length ? subtractPolygons(green.land, locked.map((l) => l.polygon)) : green.land };
  });
  const tooSmall = fail('zone-too-small', { areaM2: roundAreaM2(polygonAreaM2(zone)), minPlotAreaM2: p.minPlotAreaM2 });
  // Nothing left inside the green strips: the zone is too small (too narrow) for any plot.
  if (!inner.length) return tooSmall;
  const tStart = innerStartT(f, inner, p.mainRoadWidthM);
  if (tStart === null) return fail('entrance-blocked');
  const tMax = localExtent(f, inner)[3];
  const patterns = layoutPatterns(f, inner, tStart, tMax, p, options.previous, entrance.edgeS);
  const cut: (CutCandidate | LayoutFailure)[] = [];
  for (const pattern of patterns) {
    if (options.signal?.aborted) return fail('cancelled');
    const candidate = cutPattern({ site, zone, entrance, strips, inner, tStart, previous: options.previous, locked, memo: options.memo }, pattern, p);
    if (!('finish' in candidate)) options.tick?.();
    cut.push(candidate);
  }
  return cut.length ? cut : tooSmall;
}
