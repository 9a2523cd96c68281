/**
 * The rates that price a land recovery (bồi thường, hỗ trợ): one serialisable object with defaults,
 * a zod schema, field-level validation for the rates form, and a restore step for stored values.
 *
 * THE DEFAULTS ARE ILLUSTRATIVE. They are plausible orders of magnitude for a rural commune of Hải
 * Dương (land price table of the province, crop price decisions), not the prices of any decision.
 * The user replaces them with the prices approved for the project.
 */
// zod/mini, as everywhere in the app: one full zod import anywhere puts all of zod's core in the
// chunk the first load shares with the screens (≈ 9 kB gzip more on #/parcels).
import * as z from 'zod/mini';
import { LAND_USE_CODES, normaliseLandUseCode, type LandUseGroup } from '../land-use-codes';

export interface CompensationRates {
  /** Shape version of the stored object, for future migrations. */
  readonly version: 1;
  /**
   * Land compensation price by land-use code, đồng per m² (giá đất tính tiền bồi thường). Also the base of
   * the job-conversion support, which the Land Law 2024 (Art. 109) ties to the land price table.
   * A code missing here has no price: its land is counted at 0 and a warning names it.
   */
  readonly landPriceVndPerM2: Readonly<Record<string, number>>;
  /** Crop compensation by land-use code (bồi thường cây trồng, hoa màu), đồng per m² recovered. */
  readonly cropVndPerM2: Readonly<Record<string, number>>;
  /** Moving one grave (di chuyển mồ mả), đồng per grave. */
  readonly graveVnd: number;
  /**
   * Job-conversion and job-search support (hỗ trợ đào tạo, chuyển đổi nghề và tìm kiếm việc làm): this
   * many times the land price, on agricultural land of a land user. Land Law 2024 Art. 109 and
   * Decree 88/2024/NĐ-CP: at most 5 times; the province sets the multiple.
   */
  readonly jobSupportMultiple: number;
  /**
   * Stabilising-life support (hỗ trợ ổn định đời sống), approximated per m² of agricultural land recovered
   * from a land user; 0 turns it off. The decree computes it per person and month from household
   * data phanlo does not hold.
   */
  readonly stabilisingLifeVndPerM2: number;
  /** Cost of organising compensation and site clearance, as a share (0.02 = 2 %) of compensation and support. */
  readonly organisationShare: number;
  /**
   * Whether land with no registered user (public land the commune manages, e.g. the 5 % public-use fund)
   * is paid for. Off by default: the State does not compensate itself; crops and structures of whoever
   * farms it are still paid.
   */
  readonly compensatePublicLand: boolean;
}

/** Limits the rates form enforces. */
export const RATE_LIMITS = {
  /** Land Law 2024 Art. 109(1): "không quá 05 lần giá đất nông nghiệp cùng loại trong bảng giá đất". */
  jobSupportMultiple: { min: 0, max: 5 },
  /** A share, 0…10 %: anything larger is a typo for a percentage ("2" meant 2 %). */
  organisationShare: { min: 0, max: 0.1 },
  /** Above any land price in Vietnam: catches a stray digit. */
  priceVndPerM2: { min: 0, max: 1_000_000_000 },
  graveVnd: { min: 0, max: 10_000_000_000 },
} as const;

/** The plan's budget for compensation and site clearance (kế hoạch 02/3/2021: "khoảng 50 tỷ đồng"). */
export const DEFAULT_BUDGET_VND = 50_000_000_000;

// Illustrative land prices by group, đồng/m² (a rural commune of Tứ Kỳ in the provincial land price table).
const LAND_PRICE_BY_GROUP: Record<LandUseGroup, number> = {
  agricultural: 70_000,
  residential: 2_000_000,
  // Public works, traffic, water, cemeteries: State land, not compensated as land.
  'non-agricultural': 0,
  unused: 0,
};
const LAND_PRICE_BY_CODE: Record<string, number> = {
  CLN: 75_000,
  RSX: 40_000, RPH: 40_000, RDD: 40_000,
  ODT: 5_000_000,
  // Production and business land: about half of rural residential land.
  SKK: 1_000_000, SKN: 1_000_000, SKT: 1_000_000, SKC: 1_000_000, SKS: 1_000_000, SKX: 1_000_000,
  TMD: 1_200_000,
};
// Illustrative crop rates, đồng/m² of recovered land.
const CROP_RATE_BY_CODE: Record<string, number> = {
  LUA: 8_000, LUC: 8_000, LUK: 8_000, LUN: 8_000,
  HNK: 10_000, BHK: 10_000, NHK: 10_000,
  CLN: 15_000,
  RSX: 5_000, RPH: 5_000, RDD: 5_000,
  NTS: 8_000,
  NKH: 5_000, CNT: 5_000, LMU: 5_000,
};

function byCode(value: (code: string, group: LandUseGroup) => number): Record<string, number> {
  return Object.fromEntries(LAND_USE_CODES.map((info) => [info.code, value(info.code, info.group)]));
}

/** Illustrative defaults: every known land-use code has a land price and a crop rate (0 where nothing is paid). */
export const DEFAULT_COMPENSATION_RATES: CompensationRates = Object.freeze({
  version: 1,
  landPriceVndPerM2: Object.freeze(byCode((code, group) => LAND_PRICE_BY_CODE[code] ?? LAND_PRICE_BY_GROUP[group])),
  cropVndPerM2: Object.freeze(byCode((code) => CROP_RATE_BY_CODE[code] ?? 0)),
  graveVnd: 10_000_000,
  jobSupportMultiple: 3,
  stabilisingLifeVndPerM2: 0,
  organisationShare: 0.02,
  compensatePublicLand: false,
});

const codeSchema = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9+]{0,15}$/));
const between = (limits: { readonly min: number; readonly max: number }) => z.number().check(z.gte(limits.min), z.lte(limits.max));
const priceSchema = between(RATE_LIMITS.priceVndPerM2);

const fieldSchemas = {
  version: z.literal(1),
  landPriceVndPerM2: z.record(codeSchema, priceSchema),
  cropVndPerM2: z.record(codeSchema, priceSchema),
  graveVnd: between(RATE_LIMITS.graveVnd),
  jobSupportMultiple: between(RATE_LIMITS.jobSupportMultiple),
  stabilisingLifeVndPerM2: priceSchema,
  organisationShare: between(RATE_LIMITS.organisationShare),
  compensatePublicLand: z.boolean(),
};

/** The schema of a complete rates object. */
export const compensationRatesSchema = z.object(fieldSchemas);

/** One problem of a rates form field; `code` + `params` become text through `recovery.rates.error.<code>`. */
export interface RateFieldError {
  /** Dotted path of the field: "jobSupportMultiple", "landPriceVndPerM2.LUC". */
  readonly field: string;
  readonly code: 'required' | 'not-a-number' | 'not-an-integer' | 'too-small' | 'too-big' | 'invalid-code' | 'invalid';
  readonly params?: { readonly min?: number; readonly max?: number };
}

export type RatesValidation =
  | { readonly ok: true; readonly value: CompensationRates }
  | { readonly ok: false; readonly errors: readonly RateFieldError[] };

/** The value at `path` in `input`, or undefined. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function toFieldError(issue: z.core.$ZodIssue, input: unknown): RateFieldError {
  const field = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return { field, code: 'required' };
      if (issue.expected === 'int') return { field, code: 'not-an-integer' };
      return { field, code: issue.expected === 'number' ? 'not-a-number' : 'invalid' };
    case 'too_small':
      return { field, code: 'too-small', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return { field, code: 'too-big', params: { max: Number(issue.maximum) } };
    case 'invalid_key':
      return { field, code: 'invalid-code' };
    default:
      return { field, code: 'invalid' };
  }
}

/** Normalises the codes of a table ("luc" → "LUC"). */
const normaliseTable = (table: Readonly<Record<string, number>>): Record<string, number> =>
  Object.fromEntries(Object.entries(table).map(([code, value]) => [normaliseLandUseCode(code), value]));

/**
 * Checks a complete rates object as the rates form submits it. Every problem is reported, by field:
 * rates must be numbers ≥ 0 (NaN and ∞ are not numbers), the job-support multiple 0…5, the organisation
 * share 0…0.1. Codes in the price tables are normalised to upper case in the returned value.
 */
export function validateRates(input: unknown): RatesValidation {
  const parsed = compensationRatesSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => toFieldError(issue, input)) };
  const value: CompensationRates = {
    ...parsed.data,
    landPriceVndPerM2: normaliseTable(parsed.data.landPriceVndPerM2),
    cropVndPerM2: normaliseTable(parsed.data.cropVndPerM2),
  };
  return { ok: true, value };
}

function validEntries(stored: unknown, schema: z.ZodMiniType<number>): Record<string, number> {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const out: Record<string, number> = {};
  for (const [code, value] of Object.entries(stored)) {
    if (codeSchema.safeParse(code).success && schema.safeParse(value).success) out[normaliseLandUseCode(code)] = value as number;
  }
  return out;
}

/**
 * The restore step for stored rates (settings `compensationRates`, possibly written by an older version
 * or by hand): every valid field is kept, every missing or invalid one falls back to its default, and
 * price tables are completed with the default price of codes they lack. Never throws.
 */
export function restoreCompensationRates(stored: unknown): CompensationRates {
  const defaults = DEFAULT_COMPENSATION_RATES;
  if (typeof stored !== 'object' || stored === null) return defaults;
  const record = stored as Record<string, unknown>;
  const scalar = <K extends 'graveVnd' | 'jobSupportMultiple' | 'stabilisingLifeVndPerM2' | 'organisationShare' | 'compensatePublicLand'>(
    key: K,
  ): CompensationRates[K] => {
    const parsed = fieldSchemas[key].safeParse(record[key]);
    return (parsed.success ? parsed.data : defaults[key]) as CompensationRates[K];
  };
  return {
    version: 1,
    landPriceVndPerM2: { ...defaults.landPriceVndPerM2, ...validEntries(record.landPriceVndPerM2, priceSchema) },
    cropVndPerM2: { ...defaults.cropVndPerM2, ...validEntries(record.cropVndPerM2, priceSchema) },
    graveVnd: scalar('graveVnd'),
    jobSupportMultiple: scalar('jobSupportMultiple'),
    stabilisingLifeVndPerM2: scalar('stabilisingLifeVndPerM2'),
    organisationShare: scalar('organisationShare'),
    compensatePublicLand: scalar('compensatePublicLand'),
  };
}

/** What a user enters per recovered parcel beyond its area (stored per parcel id). */
export interface ParcelExtras {
  /** Structures and buildings on the recovered part (vật kiến trúc), đồng, as counted and priced. */
  readonly structuresVnd: number;
  /** Number of graves to move (mồ mả). */
  readonly graves: number;
  /** Free text shown in tables and exports. */
  readonly note: string;
}

/** Extras keyed by parcel id; a parcel without an entry has none (0, 0, ""). */
export type ParcelExtrasById = Readonly<Record<string, Partial<ParcelExtras> | undefined>>;

export const NO_EXTRAS: ParcelExtras = Object.freeze({ structuresVnd: 0, graves: 0, note: '' });

/** The schema of one parcel's extras as the form submits them. */
export const parcelExtrasSchema = z.object({
  structuresVnd: z.int().check(z.gte(0), z.lte(Number.MAX_SAFE_INTEGER)),
  graves: z.int().check(z.gte(0), z.lte(10_000)),
  note: z.string().check(z.maxLength(2000)),
});

/** Checks one parcel's extras; errors as for rates. */
export function validateParcelExtras(input: unknown):
  | { readonly ok: true; readonly value: ParcelExtras }
  | { readonly ok: false; readonly errors: readonly RateFieldError[] } {
  const parsed = parcelExtrasSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => toFieldError(issue, input)) };
  return { ok: true, value: parsed.data };
}

/** Extras keyed by parcel id from stored rows (`{ parcelId, structuresVnd, graves, note }`). */
export function extrasByParcelId(rows: readonly (Partial<ParcelExtras> & { readonly parcelId: string })[]): ParcelExtrasById {
  return Object.fromEntries(rows.map(({ parcelId, ...extras }) => [parcelId, extras]));
}

function tablesEqual(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

/** True when two rate objects price everything alike (e.g. to say "illustrative defaults" on exports). */
export function ratesEqual(a: CompensationRates, b: CompensationRates): boolean {
  return a.graveVnd === b.graveVnd && a.jobSupportMultiple === b.jobSupportMultiple &&
    a.stabilisingLifeVndPerM2 === b.stabilisingLifeVndPerM2 && a.organisationShare === b.organisationShare &&
    a.compensatePublicLand === b.compensatePublicLand &&
    tablesEqual(a.landPriceVndPerM2, b.landPriceVndPerM2) && tablesEqual(a.cropVndPerM2, b.cropVndPerM2);
}
