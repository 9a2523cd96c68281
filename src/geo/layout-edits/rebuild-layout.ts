/**
 * A layout put back together after a hand edit, by the engine's own rules: every plot's buildable
 * envelope drawn again among its neighbours (setbacks, fire separation), the plots an edit made judged
 * (judgePlot: frontage, area range, depth, corners, room to build, road to wall ≤ 5 m, plot green), and
 * the land-use balance with its rule checks computed again from the areas.
 */
import { asPlane } from '../coordinates';
import { polygonAreaM2, ringSignedAreaM2, roundAreaM2, roundLengthM, type PlanePolygon } from '../plane-measure';
import { judgePlot, type LayoutFeature, type LayoutResult, type LayoutWarning, type PlotReason } from '../layout';
import type { ZoneSite } from '../zone-site';
import { buildEnvelopes, landUseBalance, roadGridOf, unbuildablePlots } from './engine-parts';
import { messageParams, type EditMessage } from './edit-outcome';
import { layoutPieces, type PlotPiece } from './layout-pieces';

export interface RebuildInput {
  readonly layout: LayoutResult;
  readonly site: ZoneSite;
  /** Every plot of the new layout, in the order their envelopes are drawn (who yields to whom). */
  readonly plots: readonly PlotPiece[];
  /** Codes of the plots the edit made or reshaped: these are judged against every plot rule. */
  readonly judged: readonly string[];
  /** Codes of plots removed from the layout (merged, turned into green or a facility). */
  readonly removed?: readonly string[];
  /** Green or facility lots the edit adds. */
  readonly added?: readonly LayoutFeature[];
  /** Plots allowed above the largest plot area (a merge for a large enterprise): a warning, not a refusal. */
  readonly largeAllowed?: readonly string[];
}

export type Rebuilt =
  | { readonly ok: true; readonly layout: LayoutResult; readonly warnings: EditMessage[] }
  | { readonly ok: false; readonly refusal: EditMessage };

const snap = (q: readonly [number, number]) => asPlane([Math.round(q[0] * 1000) / 1000, Math.round(q[1] * 1000) / 1000]);
export const snapped = (polygon: PlanePolygon): PlanePolygon => polygon.map((ring) => ring.map(snap));

/** Codes whose balance or envelope warnings are made again from the new layout. */
const RECOMPUTED_WARNINGS = new Set(['land-use-rule-failed', 'plot-without-envelope']);

const multiArea = (list: readonly PlanePolygon[]): number => list.reduce((sum, q) => sum + polygonAreaM2(q), 0);

/** The refusal for the first rule a plot breaks. */
const ruleRefusal = (code: string, reason: PlotReason): EditMessage =>
  ({ key: `planEdit.rule.${reason.code}`, params: { code, ...messageParams(reason.params) } });

export function rebuildLayout(input: RebuildInput): Rebuilt {
  const { layout, site } = input;
  const p = layout.parameters;
  const pieces = layoutPieces(layout);
  const plots = input.plots.map((q) => ({ code: q.code, polygon: snapped(q.polygon) }));
  const grid = roadGridOf(pieces.roads);
  const envelopes = buildEnvelopes(plots.map((q) => q.polygon), grid, p);
  const judged = new Set(input.judged);
  const large = new Set(input.largeAllowed ?? []);
  const warnings: EditMessage[] = [];
  const shapes = new Map<string, { frontageM: number; depthM: number }>();
  for (const [i, plot] of plots.entries()) {
    if (!judged.has(plot.code)) continue;
    const neighbours = plots.filter((q, k) => k !== i && nearby(q.polygon, plot.polygon, p.fireSeparationM + 1)).map((q) => q.polygon);
    const judgement = judgePlot(plot.polygon, { roads: pieces.roads, neighbours }, p);
    shapes.set(plot.code, judgement.shape);
    for (const reason of judgement.reasons) {
      const tooLarge = reason.code === 'area' && judgement.shape.areaM2 > p.maxPlotAreaM2;
      if (tooLarge && large.has(plot.code)) {
        warnings.push({ key: 'planEdit.warning.large-plot', params: { code: plot.code, areaM2: roundAreaM2(judgement.shape.areaM2), maxPlotAreaM2: p.maxPlotAreaM2 } });
        continue;
      }
      return { ok: false, refusal: ruleRefusal(plot.code, reason) };
    }
  }
  // Every plot, the edited ones and their neighbours, must still have an envelope within reach of a road.
  for (const i of unbuildablePlots(envelopes, grid)) {
    const code = plots[i].code;
    return { ok: false, refusal: judged.has(code) ? { key: 'planEdit.rule.no-envelope', params: { code } } : { key: 'planEdit.refused.neighbour-unbuildable', params: { code } } };
  }

  const oldPlot = new Map(layout.features.flatMap((f) => (f.properties.kind === 'plot' ? [[f.properties.code, f] as const] : [])));
  const plotFeatures: LayoutFeature[] = plots.map((q) => {
    const before = oldPlot.get(q.code);
    const shape = shapes.get(q.code);
    if (before && !shape && before.properties.kind === 'plot') return { geometry: { type: 'Polygon', coordinates: q.polygon }, properties: { ...before.properties } };
    return {
      geometry: { type: 'Polygon', coordinates: q.polygon },
      properties: { kind: 'plot', code: q.code, areaM2: roundAreaM2(polygonAreaM2(q.polygon)), frontageM: roundLengthM(shape?.frontageM ?? 0), depthM: roundLengthM(shape?.depthM ?? 0) },
    };
  });
  const envelopeFeatures: LayoutFeature[] = envelopes.flatMap((e, i) => (e
    ? [{ geometry: { type: 'Polygon' as const, coordinates: snapped(e) }, properties: { kind: 'buildable' as const, plotCode: plots[i].code, areaM2: roundAreaM2(polygonAreaM2(snapped(e))) } }]
    : []));
  const added = input.added ?? [];
  const ofKind = (list: readonly LayoutFeature[], kind: string) => list.filter((f) => f.properties.kind === kind);
  const features: LayoutFeature[] = [
    ...ofKind(pieces.others, 'green'), ...ofKind(added, 'green'),
    ...ofKind(pieces.others, 'road'),
    ...ofKind(pieces.others, 'facility'), ...ofKind(added, 'facility'),
    ...plotFeatures, ...envelopeFeatures,
    ...pieces.others.filter((f) => !['green', 'road', 'facility'].includes(f.properties.kind)),
  ];
  const landUse = balanceOf(features, site, layout, envelopes, plots.map((q) => q.polygon));
  const kept = layout.warnings.filter((w) => !RECOMPUTED_WARNINGS.has(w.code));
  const fresh: LayoutWarning[] = landUse.checks.filter((c) => !c.pass)
    .map((c) => ({ code: 'land-use-rule-failed', params: { rule: c.rule, reference: c.reference, required: c.required, actual: c.actual, unit: c.unit } }));
  return { ok: true, layout: { ...layout, features, landUse, warnings: [...kept, ...fresh] }, warnings };
}

function balanceOf(features: readonly LayoutFeature[], site: ZoneSite, before: LayoutResult, envelopes: readonly (PlanePolygon | null)[], plots: readonly PlanePolygon[]) {
  const polygons = (pred: (f: LayoutFeature) => boolean) => features.filter((f) => f.geometry.type === 'Polygon' && pred(f)).map((f) => f.geometry.coordinates as PlanePolygon);
  const facilityM2 = multiArea(polygons((f) => f.properties.kind === 'facility'));
  const parkingM2 = multiArea(polygons((f) => f.properties.kind === 'facility' && f.properties.use === 'parking'));
  // The dead ends are the roads', which hand edits of plots never change: the last run's figure stays.
  const deadEnd = before.landUse.checks.find((c) => c.rule === 'dead-end-max')?.actual ?? 0;
  return landUseBalance({
    zoneM2: Math.abs(ringSignedAreaM2(site.zone[0])),
    plotsM2: multiArea(plots),
    roadsM2: multiArea(polygons((f) => f.properties.kind === 'road')),
    parkingM2,
    greenM2: multiArea(polygons((f) => f.properties.kind === 'green' && f.properties.role !== 'kept')),
    technicalM2: facilityM2 - parkingM2,
    keptM2: multiArea(polygons((f) => f.properties.kind === 'green' && f.properties.role === 'kept')),
    envelopesM2: multiArea(envelopes.filter((e): e is PlanePolygon => e !== null)),
    largestEnvelopeSharePercent: Math.max(0, ...envelopes.map((e, i) => (e ? (100 * polygonAreaM2(e)) / polygonAreaM2(plots[i]) : 0))),
    longestOpenDeadEndM: deadEnd,
    hasResidentialEdge: site.residentialEdges.length > 0,
    // Hand edits never move the strips: the sides the last run found narrowed stay narrowed.
    narrowedEdges: before.landUse.checks.find((c) => c.rule === 'isolation-strip-min')?.edges,
  }, before.parameters);
}

/** Whether two polygons' bounding boxes come within `gapM` of each other. */
function nearby(a: PlanePolygon, b: PlanePolygon, gapM: number): boolean {
  const box = (q: PlanePolygon) => q[0].reduce((r, c) => [Math.min(r[0], c[0]), Math.min(r[1], c[1]), Math.max(r[2], c[0]), Math.max(r[3], c[1])], [Infinity, Infinity, -Infinity, -Infinity]);
  const x = box(a), y = box(b);
  return Math.max(0, x[0] - y[2], y[0] - x[2]) <= gapM && Math.max(0, x[1] - y[3], y[1] - x[3]) <= gapM;
}
