/**
 * Place names (địa danh) as phanlo writes them on the screen and on every output. Since the 2025
 * reorganisation a place is a unit type (xã, phường, đặc khu) with a name, in a province; districts were
 * abolished on 1 July 2025 and are kept only for documents about earlier times. This module is the one
 * place that turns the setting into words ("xã Bình Lăng", "UBND xã Bình Lăng", "xã Bình Lăng, tỉnh
 * Hải Dương"), and the restore step that upgrades the setting as older versions stored it (free text,
 * "Bình Lãng" or "xã Bình Lăng" alike). Pure.
 *
 * The type words are official vocabulary, kept here beside the codes as land-use names are in
 * land-use-codes.ts: Vietnamese as written on documents, English as used in official translations.
 */
import type { Language } from '../i18n/translate';

/** Commune-level unit (đơn vị hành chính cấp xã). 'thi-tran' only for places named before 1 July 2025. */
export const LOCAL_UNIT_TYPES = ['xa', 'phuong', 'dac-khu', 'thi-tran'] as const;
/** District-level unit (cấp huyện), abolished on 1 July 2025. */
export const DISTRICT_TYPES = ['huyen', 'quan', 'thi-xa', 'thanh-pho'] as const;
/** Province-level unit (cấp tỉnh). */
export const PROVINCE_TYPES = ['tinh', 'thanh-pho'] as const;

export type LocalUnitType = (typeof LOCAL_UNIT_TYPES)[number];
export type DistrictType = (typeof DISTRICT_TYPES)[number];
export type ProvinceType = (typeof PROVINCE_TYPES)[number];

export interface AdministrativeUnit<Type extends string> {
  readonly type: Type;
  /** The proper name only, without the type word: "Bình Lăng". */
  readonly name: string;
}

export interface PlaceNames {
  /** Shape version of the stored setting (version 1 was three free-text strings). */
  readonly version: 2;
  /** The commune, ward or special zone: { type: 'xa', name: 'Bình Lăng' }. */
  readonly local: AdministrativeUnit<LocalUnitType>;
  /** The district, for documents before 1 July 2025; null when not written. */
  readonly district: AdministrativeUnit<DistrictType> | null;
  readonly province: AdministrativeUnit<ProvinceType>;
}

/** The plan's names (kế hoạch 02/3/2021): xã Bình Lăng, huyện Tứ Kỳ, tỉnh Hải Dương. */
export const DEFAULT_PLACE_NAMES: PlaceNames = Object.freeze({
  version: 2,
  local: Object.freeze({ type: 'xa', name: 'Bình Lăng' }),
  district: Object.freeze({ type: 'huyen', name: 'Tứ Kỳ' }),
  province: Object.freeze({ type: 'tinh', name: 'Hải Dương' }),
});

/** Where in the commune the zone lies (the plan's words), written before the administrative place. */
export const DEFAULT_SITE = 'khu Đồng Dọc, thôn Thượng Hải';

/** Longest name kept (a setting, not a text field). */
export const PLACE_NAME_MAX_LENGTH = 120;

type Words = Readonly<{ vi: string; en: string }>;
const LOCAL_WORDS: Record<LocalUnitType, Words> = {
  xa: { vi: 'xã', en: 'Commune' },
  phuong: { vi: 'phường', en: 'Ward' },
  'dac-khu': { vi: 'đặc khu', en: 'Special Zone' },
  'thi-tran': { vi: 'thị trấn', en: 'Township' },
};
const DISTRICT_WORDS: Record<DistrictType, Words> = {
  huyen: { vi: 'huyện', en: 'District' },
  quan: { vi: 'quận', en: 'District' },
  'thi-xa': { vi: 'thị xã', en: 'Town' },
  'thanh-pho': { vi: 'thành phố', en: 'City' },
};
const PROVINCE_WORDS: Record<ProvinceType, Words> = {
  tinh: { vi: 'tỉnh', en: 'Province' },
  'thanh-pho': { vi: 'thành phố', en: 'City' },
};

/** NFC, single spaces, trimmed: text typed on a Mac (NFD) or pasted with doubled spaces reads the same. */
export const normaliseName = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

function phrase(words: Words, name: string, language: Language): string {
  return language === 'vi' ? `${words.vi} ${name}` : `${name} ${words.en}`;
}

/** "xã Bình Lăng" (en "Bình Lăng Commune"). */
export const localUnitPhrase = (places: PlaceNames, language: Language = 'vi'): string =>
  phrase(LOCAL_WORDS[places.local.type], places.local.name, language);

/** "huyện Tứ Kỳ", or null when no district is set. */
export const districtPhrase = (places: PlaceNames, language: Language = 'vi'): string | null =>
  places.district ? phrase(DISTRICT_WORDS[places.district.type], places.district.name, language) : null;

/** "tỉnh Hải Dương" (en "Hải Dương Province"). */
export const provincePhrase = (places: PlaceNames, language: Language = 'vi'): string =>
  phrase(PROVINCE_WORDS[places.province.type], places.province.name, language);

/**
 * The full place, smallest unit first: "xã Bình Lăng, huyện Tứ Kỳ, tỉnh Hải Dương", or without the
 * district when none is set or `withDistrict` is false: "xã Bình Lăng, tỉnh Hải Dương".
 */
export function addressPhrase(places: PlaceNames, language: Language = 'vi', options: { withDistrict?: boolean } = {}): string {
  const district = options.withDistrict === false ? null : districtPhrase(places, language);
  return [localUnitPhrase(places, language), district, provincePhrase(places, language)].filter((part) => part !== null).join(', ');
}

/** The zone's full location: "khu Đồng Dọc, thôn Thượng Hải, xã Bình Lăng, huyện Tứ Kỳ, tỉnh Hải Dương". */
export function sitePlacePhrase(places: PlaceNames, language: Language = 'vi', site: string = DEFAULT_SITE): string {
  return [normaliseName(site), addressPhrase(places, language)].filter((part) => part !== '').join(', ');
}

/**
 * The commune-level People's Committee: "UBND xã Bình Lăng", as the cadastral register names it as the
 * land user of public land and as the issuer of the commune's documents (plot sheets, the plan map, the
 * draw sheet: Vietnamese documents, which pass no language). Where English describes it (the English
 * screens and exports), "People’s Committee of Bình Lăng Commune", as official translations write it.
 */
export const peoplesCommitteeName = (places: PlaceNames, language: Language = 'vi'): string =>
  (language === 'vi' ? `UBND ${localUnitPhrase(places, 'vi')}` : `People’s Committee of ${localUnitPhrase(places, 'en')}`);

/** The day district-level units were abolished (DOMAIN.md): 1 July 2025. */
export const DISTRICTS_ABOLISHED_ON = Object.freeze({ year: 2025, month: 7, day: 1 });

/** A document's date as a calendar day; a Date is read in local time, a string as "YYYY-MM-DD…". */
export type DocumentDate = Date | string | { readonly year: number; readonly month: number; readonly day: number };

function calendarDay(date: DocumentDate): { year: number; month: number; day: number } | null {
  if (date instanceof Date) return Number.isNaN(date.getTime()) ? null : { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  if (typeof date === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(date.trim());
    return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
  }
  return date;
}

/**
 * The place names a document dated `date` prints: the district only on a document dated before 1 July
 * 2025, when districts still existed. A document dated on or after that day, or with no date (a blank
 * form is filled in when signed, i.e. today), names no district even when the setting keeps one. Every
 * dated output (plot sheets, the plan map, the draw sheet, the recovery workbook) passes through here.
 */
export function placesForDocumentOn(places: PlaceNames, date: DocumentDate | null | undefined): PlaceNames {
  if (places.district === null) return places;
  const day = date === null || date === undefined ? null : calendarDay(date);
  const { year, month, day: first } = DISTRICTS_ABOLISHED_ON;
  const before = day !== null && (day.year !== year ? day.year < year : day.month !== month ? day.month < month : day.day < first);
  return before ? places : { ...places, district: null };
}

/** The first letter in capitals, for a phrase that starts a line or a title: "Xã Bình Lăng". */
export const capitalised = (text: string): string => (text === '' ? text : text[0].toLocaleUpperCase('vi') + text.slice(1));

// ---- the restore step -------------------------------------------------------------------------------

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T => values.includes(value as T);

function validName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = normaliseName(value);
  return name !== '' && name.length <= PLACE_NAME_MAX_LENGTH ? name : null;
}

function restoreUnit<T extends string>(stored: unknown, types: readonly T[]): AdministrativeUnit<T> | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { type, name } = stored as Record<string, unknown>;
  const validated = validName(name);
  return oneOf(types, type) && validated !== null ? { type, name: validated } : null;
}

/**
 * Free text of an older version split into a type word and a name: "Xã Bình Lăng" → xã + "Bình Lăng",
 * "TP. Hải Phòng" → thành phố + "Hải Phòng". Case and Unicode form do not matter. Text without a type
 * word is a name of the `fallback` type: the old form asked for "Xã", and users typed "Bình Lãng".
 */
function splitTypeWord<T extends string>(text: string, prefixes: readonly (readonly [RegExp, T])[], fallback: T): AdministrativeUnit<T> | null {
  const cleaned = normaliseName(text);
  for (const [prefix, type] of prefixes) {
    const match = prefix.exec(cleaned);
    if (!match) continue;
    // A type word alone ("xã") names nothing.
    const name = validName(cleaned.slice(match[0].length));
    return name === null ? null : { type, name };
  }
  const name = validName(cleaned);
  return name === null ? null : { type: fallback, name };
}

// Longer words first ("thị xã" before "xã"); abbreviations as people write them ("TP.", "TX", "TT.").
const LOCAL_PREFIXES: readonly (readonly [RegExp, LocalUnitType])[] = [
  [/^thị trấn(?:\s+|$)|^tt\.?\s*/iu, 'thi-tran'],
  [/^xã(?:\s+|$)|^x\.\s*/iu, 'xa'],
  [/^phường(?:\s+|$)|^p\.\s*/iu, 'phuong'],
  [/^đặc khu(?:\s+|$)/iu, 'dac-khu'],
];
const DISTRICT_PREFIXES: readonly (readonly [RegExp, DistrictType])[] = [
  [/^huyện(?:\s+|$)|^h\.\s*/iu, 'huyen'],
  [/^quận(?:\s+|$)|^q\.\s*/iu, 'quan'],
  [/^thị xã(?:\s+|$)|^tx\.?\s*/iu, 'thi-xa'],
  [/^thành phố(?:\s+|$)|^tp\.?\s*/iu, 'thanh-pho'],
];
const PROVINCE_PREFIXES: readonly (readonly [RegExp, ProvinceType])[] = [
  [/^tỉnh(?:\s+|$)/iu, 'tinh'],
  [/^thành phố(?:\s+|$)|^tp\.?\s*/iu, 'thanh-pho'],
];

/** Province-level cities since 1 July 2025: a bare "Hải Phòng" is thành phố Hải Phòng, not a tỉnh. */
const PROVINCE_CITIES = ['Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ'];

function upgradeProvince(text: string): AdministrativeUnit<ProvinceType> | null {
  const unit = splitTypeWord(text, PROVINCE_PREFIXES, 'tinh');
  if (unit === null || unit.type !== 'tinh' || /^tỉnh\s/iu.test(normaliseName(text))) return unit;
  const city = PROVINCE_CITIES.some((name) => name.localeCompare(unit.name, 'vi', { sensitivity: 'accent' }) === 0);
  return city ? { type: 'thanh-pho', name: unit.name } : unit;
}

/** Version 1: `{ commune, district, province }`, each free text with or without its type word. */
function upgradeVersion1(record: Record<string, unknown>): PlaceNames {
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  return {
    version: 2,
    local: splitTypeWord(text(record.commune), LOCAL_PREFIXES, 'xa') ?? DEFAULT_PLACE_NAMES.local,
    // An emptied district stays empty: the user took it off on purpose (after 1 July 2025).
    district: typeof record.district === 'string' ? splitTypeWord(record.district, DISTRICT_PREFIXES, 'huyen') : DEFAULT_PLACE_NAMES.district,
    province: upgradeProvince(text(record.province)) ?? DEFAULT_PLACE_NAMES.province,
  };
}

/**
 * The restore step of the place-name setting: a valid current value is kept (names normalised), a
 * value an older version stored is upgraded, anything else falls back field by field to the plan's
 * names. Never throws.
 */
export function restorePlaceNames(stored: unknown): PlaceNames {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_PLACE_NAMES;
  const record = stored as Record<string, unknown>;
  if (record.version !== 2 && ('commune' in record || 'province' in record)) return upgradeVersion1(record);
  return {
    version: 2,
    local: restoreUnit(record.local, LOCAL_UNIT_TYPES) ?? DEFAULT_PLACE_NAMES.local,
    district: record.district === null ? null : (restoreUnit(record.district, DISTRICT_TYPES) ?? DEFAULT_PLACE_NAMES.district),
    province: restoreUnit(record.province, PROVINCE_TYPES) ?? DEFAULT_PLACE_NAMES.province,
  };
}

/** Problems of a place-name form: which unit lacks a name or has a type that does not exist. */
export type PlaceNamesError = { readonly field: 'local' | 'district' | 'province'; readonly code: 'required' | 'too-long' | 'invalid-type' };

/** Checks a value as the settings form submits it (names are normalised in the returned value). */
export function validatePlaceNames(input: PlaceNames):
  | { readonly ok: true; readonly value: PlaceNames }
  | { readonly ok: false; readonly errors: readonly PlaceNamesError[] } {
  const errors: PlaceNamesError[] = [];
  const check = <T extends string>(
    field: PlaceNamesError['field'], unit: AdministrativeUnit<T>, types: readonly T[], prefixes: readonly (readonly [RegExp, T])[],
  ): AdministrativeUnit<T> => {
    if (!oneOf(types, unit.type)) errors.push({ field, code: 'invalid-type' });
    // A type word typed into the name ("xã Bình Lăng", as the old form asked) is the type, not the name.
    const split = splitTypeWord(unit.name, prefixes, unit.type) ?? { type: unit.type, name: '' };
    if (split.name === '') errors.push({ field, code: 'required' });
    else if (split.name.length > PLACE_NAME_MAX_LENGTH || normaliseName(unit.name).length > PLACE_NAME_MAX_LENGTH) errors.push({ field, code: 'too-long' });
    return split;
  };
  const local = check('local', input.local, LOCAL_UNIT_TYPES, LOCAL_PREFIXES);
  // A district without a name is no district (the usual case after 1 July 2025).
  const district = input.district && normaliseName(input.district.name) !== ''
    ? check('district', input.district, DISTRICT_TYPES, DISTRICT_PREFIXES) : null;
  const province = check('province', input.province, PROVINCE_TYPES, PROVINCE_PREFIXES);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { version: 2, local, district, province } };
}

/**
 * The place-and-date line of a commune document: "Bình Lăng, ngày 05 tháng 02 năm 2024". As Decree
 * 30/2020/NĐ-CP (Appendix I) writes it: a day below 10 and the months 1 and 2 take a leading 0
 * ("ngày 05 tháng 3", "ngày 01 tháng 12"). With `date` null, the blank form "Bình Lăng, ngày …… tháng ……
 * năm ……" to be filled in by hand when signed. Vietnamese only: documents posted for the public are in
 * Vietnamese whatever the screen's language.
 */
export function documentDateLine(
  places: PlaceNames, date: Date | { readonly year: number; readonly month: number; readonly day: number } | null,
): string {
  if (date === null) return `${places.local.name}, ngày …… tháng …… năm ……`;
  const { year, month, day } = date instanceof Date ? { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() } : date;
  const dayText = day < 10 ? `0${day}` : String(day);
  const monthText = month <= 2 ? `0${month}` : String(month);
  return `${places.local.name}, ngày ${dayText} tháng ${monthText} năm ${year}`;
}
