/** Place names (unit type + name per level), the VN-2000 plane and the language: a form that saves all or nothing. */
import { useId, useState } from 'react';
import { FormActions, ModalDialog } from '../../app/ModalDialog';
import { database } from '../../db/database';
import { useLiveQuery } from '../../db/live-query';
import { putSettings, readSetting } from '../../db/settings';
import {
  addressPhrase, districtPhrase, DISTRICT_TYPES, LOCAL_UNIT_TYPES, normaliseName, peoplesCommitteeName, PLACE_NAME_MAX_LENGTH,
  placesForDocumentOn, PROVINCE_TYPES,
  validatePlaceNames, type AdministrativeUnit, type DistrictType, type LocalUnitType, type PlaceNames, type ProvinceType,
} from '../../domain/place-names';
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

/**
 * Hải Dương merged into Hải Phòng on 1 July 2025 (DOMAIN.md); the commune's new name is not guessed, the
 * user is asked to check the names while the province still reads "Hải Dương".
 */
const isMergedProvince = (name: string): boolean =>
  normaliseName(name).localeCompare('Hải Dương', 'vi', { sensitivity: 'accent' }) === 0;

/** The form's place names: the district row always present, an empty name meaning none. */
interface PlaceDraft {
  local: AdministrativeUnit<LocalUnitType>;
  district: AdministrativeUnit<DistrictType>;
  province: AdministrativeUnit<ProvinceType>;
}

const draftOf = (places: PlaceNames): PlaceDraft => ({ ...places, district: places.district ?? { type: 'huyen', name: '' } });

function SettingsForm({ onClose, initialPlaces, initialCrs, initialLanguage }: {
  onClose: () => void; initialPlaces: PlaceNames; initialCrs: string; initialLanguage: 'vi' | 'en';
}) {
  const { t, language } = useTranslation();
  const [places, setPlaces] = useState<PlaceDraft>(() => draftOf(initialPlaces));
  const [crs, setCrs] = useState(initialCrs);
  const [lang, setLang] = useState(initialLanguage);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const checked = validatePlaceNames({ version: 2, ...places });

  const save = async () => {
    if (!checked.ok) {
      setError(t('settings.placesRequired'));
      return;
    }
    try {
      await putSettings(database(), { placeNames: checked.value, planeCrs: crs, language: lang });
      onClose();
    } catch {
      setError(t('settings.saveFailed'));
    }
  };

  /** One level: its type (select) and its name, read together as "Xã | Bình Lăng". */
  const unitRow = <Level extends keyof PlaceDraft>(
    level: Level, types: readonly PlaceDraft[Level]['type'][], typeKey: string, nameLabel: string, required: boolean,
  ) => (
    <div className="field">
      <select
        aria-label={t(typeKey)}
        value={places[level].type}
        onChange={(e) => setPlaces({ ...places, [level]: { ...places[level], type: e.target.value } })}
      >
        {types.map((type) => <option key={type} value={type}>{t(`${typeKey}.${type}`)}</option>)}
      </select>
      <input
        aria-label={nameLabel}
        value={places[level].name}
        maxLength={PLACE_NAME_MAX_LENGTH}
        required={required}
        placeholder={required ? undefined : nameLabel}
        onChange={(e) => setPlaces({ ...places, [level]: { ...places[level], name: e.target.value } })}
      />
    </div>
  );

  return (
    <ModalDialog titleId={`${id}-title`} onClose={onClose}>
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <h2 id={`${id}-title`}>{t('settings.title')}</h2>
        <fieldset>
          <legend>{t('settings.places')}</legend>
          <p className="help">{t('settings.placesHelp')}</p>
          {unitRow('local', LOCAL_UNIT_TYPES, 'settings.localType', t(`settings.localName.${places.local.type}`), true)}
          {unitRow('district', DISTRICT_TYPES, 'settings.districtType', t('settings.district'), false)}
          <p className="help">{t('settings.districtHelp')}</p>
          {unitRow('province', PROVINCE_TYPES, 'settings.provinceType', t('settings.province'), true)}
          {isMergedProvince(places.province.name) && (
            <p className="warning" role="note" data-testid="settings-merged-province">{t('settings.mergedProvinceNote')}</p>
          )}
          {checked.ok && (
            <p className="help" aria-live="polite" data-testid="settings-place-preview">
              {/* What a document made today prints (no district, see placesForDocumentOn), then the older ones' district. */}
              {t('settings.placesPreview', {
                address: addressPhrase(placesForDocumentOn(checked.value, null), language), committee: peoplesCommitteeName(checked.value, language),
              })}
              {checked.value.district && ` ${t('settings.placesPreviewDistrict', { district: districtPhrase(checked.value, language) ?? '' })}`}
            </p>
          )}
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
