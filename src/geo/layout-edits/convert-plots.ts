/**
 * Turns plots into green (cây xanh) or a facility lot (bãi đỗ xe, xử lý nước thải, …): the plots are gone,
 * their land is green or technical land in the balance, and the neighbours' envelopes are drawn again
 * (an edge that faced a plot now faces open land).
 */
import { polygonAreaM2, roundAreaM2 } from '../plane-measure';
import type { LayoutFeature, LayoutResult } from '../layout';
import type { ZoneSite } from '../zone-site';
import { refused, type EditOutcome } from './edit-outcome';
import { layoutPieces } from './layout-pieces';
import { rebuildLayout, snapped } from './rebuild-layout';

/** What a plot becomes: green, or a facility of that use (FacilityRequest['use']). */
export type PlotConversion = { readonly to: 'green' } | { readonly to: 'facility'; readonly use: string };

export function convertPlots(layout: LayoutResult, site: ZoneSite, codes: readonly string[], into: PlotConversion): EditOutcome {
  const unique = [...new Set(codes)];
  if (!unique.length) return refused('planEdit.refused.nothing-selected');
  const pieces = layoutPieces(layout);
  const gone = new Set(unique);
  const chosen = pieces.plots.filter((q) => gone.has(q.code));
  const missing = unique.find((code) => !chosen.some((q) => q.code === code));
  if (missing) return refused('planEdit.refused.missing-plot', { code: missing });
  if (chosen.length === pieces.plots.length) return refused('planEdit.refused.last-plots');
  const added: LayoutFeature[] = chosen.map((q) => {
    const polygon = snapped(q.polygon);
    const areaM2 = roundAreaM2(polygonAreaM2(polygon));
    return { geometry: { type: 'Polygon', coordinates: polygon }, properties: into.to === 'green' ? { kind: 'green', role: 'leftover', areaM2 } : { kind: 'facility', use: into.use, areaM2 } };
  });
  const plots = pieces.plots.filter((q) => !gone.has(q.code));
  const rebuilt = rebuildLayout({ layout, site, plots, judged: [], removed: unique, added });
  if (!rebuilt.ok) return rebuilt;
  return {
    ok: true, layout: rebuilt.layout, warnings: rebuilt.warnings, touched: { moved: [], removed: unique, added: [] },
    label: into.to === 'green'
      ? { key: 'planEdit.label.to-green', params: { codes: unique.join(', ') } }
      : { key: 'planEdit.label.to-facility', params: { codes: unique.join(', '), use: into.use } },
  };
}
