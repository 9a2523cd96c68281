/**
 * Coordinates typed in from a total station or an RTK controller: X/Y in VN-2000 (X northing, as the
 * tables write it) or WGS84 degrees, with the accuracy when known. They replace the GPS for every check
 * until the user goes back to the GPS.
 */
import { useState } from 'react';
import { asPlane, fromXY } from '../../geo/coordinates';
import { parseUserNumber } from '../../i18n/parse-number';
import type { Language } from '../../i18n/translate';
import { useTranslation } from '../../i18n/use-translation';
import { useFieldSession } from '../../state/field-session';
import type { FieldData } from './field-data';

type System = 'vn2000' | 'wgs84';

/**
 * A number as typed in the user's language, or as an instrument writes it (a point before the decimals,
 * no grouping: "2306382.380"), which a Vietnamese reading would refuse.
 */
function parseCoordinate(text: string, language: Language): number | null {
  const value = parseUserNumber(text, language);
  if (value !== null) return value;
  const plain = text.trim();
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : null;
}

export function TypedPositionForm({ data }: { data: FieldData }) {
  const { t, language } = useTranslation();
  const typed = useFieldSession((s) => s.typed);
  const [open, setOpen] = useState(false);
  const [system, setSystem] = useState<System>('vn2000');
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [accuracy, setAccuracy] = useState('');
  const [error, setError] = useState<string | null>(null);

  const apply = () => {
    const a = parseCoordinate(first, language);
    const b = parseCoordinate(second, language);
    const acc = accuracy.trim() === '' ? null : parseCoordinate(accuracy, language);
    if (a === null) return setError(t('field.typed.invalid', { field: t(`field.typed.first.${system}`) }));
    if (b === null) return setError(t('field.typed.invalid', { field: t(`field.typed.second.${system}`) }));
    if (accuracy.trim() !== '' && (acc === null || acc < 0)) return setError(t('field.typed.invalid', { field: t('field.typed.accuracy') }));
    if (system === 'wgs84' && (Math.abs(a) > 90 || Math.abs(b) > 180)) return setError(t('field.typed.invalid', { field: t('field.typed.system') }));
    const point = system === 'vn2000' ? fromXY(a, b) : asPlane(data.projection.toPlane([b, a]));
    if (Math.hypot(point[0] - data.centre[0], point[1] - data.centre[1]) > 50_000) return setError(t('field.typed.far'));
    const [lng, lat] = data.projection.toLngLat(point);
    setError(null);
    useFieldSession.getState().setTyped({ point, lngLat: [lng, lat], accuracyM: acc, source: 'typed', at: Date.now() });
    setOpen(false);
  };

  return (
    <div className="field-typed">
      {typed && (
        <p className="field-typed-on">
          <strong>{t('field.position.typed')}</strong>{' '}
          <button type="button" data-testid="typed-clear" onClick={() => useFieldSession.getState().setTyped(null)}>{t('field.typed.clear')}</button>
        </p>
      )}
      {!open && <button type="button" data-testid="typed-open" onClick={() => setOpen(true)}>{t('field.typed.open')}</button>}
      {open && (
        <form className="field-form" onSubmit={(event) => { event.preventDefault(); apply(); }}>
          <h3>{t('field.typed.title')}</h3>
          <fieldset className="field-choice">
            <legend>{t('field.typed.system')}</legend>
            {(['vn2000', 'wgs84'] as const).map((value) => (
              <label key={value}>
                <input type="radio" name="typed-system" value={value} checked={system === value} data-testid={`typed-system-${value}`} onChange={() => setSystem(value)} />
                {t(`field.typed.${value}`)}
              </label>
            ))}
          </fieldset>
          <label>{t(`field.typed.first.${system}`)}<input inputMode="decimal" data-testid="typed-first" value={first} onChange={(e) => setFirst(e.target.value)} /></label>
          <label>{t(`field.typed.second.${system}`)}<input inputMode="decimal" data-testid="typed-second" value={second} onChange={(e) => setSecond(e.target.value)} /></label>
          <label>{t('field.typed.accuracy')}<input inputMode="decimal" data-testid="typed-accuracy" value={accuracy} onChange={(e) => setAccuracy(e.target.value)} /></label>
          {error && <p className="error" role="alert" data-testid="typed-error">{error}</p>}
          <div className="button-row">
            <button type="submit" className="primary" data-testid="typed-apply">{t('field.typed.apply')}</button>
            <button type="button" onClick={() => setOpen(false)}>{t('field.check.cancel')}</button>
          </div>
        </form>
      )}
    </div>
  );
}
