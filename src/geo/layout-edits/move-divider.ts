/**
 * Moves the dividing line between two plots that share an edge: the line is moved `offsetM` towards
 * the second plot (a negative offset: towards the first), kept parallel to where it was, and the two
 * plots share the land they held together. Both are judged by every plot rule.
 */
import type { LayoutResult } from '../layout';
import type { ZoneSite } from '../zone-site';
import { refused, type EditOutcome } from './edit-outcome';
import { intersectPolygons, subtractPolygons, unitePolygons } from './engine-parts';
import { layoutPieces, plotOf } from './layout-pieces';
import { bandPolygon, cornerMean, frameOf, normalDistanceM, sharedEdge } from './plane-lines';
import { rebuildLayout } from './rebuild-layout';

/** Least move worth an edit, m (the 1 mm grid). */
const LEAST_MOVE_M = 0.001;

/**
 * @param codes the two plots, in the order the offset reads (positive: the first grows)
 * @param offsetM distance the line moves towards the second plot, m
 */
export function moveDivider(layout: LayoutResult, site: ZoneSite, codes: readonly [string, string], offsetM: number): EditOutcome {
  const pieces = layoutPieces(layout);
  const a = plotOf(pieces, codes[0]), b = plotOf(pieces, codes[1]);
  if (!a || !b) return refused('planEdit.refused.missing-plot', { code: !a ? codes[0] : codes[1] });
  if (!Number.isFinite(offsetM) || Math.abs(offsetM) < LEAST_MOVE_M) return refused('planEdit.refused.no-move');
  const shared = sharedEdge(a.polygon, b.polygon);
  if (!shared) return refused('planEdit.refused.not-neighbours', { a: a.code, b: b.code });
  const frame = frameOf(shared.segment);
  // The normal points into the second plot.
  const side = Math.sign(normalDistanceM(frame, cornerMean(b.polygon))) || 1;
  const together = unitePolygons([a.polygon], [b.polygon]);
  if (together.length !== 1) return refused('planEdit.refused.not-neighbours', { a: a.code, b: b.code });
  const line = side * offsetM;
  const firstSide = side > 0 ? bandPolygon(frame, -Infinity, Infinity, -Infinity, line) : bandPolygon(frame, -Infinity, Infinity, line, Infinity);
  const first = intersectPolygons(together, [firstSide]);
  const second = subtractPolygons(together, [firstSide]);
  // The line must run across the land of the two plots once: a jogged shape it crosses twice is left alone.
  if (first.length !== 1 || second.length !== 1) return refused('planEdit.refused.divider-blocked', { a: a.code, b: b.code });
  const plots = pieces.plots.map((q) => (q.code === a.code ? { code: q.code, polygon: first[0] } : q.code === b.code ? { code: q.code, polygon: second[0] } : q));
  const rebuilt = rebuildLayout({ layout, site, plots, judged: [a.code, b.code] });
  if (!rebuilt.ok) return rebuilt;
  return {
    ok: true, layout: rebuilt.layout, warnings: rebuilt.warnings, touched: { moved: [a.code, b.code], removed: [], added: [] },
    label: { key: 'planEdit.label.moved', params: { a: a.code, b: b.code, offsetM: Math.round(offsetM * 100) / 100 } },
  };
}
