/**
 * Add or edit a register entry: every field of the issue, phone and ID as text, numbers in the reader's
 * language, a trade from the list or typed (it joins the list as stored when the save runs, in the same
 * transaction), wishes in order. The notice bar says so, with undo; the dialog stays open with the reason
 * when nothing was saved.
 */
import { useId, useState, type ReactNode } from 'react';
import { FormActions, ModalDialog } from '../../app/ModalDialog';
import { database } from '../../db/database';
import { addEntryEdit, updateEntryEdit } from '../../db/register';
import { applyWithTrades } from '../../db/register-trades';
import { EMISSIONS, FIRE_HAZARDS, emptyEntryFields, type EntryFields, type RegisterEntry } from '../../domain/register';
import { useTranslation } from '../../i18n/use-translation';
import { reportWrite } from '../../state/commit';
import { fieldsOfForm, formValuesOf, type FormErrors, type FormValues } from './entry-form-values';
import { tradeName, useTradeList } from './trade-name';
import { WishesField } from './WishesField';

export function EntryForm({ entry, trades, onClose }: { entry: RegisterEntry | null; trades: readonly string[]; onClose: () => void }) {
  const { t, language } = useTranslation();
  const titleId = useId();
  const tradeList = useTradeList();
  const [values, setValues] = useState<FormValues>(() => formValuesOf(entry ?? emptyEntryFields(), t, language, tradeList));
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const set = (change: Partial<EntryFields>) => setValues((current) => ({ ...current, fields: { ...current.fields, ...change } }));
  const f = values.fields;

  const submit = async () => {
    const { fields, errors: found } = fieldsOfForm(values, t, language, tradeList);
    setErrors(found);
    if (Object.keys(found).length) return;
    const edit = entry ? updateEntryEdit(entry, fields) : addEntryEdit(fields);
    const result = reportWrite(await applyWithTrades(database(), edit, [fields.trade]), edit.label, t);
    if (result.saved) onClose();
    else setFailure(result.message);
  };

  const row = (key: keyof EntryFields, control: ReactNode, label = t(`registry.form.${key}`)) => (
    <label className="field">
      <span>{label}</span>
      <span>
        {control}
        {errors[key] && <span className="field-error error" role="alert" data-testid={`entry-error-${key}`}>{errors[key]}</span>}
      </span>
    </label>
  );
  const text = (key: 'name' | 'representative' | 'phone' | 'idNumber' | 'address', extra: object = {}) => row(key, (
    <input data-testid={`entry-${key}`} value={f[key] ?? ''} aria-invalid={errors[key] ? true : undefined} onChange={(e) => set({ [key]: e.target.value })} {...extra} />
  ));
  const number = (key: 'areaNeededM2' | 'workers' | 'loanMillionVnd') => row(key, (
    <input data-testid={`entry-${key}`} inputMode="decimal" value={values[key]} aria-invalid={errors[key] ? true : undefined} onChange={(e) => setValues((current) => ({ ...current, [key]: e.target.value }))} />
  ));

  return (
    <ModalDialog titleId={titleId} className="entry-dialog" onClose={onClose}>
      <form data-testid="entry-form" onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
        <h2 id={titleId}>{t(entry ? 'registry.form.titleEdit' : 'registry.form.titleAdd')}</h2>
        {row('kind', (
          <select data-testid="entry-kind" value={f.kind} onChange={(e) => set({ kind: e.target.value as EntryFields['kind'] })}>
            <option value="household">{t('registry.kind.household')}</option>
            <option value="enterprise">{t('registry.kind.enterprise')}</option>
          </select>
        ))}
        {text('name', { required: true, autoFocus: true })}
        {text('representative')}
        {text('phone', { type: 'tel', inputMode: 'tel', autoComplete: 'off' })}
        {text('idNumber', { inputMode: 'numeric', autoComplete: 'off' })}
        {row('trade', (
          <>
            <input data-testid="entry-trade" list={`${titleId}-trades`} value={values.trade} title={t('registry.form.tradeHint')} onChange={(e) => setValues((current) => ({ ...current, trade: e.target.value }))} />
            <datalist id={`${titleId}-trades`}>{trades.map((trade) => <option key={trade} value={tradeName(trade, t, tradeList)} />)}</datalist>
          </>
        ))}
        {text('address')}
        {number('areaNeededM2')}
        {number('workers')}
        <fieldset className="inline-choices">
          <legend>{t('registry.form.emissions')}</legend>
          {EMISSIONS.map((emission) => (
            <label key={emission} className="checkbox">
              <input type="checkbox" data-testid={`entry-emission-${emission}`} checked={f.emissions.includes(emission)}
                onChange={(e) => set({ emissions: e.target.checked ? [...f.emissions, emission] : f.emissions.filter((other) => other !== emission) })} />
              <span>{t(`registry.emission.${emission}`)}</span>
            </label>
          ))}
        </fieldset>
        {row('fireHazard', (
          <select data-testid="entry-fireHazard" value={f.fireHazard ?? ''} onChange={(e) => set({ fireHazard: (e.target.value || null) as EntryFields['fireHazard'] })}>
            <option value="">{t('registry.form.hazardNone')}</option>
            {FIRE_HAZARDS.map((hazard) => <option key={hazard} value={hazard}>{t(`registry.hazard.${hazard}`)}</option>)}
          </select>
        ))}
        <label className="checkbox">
          <input type="checkbox" data-testid="entry-needsLoan" checked={f.needsLoan} onChange={(e) => set({ needsLoan: e.target.checked })} />
          <span>{t('registry.form.needsLoan')}</span>
        </label>
        {f.needsLoan && number('loanMillionVnd')}
        {row('registeredOn', <input type="date" data-testid="entry-registeredOn" value={f.registeredOn ?? ''} onChange={(e) => set({ registeredOn: e.target.value || null })} />)}
        {row('notes', <textarea data-testid="entry-notes" rows={2} value={f.notes ?? ''} onChange={(e) => set({ notes: e.target.value })} />)}
        <WishesField wishes={f.wishes} onChange={(wishes) => set({ wishes })} />
        {failure && <p className="error" role="alert">{failure}</p>}
        <FormActions onCancel={onClose} submitLabel={t('registry.form.save')} />
      </form>
    </ModalDialog>
  );
}
