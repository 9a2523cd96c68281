/**
 * The layout engine: zone + parameters → roads, green strips, facility lots, workshop plots with their
 * buildable envelopes, the land-use balance and warnings, all in VN-2000 plane metres on the 1 mm grid.
 * Pure and deterministic: the same input gives the same output, byte for byte once serialised.
 */
import { multiPolygonAreaM2, polygonAreaM2, ringSignedAreaM2, roundAreaM2, type PlanePolygon } from '../plane-measure';
import { subtractPolygons, unitePolygons } from './clip';
import { findPolygonProblems } from '../polygon-validity';
import type { ZoneSite } from '../../domain/site';
import { fitCentreLines } from './centre-lines';
import { openDeadEnds } from './dead-ends';
import { buildEnvelopes, unbuildablePlots } from './envelopes';
import { findEntrance, type Entrance } from './entrance';
import { placeFacilities } from './facilities';
import { localExtent, toPlane } from './frame';
import { greenStrips } from './green-strips';
import { landUseBalance } from './land-use-balance';
import { layoutFeatures } from './layout-features';
import { leftoverLand } from './leftover';
import { parameterWarnings } from './parameter-warnings';
import { maxPlotDepthM, minPlotDepthM, plotRowDepthM, validateLayoutParameters } from './parameters';
import { assignCodes, naturalCodes } from './plot-codes';
import { buildRoadNetwork, innerStartT, withoutStubs } from './road-network';
import { roadContact } from './plot-shape';
import { planRows } from './row-plan';
import { ringSegments, SegmentGrid } from './segments';
import { sliceRows } from './slice-rows';
import type { LayoutFailure, LayoutParameters, LayoutResult, LayoutWarning, PreviousLayout } from './types';

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
  site: ZoneSite, parameters: LayoutParameters, options: { previous?: PreviousLayout | null } = {},
): LayoutResult | LayoutFailure {
  const checked = validateLayoutParameters(parameters);
  if (!checked.ok) return { ok: false, errors: checked.errors.map((e) => ({ code: e.code, params: { field: e.field, ...e.params } })) };
  const p = checked.value;
  const bad = zoneFailure(site, p);
  if (bad) return bad;
  // Outer ring counter-clockwise, holes clockwise, so that the non-zero fill keeps the holes open.
  const oriented: PlanePolygon = site.zone.map((ring, i) => ((ringSignedAreaM2(ring) > 0) === (i === 0) ? ring : [...ring].reverse()));
  const cleaned = unitePolygons([oriented]);
  if (cleaned.length !== 1) return fail('zone-invalid', { problem: 'several-parts', parts: cleaned.length });
  const zone = cleaned[0];
  const first = findEntrance(zone[0], site.accessRoads, site.entrance);
  if (!first) return fail('access-road-not-touching');
  const result = layoutFrom(site, zone, first, p, options);
  if (result.ok) return result;
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

/** Rounds of dropping plots that cannot be built on (each round redraws the neighbours' envelopes). */
const ENVELOPE_ROUNDS = 3;

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

/** Least length of a plot or facility edge along a road stub for the stub to lead somewhere, m. */
const STUB_FRONTAGE_M = 0.5;

/** Whether any of the polygons runs along the region's boundary over STUB_FRONTAGE_M or more. */
function fronted(region: PlanePolygon, polygons: readonly PlanePolygon[]): boolean {
  const grid = new SegmentGrid(50);
  ringSegments(region[0]).forEach((s) => grid.add(s, 0));
  return polygons.some((polygon) => roadContact(polygon[0], grid).lengthM >= STUB_FRONTAGE_M);
}

/** The layout for one entrance. */
function layoutFrom(
  site: ZoneSite, zone: PlanePolygon, entrance: Entrance, p: LayoutParameters, options: { previous?: PreviousLayout | null },
): LayoutResult | LayoutFailure {
  const f = entrance.frame;
  const hasResidentialEdge = site.residentialEdges.length > 0;

  const strips = greenStrips(zone, site.residentialEdges, p.greenBufferM, p.perimeterGreenM);
  const inner = subtractPolygons([zone], [...strips.isolation, ...strips.perimeter]);
  const tStart = innerStartT(f, inner, p.mainRoadWidthM);
  if (tStart === null) return fail('entrance-blocked');
  const tMax = localExtent(f, inner)[3];
  const plan = planRows(tStart, tMax, plotRowDepthM(p), minPlotDepthM(p), maxPlotDepthM(p), p.branchRoadWidthM);
  if (!plan.rows.length) return fail('zone-too-small', { areaM2: roundAreaM2(polygonAreaM2(zone)), minPlotAreaM2: p.minPlotAreaM2 });

  const drawnRoads = buildRoadNetwork(f, zone, inner, tStart, plan.branchT, p);
  const roadGrid = new SegmentGrid(50);
  drawnRoads.all.forEach((poly) => poly.forEach((ring) => ringSegments(ring).forEach((s) => roadGrid.add(s, 0))));
  const blocksWithFacilities = subtractPolygons(inner, drawnRoads.raw);
  // Facilities at the head of the first row end that holds them (or one by one, see facilities.ts).
  const facilities = placeFacilities(f, blocksWithFacilities, plan.rows, p.mainRoadWidthM / 2, p.facilities);
  const facilityPolygons = facilities.lots.flatMap((lot) => lot.polygons);
  const blocks = subtractPolygons(blocksWithFacilities, facilityPolygons);
  const offsets = facilities.rowStarts;
  const candidates = sliceRows(f, blocks, plan.rows, offsets, roadGrid, p)
    .sort((a, b) => a.row - b.row || a.s - b.s);
  if (!candidates.length) return fail('zone-too-small', { areaM2: roundAreaM2(polygonAreaM2(zone)), minPlotAreaM2: p.minPlotAreaM2 });
  // Plots that cannot be built on go to the green; their neighbours' envelopes are drawn again.
  let built = candidates;
  let envelopes = buildEnvelopes(built.map((c) => c.polygon), roadGrid, p);
  for (let round = 0; round < ENVELOPE_ROUNDS; round++) {
    const unbuildable = unbuildablePlots(envelopes, roadGrid);
    if (!unbuildable.size) break;
    built = built.filter((_, i) => !unbuildable.has(i));
    envelopes = buildEnvelopes(built.map((c) => c.polygon), roadGrid, p);
  }
  if (!built.length) return fail('zone-too-small', { areaM2: roundAreaM2(polygonAreaM2(zone)), minPlotAreaM2: p.minPlotAreaM2 });
  const plots = built.map((c) => c.polygon);
  // Branch ends past a loop that no plot or facility fronts lead nowhere: their land goes to the green.
  const roads = withoutStubs(drawnRoads, drawnRoads.stubs.filter((stub) => !fronted(stub.region, [...plots, ...facilityPolygons])));
  const codes = assignCodes(plots, naturalCodes(built.map((c) => c.row)), options.previous);

  const isolation = subtractPolygons(strips.isolation, roads.crossing);
  const perimeter = subtractPolygons(strips.perimeter, roads.crossing);
  const leftover = leftoverLand(zone, [...roads.all, ...isolation, ...perimeter, ...facilityPolygons, ...plots]);
  const kept = zone.slice(1).map((hole): PlanePolygon => [ringSignedAreaM2(hole) > 0 ? hole : [...hole].reverse()]);

  const centreLines = fitCentreLines(roads.centrelines, zone, roads.all);
  const features = layoutFeatures({ centrelines: centreLines.lines, kept, isolation, perimeter, leftover, roads, facilities: facilities.lots, plots: built, codes, envelopes }, p);

  const parkingM2 = multiPolygonAreaM2(facilities.lots.filter((l) => l.use === 'parking').flatMap((l) => l.polygons));
  const warnings: LayoutWarning[] = [...parameterWarnings(p, hasResidentialEdge), ...roads.warnings, ...centreLines.warnings, ...facilities.warnings];
  const networkDeadEnds = roads.warnings.filter((w) => w.code === 'dead-end-needs-turnaround').map((w) => Number(w.params?.lengthM ?? 0));
  // Dead ends of the roads as written (a pond cutting a branch, a neighbour road that was a sliver).
  const turnarounds = roads.pieces.filter((q) => q.role === 'turnaround').flatMap((q) => q.polygons);
  const writtenDeadEnds = openDeadEnds(centreLines.lines, turnarounds, zone[0], site.accessRoads, p.maxDeadEndM, p.turnaroundM, roads.all)
    .map((d) => d.lengthM).filter((d) => !networkDeadEnds.some((n) => Math.abs(n - d) < 0.5));
  for (const lengthM of writtenDeadEnds) warnings.push({ code: 'dead-end-needs-turnaround', params: { lengthM, maxDeadEndM: p.maxDeadEndM, turnaroundM: p.turnaroundM } });
  const allOpenDeadEnds = [...networkDeadEnds, ...writtenDeadEnds];
  const landUse = landUseBalance({
    zoneM2: Math.abs(ringSignedAreaM2(zone[0])),
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
  }, p);
  if (leftover.length) {
    warnings.push({ code: 'plot-leftover-to-green', params: { pieces: leftover.length, areaM2: roundAreaM2(multiPolygonAreaM2(leftover)) } });
  }
  const emptyEnvelopes = envelopes.filter((e) => !e).length;
  if (emptyEnvelopes) warnings.push({ code: 'plot-without-envelope', params: { plots: emptyEnvelopes } });
  for (const c of landUse.checks) {
    if (!c.pass) warnings.push({ code: 'land-use-rule-failed', params: { rule: c.rule, reference: c.reference, required: c.required, actual: c.actual, unit: c.unit } });
  }
  return { ok: true, crs: site.crs, parameters: p, features, landUse, warnings };
}
