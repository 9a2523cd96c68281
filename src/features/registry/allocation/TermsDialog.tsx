/** The allocation terms: sale of land-use rights, lease (yearly or at once) or auction; price per m²; corner factor. */
import { useState, type FormEvent } from 'react';
import { termsEdit } from '../../../db/allocation-reads';
import { TERMS_MODES, termsErrors, type AllocationTerms, type TermsMode } from '../../../domain/allocation';
import { formatDecimal, formatInteger } from '../../../i18n/format';
import { parseUserNumber } from '../../../i18n/parse-number';
import { useTranslation } from '../../../i18n/use-translation';
import { FormActions, ModalDialog } from '../../../app/ModalDialog';
import { commitEdit } from '../../../state/commit';

export function TermsDialog({ terms, onClose }: { terms: AllocationTerms; onClose: () => void }) {
  const { t, language } = useTranslation();
  const [mode, setMode] = useState<TermsMode>(terms.mode);
  const [price, setPrice] = useState(formatInteger(terms.priceVndPerM2, language));
  const [factor, setFactor] = useState(formatDecimal(terms.cornerFactor, language, 2));
  const [years, setYears] = useState(String(terms.leaseYears));
  const [error, setError] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const next: AllocationTerms = {
      mode,
      priceVndPerM2: parseUserNumber(price, language) ?? NaN,
      cornerFactor: parseUserNumber(factor, language) ?? NaN,
      leaseYears: parseUserNumber(years, language) ?? NaN,
    };
    const wrong = termsErrors(next);
    if (wrong.length) { setError(wrong.map((field) => t(`allocation.terms.error.${field}`)).join(' ')); return; }
    const result = await commitEdit(termsEdit(next), t);
    if (result.saved) onClose();
    else setError(result.message);
  };
  return (
    <ModalDialog titleId="terms-title" onClose={onClose}>
      <form onSubmit={(e) => void save(e)} data-testid="terms-form">
        <h2 id="terms-title">{t('allocation.terms.title')}</h2>
        <fieldset>
          <legend>{t('allocation.terms.modeLabel')}</legend>
          {TERMS_MODES.map((m) => (
            <label key={m} className="radio">
              <input type="radio" name="terms-mode" value={m} checked={mode === m} onChange={() => setMode(m)} data-testid={`terms-mode-${m}`} />
              {t(`allocation.terms.mode.${m}`)}
            </label>
          ))}
        </fieldset>
        <label>{t(`allocation.terms.price.${mode}`)}<input inputMode="numeric" value={price} onChange={(e) => setPrice(e.target.value)} data-testid="terms-price" /></label>
        <label>{t('allocation.terms.cornerFactor')}<input inputMode="decimal" value={factor} onChange={(e) => setFactor(e.target.value)} data-testid="terms-corner" /></label>
        {mode !== 'sale' && mode !== 'auction' && (
          <label>{t('allocation.terms.leaseYears')}<input inputMode="numeric" value={years} onChange={(e) => setYears(e.target.value)} data-testid="terms-years" /></label>
        )}
        <p className="muted">{t('allocation.terms.illustrative')}</p>
        {error && <p className="form-error" role="alert">{error}</p>}
        <FormActions onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
