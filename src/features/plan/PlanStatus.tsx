/**
 * The line under the workspace title: what the layout is (plots, plot area, rules met) and what the
 * worker is doing (recomputing, slow with progress and Stop, stopped, refused, failed).
 */
import { useMemo } from 'react';
import { formatAreaM2 } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';
import { planSessionStores, usePlanLayout, usePlanParameters } from '../../state/plan-session';
import { passCount } from './balance-view';
import { asParameterError, parameterRefusals } from './parameter-check';
import { errorText, formatNumber } from './plan-text';
import type { PlanWorkspace } from './plan-workspace';

export function PlanStatus({ workspace, siteReady }: { workspace: PlanWorkspace; siteReady: boolean }) {
  const { t, language } = useTranslation();
  const layout = usePlanLayout((s) => s.layout);
  const engineMs = usePlanLayout((s) => s.engineMs);
  const run = usePlanLayout((s) => s.run);
  const failure = usePlanLayout((s) => s.failure);
  const crash = usePlanLayout((s) => s.crash);
  const cancelled = usePlanLayout((s) => s.cancelled);
  const parameters = usePlanParameters((s) => s.parameters);
  const refused = useMemo(() => parameterRefusals(parameters).length > 0, [parameters]);

  const plots = layout?.landUse.rows.find((r) => r.category === 'plots');
  const plotCount = layout ? layout.features.filter((f) => f.properties.kind === 'plot').length : 0;
  const counts = layout ? passCount(layout.landUse, layout.parameters) : null;
  // Refusals that name a field are shown beside the field in the parameters panel.
  const zoneErrors = (failure ?? []).filter((e) => asParameterError(e) === null);

  return (
    <div className="plan-status">
      {!siteReady && <p className="loading" role="status">{t('plan.loading')}</p>}
      {siteReady && !layout && run.status === 'running' && <p className="loading" role="status">{t('plan.laying')}</p>}
      {layout && counts && (
        <p className="plan-summary" data-testid="plan-summary">
          {t('plan.summary', { plots: formatNumber(plotCount, language, 0), area: formatAreaM2(plots?.areaM2 ?? 0, language), passed: counts.passed, total: counts.total })}
          {engineMs !== null && <span className="muted plan-engine-time" data-testid="plan-engine-time">{t('plan.engineTime', { ms: formatNumber(engineMs, language, 0) })}</span>}
        </p>
      )}
      <div className="plan-run" aria-live="polite">
        {run.status === 'running' && layout && (
          <div className="plan-running" role="status" data-testid="plan-running">
            <span>{run.slow ? t('plan.slow') : t('plan.running')}</span>
            {run.slow && <progress aria-label={t('plan.running')} />}
            {run.slow && <button type="button" className="small" data-testid="plan-cancel" onClick={() => workspace.cancel()}>{t('plan.cancel')}</button>}
          </div>
        )}
        {refused && (
          <p className="plan-note" role="status" data-testid="plan-refused-note">
            {t('plan.params.refused')}{' '}
            <button type="button" className="small" onClick={() => planSessionStores().view.getState().setTab('parameters')}>{t('plan.tab.parameters')}</button>
          </p>
        )}
        {cancelled && run.status === 'idle' && (
          <p className="plan-note" role="status" data-testid="plan-cancelled">
            {t('plan.cancelled')} <button type="button" className="small" data-testid="plan-retry" onClick={() => workspace.retry()}>{t('plan.retry')}</button>
          </p>
        )}
        {zoneErrors.length > 0 && (
          <div className="plan-problem" role="alert" data-testid="plan-failure">
            <p>{t('plan.failure')}</p>
            <ul>{zoneErrors.map((e, i) => <li key={i}>{errorText(e, t, language)}</li>)}</ul>
            <p>{layout ? t('plan.keptLayout') : t('plan.noLayout')}</p>
          </div>
        )}
        {crash && (
          <div className="plan-problem" role="alert">
            <p>{t('plan.crash', { message: crash })}</p>
            <button type="button" className="small" onClick={() => workspace.retry()}>{t('plan.retry')}</button>
          </div>
        )}
      </div>
    </div>
  );
}
