/**
 * The rates that price the recovery, edited as people type numbers (vi: 70.000; 0,02), validated
 * whole with field-level messages, saved with the budget in one transaction.
 */
import { useMemo, useState } from 'react';
import { ratesAndBudgetEdit } from '../../db/recovery';
import { commitEdit } from '../../state/commit';
import { LAND_USE_CODES } from '../../domain/land-use-codes';
import {
  DEFAULT_BUDGET_VND, DEFAULT_COMPENSATION_RATES, validateRates, type CompensationRates,
} from '../../domain/land-recovery';
import { formatDecimal, formatInteger } from '../../i18n/format';
import { parseUserNumber } from '../../i18n/parse-number';
import { rateErrorText } from './rate-error-text';
import type { Language } from '../../i18n/translate';
import { useTranslation } from '../../i18n/use-translation';

type Draft = Record<string, string>;

function toDraft(rates: CompensationRates, budgetVnd: number, language: Language): Draft {
  const draft: Draft = {
    graveVnd: formatInteger(rates.graveVnd, language),
    jobSupportMultiple: formatDecimal(rates.jobSupportMultiple, language, 1),
    stabilisingLifeVndPerM2: formatInteger(rates.stabilisingLifeVndPerM2, language),
    organisationSharePercent: formatDecimal(rates.organisationShare * 100, language, 1),
    budgetVnd: formatInteger(budgetVnd, language),
  };
  for (const [code, v] of Object.entries(rates.landPriceVndPerM2)) draft[`landPriceVndPerM2.${code}`] = formatInteger(v, language);
  for (const [code, v] of Object.entries(rates.cropVndPerM2)) draft[`cropVndPerM2.${code}`] = formatInteger(v, language);
  return draft;
}

function fromDraft(draft: Draft, compensatePublicLand: boolean, language: Language): { rates: unknown; budgetVnd: number | null } {
  const number = (key: string) => parseUserNumber(draft[key] ?? '', language) ?? Number.NaN;
  const byPrefix = (prefix: string) => Object.fromEntries(
    Object.keys(draft).filter((k) => k.startsWith(prefix)).map((k) => [k.slice(prefix.length), number(k)]),
  );
  const share = number('organisationSharePercent');
  return {
    rates: {
      version: 1,
      landPriceVndPerM2: byPrefix('landPriceVndPerM2.'),
      cropVndPerM2: byPrefix('cropVndPerM2.'),
      graveVnd: number('graveVnd'),
      jobSupportMultiple: number('jobSupportMultiple'),
      stabilisingLifeVndPerM2: number('stabilisingLifeVndPerM2'),
      organisationShare: Number.isNaN(share) ? share : share / 100,
      compensatePublicLand,
    },
    budgetVnd: parseUserNumber(draft.budgetVnd ?? '', language),
  };
}

export function RatesForm({ rates, budgetVnd, codesInUse }: { rates: CompensationRates; budgetVnd: number; codesInUse: readonly string[] }) {
  const { t, language } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => toDraft(rates, budgetVnd, language));
  const [publicLand, setPublicLand] = useState(rates.compensatePublicLand);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [showAll, setShowAll] = useState(false);
  const codes = useMemo(
    () => LAND_USE_CODES.filter((info) => showAll || codesInUse.includes(info.code)),
    [showAll, codesInUse],
  );

  const set = (key: string, value: string) => setDraft({ ...draft, [key]: value });
  const input = (key: string, label: string, inputMode: 'numeric' | 'decimal' = 'numeric') => (
    <input
      aria-label={label}
      aria-invalid={errors[key] ? true : undefined}
      inputMode={inputMode}
      className="num"
      value={draft[key] ?? ''}
      onChange={(e) => set(key, e.target.value)}
    />
  );
  const errorOf = (key: string) => errors[key] && <span className="error field-error">{errors[key]}</span>;

  const save = async () => {
    const { rates: candidate, budgetVnd: budget } = fromDraft(draft, publicLand, language);
    const result = validateRates(candidate);
    const next: Record<string, string> = {};
    if (!result.ok) {
      for (const e of result.errors) {
        const asPercent = e.field === 'organisationShare';
        next[asPercent ? 'organisationSharePercent' : e.field] = rateErrorText(e, t, language, { asPercent });
      }
    }
    if (budget === null || budget < 0) next.budgetVnd = t('recovery.rates.error.not-a-number');
    setErrors(next);
    if (!result.ok || Object.keys(next).length > 0 || budget === null) return;
    // Undo restores the stored rates; the page then remounts this form from them (see its key). A failed
    // write is said in the notice bar and the form keeps what was typed.
    await commitEdit(ratesAndBudgetEdit(result.value, budget), t);
  };

  return (
    <form className="rates-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h2>{t('recovery.rates.title')}</h2>
      <p className="demo-notice">{t('recovery.rates.illustrative')}</p>
      <fieldset>
        <legend>{t('recovery.budget.setting')}</legend>
        {input('budgetVnd', t('recovery.budget.setting'))} {errorOf('budgetVnd')}
        <p className="help">{t('recovery.budget.settingHelp')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('recovery.rates.landPrice')} · {t('recovery.rates.cropRate')}</legend>
        <p className="help">{t('recovery.rates.landPriceHelp')}</p>
        <p className="help">{t('recovery.rates.cropRateHelp')}</p>
        <label className="inline"><input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> {t('recovery.rates.showAllCodes')}</label>
        <table className="data-table compact">
          <thead>
            <tr><th>{t('recovery.column.landUseCode')}</th><th className="text">{t('recovery.column.landUseName')}</th><th>{t('recovery.rates.landPrice')}</th><th>{t('recovery.rates.cropRate')}</th></tr>
          </thead>
          <tbody>
            {codes.map((info) => (
              <tr key={info.code}>
                <td><strong>{info.code}</strong></td>
                <td className="text">{info.name[language]} <span className="muted">({t(`recovery.rates.group.${info.group}`)})</span></td>
                <td>{input(`landPriceVndPerM2.${info.code}`, `${info.code} ${t('recovery.rates.landPrice')}`)}{errorOf(`landPriceVndPerM2.${info.code}`)}</td>
                <td>{input(`cropVndPerM2.${info.code}`, `${info.code} ${t('recovery.rates.cropRate')}`)}{errorOf(`cropVndPerM2.${info.code}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <fieldset>
        {([
          ['graveVnd', 'grave', 'numeric'],
          ['jobSupportMultiple', 'jobSupportMultiple', 'decimal'],
          ['stabilisingLifeVndPerM2', 'stabilisingLife', 'numeric'],
          ['organisationSharePercent', 'organisationShare', 'decimal'],
        ] as const).map(([key, label, mode]) => (
          <div key={key} className="rate-row">
            <label className="field"><span>{t(`recovery.rates.${label}`)}</span>{input(key, t(`recovery.rates.${label}`), mode)}</label>
            {errorOf(key)}
            <p className="help">{t(`recovery.rates.${label}Help`)}</p>
          </div>
        ))}
        <label className="inline">
          <input type="checkbox" checked={publicLand} onChange={(e) => setPublicLand(e.target.checked)} /> {t('recovery.rates.compensatePublicLand')}
        </label>
        <p className="help">{t('recovery.rates.compensatePublicLandHelp')}</p>
      </fieldset>
      <div className="button-row end">
        <button type="button" className="ghost" onClick={() => { setDraft(toDraft(DEFAULT_COMPENSATION_RATES, DEFAULT_BUDGET_VND, language)); setPublicLand(false); setErrors({}); }}>
          {t('recovery.rates.reset')}
        </button>
        <button type="submit" className="primary">{t('recovery.rates.save')}</button>
      </div>
    </form>
  );
}
