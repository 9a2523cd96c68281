/**
 * One candidate layout: the zone laid out for one entrance with one pattern (patterns.ts). Roads,
 * facilities, plots cut along the rows, envelopes, green where the balance needs it, the leftover and
 * the land-use balance. generate-layout.ts tries the patterns and keeps the best.
 */
import { multiPolygonAreaM2, polygonAreaM2, ringSignedAreaM2, roundAreaM2, type PlanePolygon } from '../plane-measure';
import { subtractPolygons } from './clip';
import type { ZoneSite } from '../zone-site';
import { fitCentreLines } from './centre-lines';
import { openDeadEnds } from './dead-ends';
import { buildEnvelopes, unbuildablePlots } from './envelopes';
import type { Entrance } from './entrance';
import { placeFacilities, type FacilityPlacement } from './facilities';
import { resolveFacilities, type SizedFacility } from './facility-sizes';
import { localExtent, toLocal } from './frame';
import type { GreenStrips } from './green-strips';
import { GREEN_MIN_PERCENT, plotsForGreen } from './green-top-up';
import { trimmedGreenTake } from './green-trim';
import { landUseBalance } from './land-use-balance';
import { layoutFeatures } from './layout-features';
import { leftoverLand } from './leftover';
import type { FarSpotSite } from './facility-far-spot';
import { facilityRuleWarnings } from './facility-rules';
import { narrowedStripWarnings, parameterWarnings } from './parameter-warnings';
import type { LayoutPattern } from './patterns';
import { assignCodes, naturalCodes } from './plot-codes';
import { scoreBound, type CutCandidate } from './choose-layout';
import { throughMemo, type StageMemo } from './stage-memo';
import { buildRoadNetwork, withoutStubs, type RoadNetwork } from './road-network';
import { roadsConnected } from './road-connectivity';
import { isCornerPlot, roadContact } from './plot-shape';
import { roadGridOf } from './judge-plot';
import { ringSegments, SegmentGrid } from './segments';
import { sliceRows } from './slice-rows';
import type { LayoutFailure, LayoutParameters, LayoutResult, LayoutWarning, LockedPlot, PreviousLayout } from './types';
import { measurePlot } from './plot-shape';
import type { PlotCandidate } from './slice-rows';

/** Rounds of dropping plots that cannot be built on (each round redraws the neighbours' envelopes). */
const ENVELOPE_ROUNDS = 3;

/** Least length of a plot or facility edge along a road stub for the stub to lead somewhere, m. */
const STUB_FRONTAGE_M = 0.5;

/** Green taken beyond the 10 % of Table 2.6, percent of the zone: the balance rounds and clipping moves corners. */
const GREEN_MARGIN_PERCENT = 0.05;

/** Least traffic share of the zone, percent (QCVN 01:2021/BXD Table 2.6); parking counts. */
const TRAFFIC_MIN_PERCENT = 10;
const TRAFFIC_MARGIN_PERCENT = 0.05;

/** The requests with parking grown to at least minM2 (a parking lot added when none was asked for). */
function withParkingAtLeast(requests: SizedFacility[], minM2: number): SizedFacility[] {
  const parkingM2 = requests.filter((r) => r.use === 'parking').reduce((sum, r) => sum + r.areaM2, 0);
  if (minM2 <= parkingM2) return requests;
  const extra = Math.ceil((minM2 - parkingM2) * 10) / 10;
  const k = requests.findIndex((r) => r.use === 'parking');
  if (k < 0) return [...requests, { use: 'parking', areaM2: extra }];
  return requests.map((r, i) => (i === k ? { ...r, areaM2: Math.round((r.areaM2 + extra) * 10) / 10 } : r));
}

/** Whether any of the polygons runs along the region's boundary over STUB_FRONTAGE_M or more. */
function fronted(region: PlanePolygon, polygons: readonly PlanePolygon[]): boolean {
  const grid = new SegmentGrid(50);
  ringSegments(region[0]).forEach((s) => grid.add(s, 0));
  return polygons.some((polygon) => roadContact(polygon[0], grid).lengthM >= STUB_FRONTAGE_M);
}

export interface PatternInput {
  readonly site: ZoneSite;
  readonly zone: PlanePolygon;
  readonly entrance: Entrance;
  readonly strips: GreenStrips;
  /** The zone less its green strips. */
  readonly inner: PlanePolygon[];
  readonly tStart: number;
  readonly previous?: PreviousLayout | null;
  /** Plots kept exactly (already taken out of `inner`). */
  readonly locked?: readonly LockedPlot[];
  /** Stages of earlier runs on the same zone (stage-memo.ts). */
  readonly memo?: StageMemo;
}

const fail = (code: string, params?: Record<string, string | number | boolean>): LayoutFailure => ({ ok: false, errors: [params ? { code, params } : { code }] });

/**
 * One pattern laid out as far as its plots as cut (roads, facilities, slicing), with the bound on its
 * score those plots give and the rest of its layout (with the pattern's name) on demand; a failure
 * when it has no plot.
 */
export function cutPattern(input: PatternInput, pattern: LayoutPattern, p: LayoutParameters): CutCandidate | LayoutFailure {
  const { site, zone, strips, inner } = input;
  // A pattern may move the entrance along the access edge (the main road along a side strip).
  const entrance: Entrance = pattern.entranceFrame
    ? { ...input.entrance, point: pattern.entranceFrame.origin, frame: pattern.entranceFrame, edgeS: pattern.edgeS ?? input.entrance.edgeS }
    : input.entrance;
  const tStart = pattern.tStart ?? input.tStart;
  const f = entrance.frame;
  const rf = pattern.rowFrame;
  const zoneM2 = Math.abs(ringSignedAreaM2(zone[0]));
  const tooSmall = () => fail('zone-too-small', { areaM2: roundAreaM2(polygonAreaM2(zone)), minPlotAreaM2: p.minPlotAreaM2 });

  // Kept under what it reads (stage-memo.ts): a change of frontage reuses it where the branches stay.
  const { drawnRoads, blocksWithFacilities } = throughMemo(input.memo, 'roads', () => [f, zone, inner, tStart, pattern.branchT, site.accessRoads, strips.isolation, entrance.point], p, (q) => {
    const network = buildRoadNetwork(f, zone, inner, tStart, pattern.branchT, q, { accessRoads: site.accessRoads, isolation: strips.isolation, entrance: entrance.point });
    return { drawnRoads: network, blocksWithFacilities: subtractPolygons(inner, network.raw) };
  });
  const roadGrid = roadGridOf(drawnRoads.all);
  // Parking counts as traffic land (Table 2.6, ≥ 10 %): a layout whose roads give less grows its parking
  // by the shortfall rather than failing the rule (a truck park by the gate costs less than a road).
  const trafficShortM2 = ((TRAFFIC_MIN_PERCENT + TRAFFIC_MARGIN_PERCENT) / 100) * zoneM2 - multiPolygonAreaM2(drawnRoads.all);
  const requests = withParkingAtLeast(resolveFacilities(p.facilities, zoneM2), trafficShortM2);
  // The wastewater plant keeps away from every gate: the main one and each second gate's end.
  const placement = {
    site: facilitySite(entrance, drawnRoads, site, p),
    // Only the comb's rows end on the main road; the spines' and the strip's rows front their road.
    roadAlongRows: rf !== f || pattern.name === 'strip-side',
    // Parking and waste collection are checked to front one of them.
    roads: drawnRoads.all,
  };
  // Kept by value too, every argument in the key: a change of frontage keeps a pattern's rows
  // (comb-previous, comb-fitted) and so its facility lots.
  const facilities = throughMemo(input.memo, 'facilities', () => [rf, blocksWithFacilities, pattern.rows, p.mainRoadWidthM / 2, requests, placement], null,
    () => placeFacilities(rf, blocksWithFacilities, pattern.rows, p.mainRoadWidthM / 2, requests, placement));
  const facilityPolygons = facilities.lots.flatMap((lot) => lot.polygons);
  // The land a compact lot's slab keeps clear beside it is cut from no plot either.
  const blocks = subtractPolygons(blocksWithFacilities, [...facilityPolygons, ...facilities.lots.flatMap((lot) => lot.keptClear ?? [])]);
  // A comb row past the main road's end (beyond the last branch it reaches) has no road at s = 0: its
  // plots are cut from s = 0 both ways, so no slot is lost opposite the T-junction.
  const mainTEnd = localExtent(f, drawnRoads.pieces.find((q) => q.role === 'main')?.polygons ?? [])[3];
  const halfMain = p.mainRoadWidthM / 2;
  const offsets = facilities.rowStarts.map((start, i) => {
    const open = rf === f && pattern.rows[i].tLow >= mainTEnd - 0.01 ? -halfMain : pattern.startPlusM;
    // A facility block at an open row's end may end short of the main road's edge (a negative offset).
    const openRow = open === -halfMain;
    const plus = start.plus > 0 || (openRow && start.plus !== 0) ? start.plus : open;
    const minus = start.minus > 0 || (openRow && start.minus !== 0) ? start.minus : (openRow ? open : 0);
    return { plus, minus };
  });
  const previousPlots = (input.previous?.plots ?? []).map((q) => q.polygon);
  const candidates = sliceRows(rf, blocks, pattern.rows, offsets, roadGrid, p, pattern.fitFrontage, previousPlots).sort((a, b) => a.row - b.row || a.s - b.s);
  if (!candidates.length) return tooSmall();
  // The plots as cut bound what this pattern can reach (envelopes and green only take plots away): the
  // chooser finishes the pattern only if that bound can beat the best it has (choose-layout.ts).
  const locked = input.locked ?? [];
  const bound = scoreBound([...locked.map((q) => q.polygon), ...candidates.map((c) => c.polygon)],
    multiPolygonAreaM2(locked.map((q) => q.polygon)) + candidates.reduce((sum, c) => sum + c.shape.areaM2, 0), zoneM2, input.previous);
  const cut: PatternCut = { input, pattern, entrance, drawnRoads, roadGrid, facilities, facilityPolygons, candidates };
  return { bound, finish: () => finishPattern(cut, p) };
}

/** The gates (the main one and each second gate's end) and homes lines the facility lots are placed by. */
function facilitySite(entrance: Entrance, drawnRoads: RoadNetwork, site: PatternInput['site'], p: LayoutParameters): FarSpotSite {
  const secondGates = drawnRoads.centrelines.filter((line) => line.gateEnd).map((line) => (line.gateEnd === 'start' ? line.points[0] : line.points[line.points.length - 1]));
  return { gates: [entrance.point, ...secondGates], homesLines: site.residentialEdges, greenBufferM: p.greenBufferM };
}

/** A pattern laid out as far as its plots as cut: what the rest of its layout starts from. */
interface PatternCut {
  readonly input: PatternInput;
  readonly pattern: LayoutPattern;
  /** The entrance as the pattern placed it. */
  readonly entrance: Entrance;
  readonly drawnRoads: RoadNetwork;
  readonly roadGrid: SegmentGrid;
  readonly facilities: FacilityPlacement;
  readonly facilityPolygons: PlanePolygon[];
  readonly candidates: PlotCandidate[];
}

/** The rest of a pattern's layout from its plots as cut: envelopes, green, codes, centre lines and the balance. */
function finishPattern(cut: PatternCut, p: LayoutParameters): LayoutResult | LayoutFailure {
  const { input, pattern, entrance, drawnRoads, roadGrid, facilities, facilityPolygons, candidates } = cut;
  const { site, zone, strips } = input;
  const f = entrance.frame;
  const locked = input.locked ?? [];
  const hasResidentialEdge = site.residentialEdges.length > 0;
  const zoneM2 = Math.abs(ringSignedAreaM2(zone[0]));
  const tooSmall = () => fail('zone-too-small', { areaM2: roundAreaM2(polygonAreaM2(zone)), minPlotAreaM2: p.minPlotAreaM2 });
  // Locked plots come first (their envelopes keep their setbacks; the new plots' yield to them) and are
  // never dropped. Plots that cannot be built on go to the green; their neighbours' envelopes are drawn again.
  const lockedPlots: PlotCandidate[] = locked.map((q) => ({ polygon: q.polygon, shape: measurePlot(q.polygon, roadGrid), row: -1, s: 0 }));
  const envelopesOf = (plots: readonly PlotCandidate[]) => buildEnvelopes([...lockedPlots, ...plots].map((c) => c.polygon), roadGrid, p);
  let built = candidates;
  let envelopes = envelopesOf(built);
  for (let round = 0; round < ENVELOPE_ROUNDS; round++) {
    const unbuildable = new Set([...unbuildablePlots(envelopes, roadGrid)].filter((i) => i >= locked.length).map((i) => i - locked.length));
    if (!unbuildable.size) break;
    built = built.filter((_, i) => !unbuildable.has(i));
    envelopes = envelopesOf(built);
  }
  // Green where it costs least, when strips and leftover give less than Table 2.6 asks.
  const roadsM2 = multiPolygonAreaM2(drawnRoads.all);
  const greenM2 = zoneM2 - roadsM2 - multiPolygonAreaM2(facilityPolygons) - multiPolygonAreaM2(built.map((c) => c.polygon));
  const lockedM2 = multiPolygonAreaM2(locked.map((q) => q.polygon));
  const greenBeforeM2 = greenM2 - lockedM2 - (GREEN_MARGIN_PERCENT / 100) * zoneM2;
  const toGreen = plotsForGreen(built.map((c) => c.polygon), built.map((c) => Math.hypot(...toLocal(f, c.polygon[0][0]))), zoneM2, greenBeforeM2);
  if (toGreen.size) {
    // One plot taken may be kept, cut back from its rear, so that no more green is taken than missing.
    const trim = trimmedGreenTake(built, [...toGreen], (GREEN_MIN_PERCENT / 100) * zoneM2 - greenBeforeM2, pattern.rowFrame, pattern.rows, roadGrid, p);
    const trimmed = trim ? built.map((c, i) => (i === trim.index ? trim.plot : c)).filter((_, i) => i === trim.index || !toGreen.has(i)) : null;
    const trimmedEnvelopes = trimmed ? envelopesOf(trimmed) : null;
    // The cut-back plot must still be built on (its envelope redrawn with its neighbours').
    const at = trimmed && trim ? locked.length + trimmed.indexOf(trim.plot) : -1;
    if (trimmed && trimmedEnvelopes && !unbuildablePlots(trimmedEnvelopes, roadGrid).has(at)) {
      built = trimmed;
      envelopes = trimmedEnvelopes;
    } else {
      envelopes = envelopes.filter((_, i) => i < locked.length || !toGreen.has(i - locked.length));
      built = built.filter((_, i) => !toGreen.has(i));
    }
  }
  if (!built.length && !locked.length) return tooSmall();
  const newPlots = built.map((c) => c.polygon);
  const plots = [...locked.map((q) => q.polygon), ...newPlots];
  // Branch ends past a loop that no plot or facility fronts lead nowhere: their land goes to the green.
  const roads = withoutStubs(drawnRoads, drawnRoads.stubs.filter((stub) => !fronted(stub.region, [...plots, ...facilityPolygons])));
  // Roads in two networks, or none reaching the gate, serve no plot a truck can reach: never chosen.
  if (!roadsConnected(roads.all, [entrance.point])) return fail('roads-disconnected');
  // Locked codes stay; new plots never take one (they count as previous plots for the numbering).
  const previous = locked.length ? { plots: [...(input.previous?.plots ?? []), ...locked] } : input.previous;
  const codes = [...locked.map((q) => q.code), ...assignCodes(newPlots, naturalCodes(built.map((c) => c.row)), previous)];
  // Corner plots are judged on the final plots and roads only (plot-shape.ts): it is written on the feature.
  const finalRoadGrid = roadGridOf(roads.all);
  built = [...lockedPlots, ...built].map((c) => ({ ...c, corner: isCornerPlot(c.polygon[0], finalRoadGrid) }));

  const isolation = subtractPolygons(strips.isolation, roads.crossing);
  const perimeter = subtractPolygons(strips.perimeter, roads.crossing);
  const leftover = leftoverLand(zone, [...roads.all, ...isolation, ...perimeter, ...facilityPolygons, ...plots]);
  const kept = zone.slice(1).map((hole): PlanePolygon => [ringSignedAreaM2(hole) > 0 ? hole : [...hole].reverse()]);

  // Centre lines only where the road has its full width, inside the zone (centre-lines.ts).
  const centreLines = fitCentreLines(roads.centrelines, zone, roads.all);
  // A main road with its whole width nowhere (an entrance moved along a small zone's edge puts it in
  // the perimeter strip, leaving a 1.5 m lane on the land) is no road: this candidate has no room.
  if (!centreLines.lines.some((line) => line.role === 'main')) return tooSmall();
  const features = layoutFeatures({ centrelines: centreLines.lines, kept, isolation, perimeter, leftover, roads, facilities: facilities.lots, plots: built, codes, envelopes }, p);

  const parkingM2 = multiPolygonAreaM2(facilities.lots.filter((l) => l.use === 'parking').flatMap((l) => l.polygons));
  const warnings: LayoutWarning[] = [...parameterWarnings(p, hasResidentialEdge), ...narrowedStripWarnings(strips.narrowed), ...roads.warnings, ...centreLines.warnings, ...facilities.warnings,
    ...facilityRuleWarnings(facilities.lots, plots, roads.pieces, facilitySite(entrance, drawnRoads, site, p), p.branchRoadWidthM)];
  const networkDeadEnds = roads.warnings.filter((w) => w.code === 'dead-end-needs-turnaround').map((w) => Number(w.params?.lengthM ?? 0));
  // Dead ends of the roads as written (a pond cutting a branch, a neighbour road that was a sliver).
  const turnarounds = roads.pieces.filter((q) => q.role === 'turnaround').flatMap((q) => q.polygons);
  const writtenDeadEnds = openDeadEnds(centreLines.lines, turnarounds, zone[0], site.accessRoads, p.maxDeadEndM, p.turnaroundM, roads.all)
    .map((d) => d.lengthM).filter((d) => !networkDeadEnds.some((n) => Math.abs(n - d) < 0.5));
  for (const lengthM of writtenDeadEnds) warnings.push({ code: 'dead-end-needs-turnaround', params: { lengthM, maxDeadEndM: p.maxDeadEndM, turnaroundM: p.turnaroundM } });
  const allOpenDeadEnds = [...networkDeadEnds, ...writtenDeadEnds];
  const landUse = landUseBalance({
    zoneM2,
    plotsM2: multiPolygonAreaM2(plots),
    roadsM2: multiPolygonAreaM2(roads.all),
    parkingM2,
    greenM2: multiPolygonAreaM2([...isolation, ...perimeter, ...leftover]),
    technicalM2: multiPolygonAreaM2(facilityPolygons) - parkingM2,
    keptM2: multiPolygonAreaM2(kept),
    envelopesM2: multiPolygonAreaM2(envelopes.filter((e): e is PlanePolygon => e !== null)),
    largestEnvelopeSharePercent: Math.max(0, ...envelopes.map((e, i) => (e ? (100 * polygonAreaM2(e)) / polygonAreaM2(plots[i]) : 0))),
    longestOpenDeadEndM: allOpenDeadEnds.length ? Math.max(...allOpenDeadEnds) : 0,
    hasResidentialEdge,
    narrowedEdges: strips.narrowed,
  }, p);
  if (toGreen.size) {
    warnings.push({ code: 'plots-to-green', params: { plots: toGreen.size, requiredPercent: GREEN_MIN_PERCENT } });
  }
  if (leftover.length) {
    warnings.push({ code: 'plot-leftover-to-green', params: { pieces: leftover.length, areaM2: roundAreaM2(multiPolygonAreaM2(leftover)) } });
  }
  const emptyEnvelopes = envelopes.filter((e) => !e).length;
  if (emptyEnvelopes) warnings.push({ code: 'plot-without-envelope', params: { plots: emptyEnvelopes } });
  for (const c of landUse.checks) {
    if (!c.pass) warnings.push({ code: 'land-use-rule-failed', params: { rule: c.rule, reference: c.reference, required: c.required, actual: c.actual, unit: c.unit } });
  }
  return { ok: true, crs: site.crs, parameters: p, pattern: pattern.name, features, landUse, warnings };
}

/** t extent of the land behind the entrance, for the patterns. */
export const innerFarT = (input: PatternInput): number => localExtent(input.entrance.frame, input.inner)[3];
