/**
 * The land-use balance tab: the balance table with PASS/FAIL per Table 2.6 rule, a bar chart of the
 * shares against their thresholds, the planning and fire-safety checks, and the warnings in words.
 */
import { formatAreaM2 } from '../../i18n/format';
import { useTranslation, type Translate } from '../../i18n/use-translation';
import type { Language } from '../../i18n/translate';
import { regulationReference } from '../../i18n/regulation-reference';
import type { RuleCheck } from '../../geo/layout';
import { usePlanLayout } from '../../state/plan-session';
import { balanceTableRows, chartBars, fireChecks, planningChecks } from './balance-view';
import { formatNumber, ruleName, ruleThreshold, ruleValue, warningText } from './plan-text';
import { narrowedEdgesText } from './strip-edge-text';

function Verdict({ pass, t }: { pass: boolean; t: Translate }) {
  return <span className={pass ? 'verdict pass' : 'verdict fail'}>{t(pass ? 'plan.pass' : 'plan.fail')}</span>;
}

function RuleTable({ title, checks, testId, t, language }: { title: string; checks: readonly RuleCheck[]; testId: string; t: Translate; language: Language }) {
  return (
    <table className="data-table plan-rules" data-testid={testId}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th className="text">{t('plan.balance.rule')}</th>
          <th>{t('plan.rules.required')}</th>
          <th>{t('plan.rules.actual')}</th>
          <th>{t('plan.balance.result')}</th>
        </tr>
      </thead>
      <tbody>
        {checks.map((check) => (
          <tr key={check.rule} data-rule={check.rule} className={check.pass ? undefined : 'failed'}>
            <td className="text">{ruleName(check.rule, t)}<span className="reference">{regulationReference(check.reference, t)}</span>
              {check.edges?.length ? <span className="rule-edges" data-testid="rule-edges">{narrowedEdgesText(check.edges, t, language)}</span> : null}</td>
            <td className="num">{ruleThreshold(check, t, language)}</td>
            <td className="num">{ruleValue(check.actual, check.unit, language)}</td>
            <td><Verdict pass={check.pass} t={t} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BalancePanel() {
  const { t, language } = useTranslation();
  const layout = usePlanLayout((s) => s.layout);
  if (!layout) return <p className="empty-state">{t('plan.laying')}</p>;
  const { landUse } = layout;
  const share = (percent: number) => `${formatNumber(percent, language)} %`;
  const greenCheck = landUse.checks.find((c) => c.rule === 'green-min');

  return (
    <div className="plan-balance">
      <table className="data-table" data-testid="plan-balance">
        <caption>{t('plan.balance.title')}</caption>
        <thead>
          <tr>
            <th className="text">{t('plan.balance.category')}</th>
            <th>{t('plan.balance.area')}</th>
            <th>{t('plan.balance.share')}</th>
            <th>{t('plan.balance.rule')}</th>
            <th>{t('plan.balance.result')}</th>
          </tr>
        </thead>
        <tbody>
          {balanceTableRows(landUse).map((row) => (
            <tr key={row.category} data-category={row.category}>
              <td className="text">{t(`layout.category.${row.category}`)}</td>
              <td className="num" data-testid={`balance-area-${row.category}`}>{formatAreaM2(row.areaM2, language)}</td>
              <td className="num">{share(row.sharePercent)}</td>
              <td className="num">{row.check ? ruleThreshold(row.check, t, language) : ''}</td>
              <td>{row.check && <Verdict pass={row.check.pass} t={t} />}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th className="text">{t('plan.balance.total')}</th>
            <td className="num" data-testid="balance-area-total">{formatAreaM2(landUse.zoneAreaM2, language)}</td>
            <td className="num">{share(100)}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
      {greenCheck && <p className="help">{t('plan.balance.greenNote', { share: ruleValue(greenCheck.actual, greenCheck.unit, language) })}</p>}

      <figure className="share-chart" data-testid="plan-chart">
        <figcaption>{t('plan.chart.title')}</figcaption>
        {chartBars(landUse).map(({ check, barFraction, thresholdFraction }) => {
          const text = t('plan.chart.bar', {
            rule: ruleName(check.rule, t), actual: ruleValue(check.actual, check.unit, language),
            threshold: ruleThreshold(check, t, language), result: t(check.pass ? 'plan.pass' : 'plan.fail'),
          });
          return (
            <div key={check.rule} className="share-bar" role="img" aria-label={text} title={text}>
              <span className="share-bar-name">{ruleName(check.rule, t)}</span>
              <span className="share-bar-track">
                <span className={check.pass ? 'share-bar-fill pass' : 'share-bar-fill fail'} style={{ width: `${barFraction * 100}%` }} />
                <span className="share-bar-threshold" style={{ left: `${thresholdFraction * 100}%` }} />
              </span>
              <span className="share-bar-value num">{ruleValue(check.actual, check.unit, language)} <small>({ruleThreshold(check, t, language)})</small></span>
            </div>
          );
        })}
      </figure>

      <RuleTable title={t('plan.rules.title')} checks={planningChecks(landUse)} testId="plan-rules" t={t} language={language} />
      <RuleTable title={t('plan.fire.title')} checks={fireChecks(landUse, layout.parameters)} testId="plan-fire" t={t} language={language} />

      <section className="plan-warnings" data-testid="plan-warnings">
        <h2>{t('plan.warnings.title')}</h2>
        {layout.warnings.length === 0 ? <p className="muted">{t('plan.warnings.none')}</p> : (
          <ul>{layout.warnings.map((w, i) => <li key={i}>{warningText(w, t, language)}</li>)}</ul>
        )}
      </section>
    </div>
  );
}
