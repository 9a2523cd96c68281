/** What an inventory found on a recovered parcel: structures (đ), graves, a note. */
import { useState } from 'react';
import { FormActions, ModalDialog } from '../../app/ModalDialog';
import { parcelExtrasEdit } from '../../db/recovery';
import { commitEdit } from '../../state/commit';
import { validateParcelExtras, type CompensationRow } from '../../domain/land-recovery';
import { formatInteger } from '../../i18n/format';
import { parseUserNumber } from '../../i18n/parse-number';
import { rateErrorText } from './rate-error-text';
import { useTranslation } from '../../i18n/use-translation';

export function ExtrasDialog({ row, layerKey, onClose }: { row: CompensationRow; layerKey: string; onClose: () => void }) {
  const { t, language } = useTranslation();
  const [structures, setStructures] = useState(formatInteger(row.structuresVnd, language));
  const [graves, setGraves] = useState(String(row.graves));
  const [note, setNote] = useState(row.note);
  const [errors, setErrors] = useState<string[]>([]);

  const save = async () => {
    const result = validateParcelExtras({
      structuresVnd: parseUserNumber(structures, language) ?? Number.NaN,
      graves: parseUserNumber(graves, language) ?? Number.NaN,
      note,
    });
    if (!result.ok) {
      setErrors(result.errors.map((e) => `${t(`recovery.extras.${e.field === 'structuresVnd' ? 'structures' : e.field}`)}: ${rateErrorText(e, t, language)}`));
      return;
    }
    // The dialog closes only once saved: on failure it says why and the input stays.
    const committed = await commitEdit(parcelExtrasEdit(layerKey, row.parcelId, result.value, { sheet: row.sheetNo, parcel: row.parcelNo }), t);
    if (committed.saved) onClose();
    else setErrors([committed.message]);
  };

  return (
    <ModalDialog titleId="extras-title" onClose={onClose}>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <h2 id="extras-title">{t('recovery.extras.title', { parcel: row.parcelNo, sheet: row.sheetNo })}</h2>
        <label className="field">
          <span>{t('recovery.extras.structures')}</span>
          <input inputMode="decimal" value={structures} onChange={(e) => setStructures(e.target.value)} />
        </label>
        <p className="help">{t('recovery.extras.structuresHelp')}</p>
        <label className="field">
          <span>{t('recovery.extras.graves')}</span>
          <input inputMode="numeric" value={graves} onChange={(e) => setGraves(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('recovery.extras.note')}</span>
          <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        </label>
        {errors.length > 0 && <ul className="error" role="alert">{errors.map((e) => <li key={e}>{e}</li>)}</ul>}
        <FormActions onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
