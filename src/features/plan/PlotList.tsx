/**
 * The plot list: code, area, frontage, depth and envelope area, sortable by any column (click the
 * heading again to turn the order round). A row chosen selects the plot on the map; a plot chosen on
 * the map is scrolled into view here.
 */
import { useEffect, useMemo, useRef } from 'react';
import { formatAreaM2, formatDecimal } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';
import { planSessionStores, usePlanLayout, usePlanView } from '../../state/plan-session';
import { useCurrentVariantId } from '../../state/plan-variants';
import { PlotSheetsButton, presentHref } from '../present';
import { nextSort, sortPlotRows, type PlotSortKey } from './plot-rows';
import type { PlanWorkspace } from './plan-workspace';

const COLUMNS: readonly { key: PlotSortKey; label: string; title?: string }[] = [
  { key: 'code', label: 'plan.plots.code' },
  { key: 'areaM2', label: 'plan.plots.area' },
  { key: 'frontageM', label: 'plan.plots.frontage' },
  { key: 'depthM', label: 'plan.plots.depth' },
  { key: 'envelopeAreaM2', label: 'plan.plots.envelope', title: 'plan.plots.envelopeTitle' },
];

export function PlotList({ workspace }: { workspace: PlanWorkspace }) {
  const { t, language } = useTranslation();
  const layout = usePlanLayout((s) => s.layout);
  const sort = usePlanView((s) => s.sort);
  const selectedIds = usePlanView((s) => s.selectedIds);
  const scrollRequest = usePlanView((s) => s.listScrollRequest);
  // The rows belong to the layout on screen: the workspace derives them once per layout.
  const rows = useMemo(() => sortPlotRows(layout ? workspace.plotRows() : [], sort), [layout, sort, workspace]);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const variantId = useCurrentVariantId();

  useEffect(() => {
    if (scrollRequest === 0 || selectedIds.length === 0) return;
    const row = bodyRef.current?.querySelector(`tr[data-plot="${CSS.escape(selectedIds[0])}"]`);
    row?.scrollIntoView({ block: 'nearest' });
    // Only a map click asks for the scroll; a click in the list leaves it where it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollRequest]);

  if (!layout) return <p className="empty-state">{t('plan.laying')}</p>;
  if (rows.length === 0) return <p className="empty-state">{t('plan.plots.none')}</p>;
  const total = rows.reduce((sum, r) => sum + r.areaM2, 0);
  const selected = new Set(selectedIds);
  const decimal = (value: number) => formatDecimal(value, language, 2);
  const area = (value: number) => formatDecimal(value, language, 1);

  return (
    <div className="plot-list">
      <p className="muted">{t('plan.plots.total', { count: rows.length, area: formatAreaM2(total, language) })} · {t('plan.plots.sortHint')}</p>
      <p className="plot-sheets">
        {t('sheets.button')}:{' '}
        <PlotSheetsButton layout={layout} variantId={variantId} codes={rows.map((r) => r.code)} label={t('sheets.all', { count: rows.length })} testId="plan-sheets-all" />
        {selectedIds.length > 0 && (
          <PlotSheetsButton layout={layout} variantId={variantId} codes={selectedIds} label={t('sheets.chosen', { count: selectedIds.length })} testId="plan-sheets-chosen" />
        )}
      </p>
      <div className="table-scroll plot-list-scroll">
        <table className="data-table" data-testid="plan-plot-list">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.key} className={column.key === 'code' ? 'text' : undefined}
                  aria-sort={sort.key === column.key ? sort.direction : 'none'} title={column.title ? t(column.title) : undefined}
                >
                  <button type="button" className="sort" data-testid={`plan-sort-${column.key}`}
                    onClick={() => planSessionStores().view.getState().setSort(nextSort(sort, column.key))}>
                    {t(column.label)}
                    <span aria-hidden="true">{sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={bodyRef}>
            {rows.map((row) => (
              <tr
                key={row.id} data-plot={row.id} data-testid="plan-plot-row"
                aria-selected={selected.has(row.id)} className={selected.has(row.id) ? 'selected' : undefined}
                onClick={(e) => workspace.selectFromList(row.id, e.shiftKey)}
              >
                <td className="text">
                  <button type="button" className="link" onClick={(e) => { e.stopPropagation(); workspace.selectFromList(row.id, e.shiftKey); }}>{row.code}</button>
                  {' '}<a href={presentHref(row.code)} className="present-link" data-testid="plan-present-link" title={t('present.openLinkTitle', { code: row.code })}
                    onClick={(e) => e.stopPropagation()}>{t('present.openLink')}</a>
                  {row.problems.length > 0 && (
                    <span className={`plot-problem ${row.rule}`}>{row.problems.map((p) => t(`plan.plotProblem.${p}`)).join('; ')}</span>
                  )}
                </td>
                <td className="num">{area(row.areaM2)}</td>
                <td className="num">{decimal(row.frontageM)}</td>
                <td className="num">{decimal(row.depthM)}</td>
                <td className="num">{row.envelopeAreaM2 === null ? '—' : area(row.envelopeAreaM2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
