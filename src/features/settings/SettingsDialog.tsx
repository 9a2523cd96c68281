/** Place names, the VN-2000 plane and the language: a form that saves all or nothing. */
import { useId, useState } from 'react';
import { FormActions, ModalDialog } from '../../app/ModalDialog';
import { database } from '../../db/database';
import { useLiveQuery } from '../../db/live-query';
import { putSettings, readSetting, type PlaceNames } from '../../db/settings';
import { vn2000CrsId, vn2000Meridians, parseCrs } from '../../geo/coordinates';
import { useTranslation } from '../../i18n/use-translation';
import { formatMeridian } from '../../i18n/format';

/** Waits for the stored settings, so that the form starts from them and not from the defaults. */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const loaded = useLiveQuery(() => database().settings.toArray(), []);
  if (!loaded) return null;
  const stored = (key: string) => loaded.find((row) => row.key === key)?.value;
  return (
    <SettingsForm
      onClose={onClose}
      initialPlaces={readSetting('placeNames', stored('placeNames'))}
      initialCrs={readSetting('planeCrs', stored('planeCrs'))}
      initialLanguage={readSetting('language', stored('language'))}
    />
  );
}

function SettingsForm({ onClose, initialPlaces, initialCrs, initialLanguage }: {
  onClose: () => void; initialPlaces: PlaceNames; initialCrs: string; initialLanguage: 'vi' | 'en';
}) {
  const { t } = useTranslation();
  const [places, setPlaces] = useState<PlaceNames>(initialPlaces);
  const [crs, setCrs] = useState(initialCrs);
  const [lang, setLang] = useState(initialLanguage);
  const [error, setError] = useState<string | null>(null);
  const id = useId();


  const save = async () => {
    const trimmed = { commune: places.commune.trim(), district: places.district.trim(), province: places.province.trim() };
    if (!trimmed.commune || !trimmed.province) {
      setError(t('settings.placesRequired'));
      return;
    }
    try {
      await putSettings(database(), { placeNames: trimmed, planeCrs: crs, language: lang });
      onClose();
    } catch {
      setError(t('settings.saveFailed'));
    }
  };

  const field = (key: keyof PlaceNames, label: string) => (
    <label className="field">
      <span>{label}</span>
      <input value={places[key]} onChange={(e) => setPlaces({ ...places, [key]: e.target.value })} required={key !== 'district'} />
    </label>
  );

  return (
    <ModalDialog titleId={`${id}-title`} onClose={onClose}>
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <h2 id={`${id}-title`}>{t('settings.title')}</h2>
        <fieldset>
          <legend>{t('settings.places')}</legend>
          <p className="help">{t('settings.placesHelp')}</p>
          {field('commune', t('settings.commune'))}
          {field('district', t('settings.district'))}
          {field('province', t('settings.province'))}
        </fieldset>
        <fieldset>
          <legend>{t('settings.crs')}</legend>
          <select value={parseCrs(crs).kind === 'vn2000' ? crs : ''} onChange={(e) => setCrs(e.target.value)} aria-label={t('settings.crs')}>
            {vn2000Meridians().map((m) => {
              const value = vn2000CrsId(m);
              return <option key={value} value={value}>{`${formatMeridian(m)} — ${value}`}</option>;
            })}
          </select>
          <p className="help">{t('settings.crsHelp')}</p>
        </fieldset>
        <fieldset>
          <legend>{t('settings.language')}</legend>
          <label className="inline"><input type="radio" name="lang" checked={lang === 'vi'} onChange={() => setLang('vi')} /> Tiếng Việt</label>
          <label className="inline"><input type="radio" name="lang" checked={lang === 'en'} onChange={() => setLang('en')} /> English</label>
        </fieldset>
        {error && <p className="error" role="alert">{error}</p>}
        <FormActions onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
