/**
 * The map of what differs between the open variant (A) and the one compared (B): plots only in A,
 * only in B, in both with another shape (B's outline drawn over A's), and the same, drawn over the
 * plan while the comparison is open, with a legend that counts each.
 */
import { useEffect, useMemo } from 'react';
import { diffLayouts, PLOT_DIFF_STATUSES } from '../../domain/layout-diff';
import type { LayoutResult } from '../../geo/layout';
import { useTranslation } from '../../i18n/use-translation';
import { TOOL_COLOURS, type PlanMapTools } from '../../map/plan-map-tools-adapter';
import { diffMapData } from './tool-map-data';

export function VariantDiffMap({ tools, a, b, nameA, nameB }: {
  readonly tools: PlanMapTools | null;
  readonly a: LayoutResult | null;
  readonly b: LayoutResult | null;
  readonly nameA: string;
  readonly nameB: string;
}) {
  const { t } = useTranslation();
  const diff = useMemo(() => (a && b ? diffLayouts(a, b) : null), [a, b]);
  useEffect(() => {
    if (!tools) return;
    tools.showDifferences(diff && a ? diffMapData(diff, a.crs) : null);
    return () => tools.showDifferences(null);
  }, [tools, diff, a]);
  if (!diff) return <p className="zone-draw-help">{t('planDiff.waiting')}</p>;
  return (
    <figure className="variant-diff" data-testid="variant-diff-legend">
      <figcaption>{t('planDiff.title')}</figcaption>
      <ul>
        {PLOT_DIFF_STATUSES.map((status) => (
          <li key={status} data-status={status} data-count={diff.counts[status]}>
            <span className={status === 'only-b' ? 'swatch outline' : 'swatch'} style={status === 'only-b' ? { borderColor: TOOL_COLOURS.diff[status] } : { background: TOOL_COLOURS.diff[status] }} />
            {t(`planDiff.${status}`, { a: nameA, b: nameB })}: <strong>{diff.counts[status]}</strong>
          </li>
        ))}
        {diff.counts.changed > 0 && <li className="variant-diff-note"><span className="swatch outline" />{t('planDiff.outlineB', { b: nameB })}</li>}
      </ul>
    </figure>
  );
}
