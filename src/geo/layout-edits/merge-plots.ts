/**
 * Merges neighbouring plots into one (for an enterprise that needs more land): the merged plot keeps the
 * first code, the others are gone. It may exceed the largest plot area: that is a warning, not a
 * refusal; every other plot rule still holds. The plots must make one piece of land.
 */
import type { LayoutResult } from '../layout';
import type { ZoneSite } from '../zone-site';
import { refused, type EditOutcome } from './edit-outcome';
import { unitePolygons } from './engine-parts';
import { layoutPieces, plotOf } from './layout-pieces';
import { rebuildLayout } from './rebuild-layout';

export function mergePlots(layout: LayoutResult, site: ZoneSite, codes: readonly string[]): EditOutcome {
  const unique = [...new Set(codes)];
  if (unique.length < 2) return refused('planEdit.refused.merge-needs-two');
  const pieces = layoutPieces(layout);
  const chosen = unique.map((code) => plotOf(pieces, code));
  const missing = unique.find((_, i) => !chosen[i]);
  if (missing) return refused('planEdit.refused.missing-plot', { code: missing });
  const merged = unitePolygons(chosen.map((q) => q!.polygon));
  if (merged.length !== 1 || merged[0].length !== 1) return refused('planEdit.refused.merge-apart', { codes: unique.join(', ') });
  const [keep, ...gone] = unique;
  const removed = new Set(gone);
  const plots = pieces.plots.flatMap((q) => (removed.has(q.code) ? [] : q.code === keep ? [{ code: keep, polygon: merged[0] }] : [q]));
  const rebuilt = rebuildLayout({ layout, site, plots, judged: [keep], removed: gone, largeAllowed: [keep] });
  if (!rebuilt.ok) return rebuilt;
  return {
    ok: true, layout: rebuilt.layout, warnings: rebuilt.warnings, touched: { moved: [keep], removed: gone, added: [] },
    label: { key: 'planEdit.label.merged', params: { codes: unique.join(', '), code: keep } },
  };
}
