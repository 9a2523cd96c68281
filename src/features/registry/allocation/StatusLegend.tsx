/** The key of the allocation map: one swatch per plot status, with how many plots are in it. */
import { PLOT_STATUSES, type PlotStatus } from '../../../domain/allocation';
import { useTranslation } from '../../../i18n/use-translation';
import { PLOT_STATUS_COLOURS } from '../../../map/plot-status-colours';

export function StatusLegend({ counts }: { counts: ReadonlyMap<PlotStatus, number> }) {
  const { t } = useTranslation();
  return (
    <ul className="status-legend" data-testid="allocation-legend" aria-label={t('allocation.legend.title')}>
      {PLOT_STATUSES.map((status) => (
        <li key={status} data-status={status} data-color={PLOT_STATUS_COLOURS[status]}>
          <span className="swatch" style={{ background: PLOT_STATUS_COLOURS[status] }} aria-hidden="true" />
          {t(`allocation.plotStatus.${status}`)} <span className="count">{counts.get(status) ?? 0}</span>
        </li>
      ))}
    </ul>
  );
}
