/** The figures an official reads first: area recovered, total cost, and the budget. */
import type { CompensationEstimate, RecoveryWarning } from '../../domain/land-recovery';
import { formatAreaM2, formatHectares, formatMoneyVnd, formatMoneyVndCompact, formatPercent, M2_PER_HECTARE } from '../../i18n/format';
import type { Language } from '../../i18n/translate';
import { useTranslation, type Translate } from '../../i18n/use-translation';

export function warningText(warning: RecoveryWarning, t: Translate, language: Language): string {
  if (warning.code === 'over-budget') {
    return t('recovery.warning.over-budget', {
      estimate: formatMoneyVndCompact(warning.params.estimateVnd, language),
      budget: formatMoneyVndCompact(warning.params.budgetVnd, language),
      over: formatMoneyVndCompact(warning.params.overVnd, language),
    });
  }
  return t(`recovery.warning.${warning.code}`, warning.params);
}

export function RecoverySummary({ estimate }: { estimate: CompensationEstimate }) {
  const { t, language } = useTranslation();
  const { totals, budget } = estimate;
  // Land users as written: a parcel with no user and one of the People's Committee are the same one.
  const landUsers = estimate.byLandUser.length;
  return (
    <section className="summary-cards" aria-label={t('recovery.totals.sum')}>
      <div className="card">
        <h2>{t('recovery.totals.area')}</h2>
        <p className="figure" data-testid="recovery-total-area">{formatAreaM2(totals.recoveredAreaM2Stated, language)}</p>
        <p className="help">
          {formatHectares(totals.recoveredAreaM2Stated / M2_PER_HECTARE, language, { maximumFractionDigits: 2 })} ·{' '}
          {/* The area itself is the figure above: the line says it in hectares and what it is made of. */}
          {t('recovery.summary', { parcels: totals.parcels, landUsers })}
        </p>
      </div>
      <div className="card">
        <h2>{t('recovery.totals.compensation')}</h2>
        <p className="figure" data-testid="recovery-total-compensation">{formatMoneyVnd(totals.grandTotalVnd, language)}</p>
        <p className="help">{formatMoneyVndCompact(totals.grandTotalVnd, language)}</p>
      </div>
      <div className={budget.overBudget ? 'card over' : 'card'} data-testid="recovery-budget">
        <h2>{t('recovery.budget.title')}</h2>
        <p className="figure">{formatMoneyVndCompact(budget.budgetVnd, language)}</p>
        <p className="help">
          {budget.shareUsed !== null && t('recovery.budget.shareUsed', { share: formatPercent(budget.shareUsed, language) })}
          {' · '}
          {budget.overBudget
            ? `${t('recovery.budget.over')}: ${formatMoneyVndCompact(-budget.remainingVnd, language)}`
            : `${t('recovery.budget.remaining')}: ${formatMoneyVndCompact(budget.remainingVnd, language)}`}
        </p>
        <meter min={0} max={1} low={0.8} high={0.95} optimum={0.5} value={Math.min(budget.shareUsed ?? 0, 1)} />
      </div>
      {estimate.warnings.length > 0 && (
        <ul className="warnings" role="status">
          {estimate.warnings.map((w, i) => <li key={i} className="warning">{warningText(w, t, language)}</li>)}
        </ul>
      )}
    </section>
  );
}
