/**
 * Splits a plot: into `parts` plots of equal frontage (cuts square to its road edge), or into `parts`
 * plots along its depth (cuts parallel to the road edge; the back ones need a road of their own, as a
 * plot between two roads has). The first piece keeps the plot's code, so what names it still does;
 * the others get new codes of the same row. Every piece is judged by every plot rule.
 */
import type { LayoutResult } from '../layout';
import type { ZoneSite } from '../zone-site';
import { refused, type EditOutcome } from './edit-outcome';
import { intersectPolygons, roadContact, roadGridOf } from './engine-parts';
import { layoutPieces, plotOf } from './layout-pieces';
import { newPlotCodes } from './new-plot-codes';
import { alongM, bandPolygon, cornerMean, frameOf, normalDistanceM } from './plane-lines';
import { rebuildLayout } from './rebuild-layout';

export type SplitDirection = 'frontage' | 'depth';

export const MAX_SPLIT_PARTS = 10;

export function splitPlot(
  layout: LayoutResult, site: ZoneSite, code: string, direction: SplitDirection, parts: number, options: { reservedCodes?: Iterable<string> } = {},
): EditOutcome {
  const pieces = layoutPieces(layout);
  const plot = plotOf(pieces, code);
  if (!plot) return refused('planEdit.refused.missing-plot', { code });
  if (!Number.isInteger(parts) || parts < 2 || parts > MAX_SPLIT_PARTS) return refused('planEdit.refused.split-parts', { max: MAX_SPLIT_PARTS });
  const front = roadContact(plot.polygon[0], roadGridOf(pieces.roads)).longest;
  if (!front) return refused('planEdit.rule.frontage', { code, frontageM: 0, minFrontageM: layout.parameters.minFrontageM });
  const frame = frameOf(front);
  // The plot lies on the side of its road edge the normal points to (or the other: flip the depths).
  const inward = Math.sign(normalDistanceM(frame, cornerMean(plot.polygon))) || 1;
  const corners = plot.polygon[0];
  const bands = Array.from({ length: parts }, (_, k) => {
    if (direction === 'frontage') {
      const cut = (j: number) => (j <= 0 ? -Infinity : j >= parts ? Infinity : (j / parts) * frame.lengthM);
      return bandPolygon(frame, cut(k), cut(k + 1), -Infinity, Infinity);
    }
    const depthM = Math.max(...corners.map((q) => inward * normalDistanceM(frame, q)));
    const cut = (j: number) => (j <= 0 ? -Infinity : j >= parts ? Infinity : (j / parts) * depthM);
    return inward > 0 ? bandPolygon(frame, -Infinity, Infinity, cut(k), cut(k + 1)) : bandPolygon(frame, -Infinity, Infinity, -cut(k + 1), -cut(k));
  });
  const cut = bands.map((band) => intersectPolygons([plot.polygon], [band]));
  if (cut.some((q) => q.length !== 1)) return refused('planEdit.refused.split-shape', { code });
  // Pieces in order along the frontage or from the road back; the first keeps the code.
  const ordered = cut.map((q) => q[0]);
  if (direction === 'frontage') ordered.sort((x, y) => alongM(frame, cornerMean(x)) - alongM(frame, cornerMean(y)));
  const codes = [code, ...newPlotCodes(code, parts - 1, [...pieces.plots.map((q) => q.code), ...(options.reservedCodes ?? [])])];
  const made = ordered.map((polygon, i) => ({ code: codes[i], polygon }));
  const at = pieces.plots.findIndex((q) => q.code === code);
  const plots = [...pieces.plots.slice(0, at), ...made, ...pieces.plots.slice(at + 1)];
  const rebuilt = rebuildLayout({ layout, site, plots, judged: codes });
  if (!rebuilt.ok) {
    // A refused piece is named after the plot the planner chose ("A-01 (2/2)"), not a code never shown.
    const piece = codes.indexOf(String(rebuilt.refusal.params?.code));
    if (piece <= 0) return rebuilt;
    return refused(rebuilt.refusal.key, { ...rebuilt.refusal.params, code: `${code} (${piece + 1}/${parts})` });
  }
  return {
    ok: true, layout: rebuilt.layout, warnings: rebuilt.warnings, touched: { moved: [code], removed: [], added: codes.slice(1) },
    label: { key: direction === 'frontage' ? 'planEdit.label.split-frontage' : 'planEdit.label.split-depth', params: { code, parts } },
  };
}
