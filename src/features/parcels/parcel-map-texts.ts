/**
 * What the parcels map writes on itself in a language: the north arrow's title and letter, and the
 * number format of its labels. One place, for the screen (ParcelsPage) and for the map started before
 * React (main.tsx), which is handed to the screen only when both say the same.
 */
import { catalogue } from '../../i18n/catalogue';
import { translate, type Language } from '../../i18n/translate';
import type { ParcelMapTexts } from '../../map/parcel-map';

export function parcelMapTexts(language: Language): ParcelMapTexts {
  return {
    labels: { northArrow: translate(catalogue, language, 'map.northArrow'), northLetter: language === 'vi' ? 'B' : 'N' },
    numberLocale: language === 'vi' ? 'vi-VN' : 'en-US',
  };
}
