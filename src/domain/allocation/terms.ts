/**
 * The terms plots are given on (a setting): sale of land-use rights as the plan says (giao đất có thu
 * tiền sử dụng đất), a lease paid yearly or at once (thuê đất trả hằng năm / trả một lần), or an auction
 * (đấu giá quyền sử dụng đất); the price per m² and the factor for corner plots. Amounts in whole VND.
 */
export type TermsMode = 'sale' | 'lease-yearly' | 'lease-once' | 'auction';
export const TERMS_MODES: readonly TermsMode[] = ['sale', 'lease-yearly', 'lease-once', 'auction'];

export interface AllocationTerms {
  readonly mode: TermsMode;
  /** Price per m²: of the land-use right (sale, lease at once), of one year (lease yearly), or the auction's starting price. */
  readonly priceVndPerM2: number;
  /** A corner plot's price is multiplied by this (≥ 1; 1 = no premium). */
  readonly cornerFactor: number;
  /** Years of a lease (its term); a yearly lease's due amount is one year's rent. */
  readonly leaseYears: number;
}

/** Illustrative defaults, to be set by the commune (not an approved price table). */
export const DEFAULT_TERMS: AllocationTerms = Object.freeze({ mode: 'sale', priceVndPerM2: 1_500_000, cornerFactor: 1.1, leaseYears: 50 });

export const TERMS_LIMITS = { priceVndPerM2: { min: 0, max: 1_000_000_000 }, cornerFactor: { min: 1, max: 3 }, leaseYears: { min: 1, max: 70 } } as const;

/** The terms from a stored value: anything missing or out of range takes its default. */
export function restoreTerms(stored: unknown): AllocationTerms {
  const value = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof AllocationTerms, unknown>>;
  const number = (key: keyof typeof TERMS_LIMITS): number => {
    const raw = value[key];
    const { min, max } = TERMS_LIMITS[key];
    return typeof raw === 'number' && Number.isFinite(raw) && raw >= min && raw <= max ? raw : DEFAULT_TERMS[key];
  };
  const mode = TERMS_MODES.includes(value.mode as TermsMode) ? (value.mode as TermsMode) : DEFAULT_TERMS.mode;
  return { mode, priceVndPerM2: number('priceVndPerM2'), cornerFactor: number('cornerFactor'), leaseYears: Math.round(number('leaseYears')) };
}

/** Which fields of a terms form are out of range (empty when it may be saved). */
export function termsErrors(terms: AllocationTerms): (keyof typeof TERMS_LIMITS)[] {
  return (Object.keys(TERMS_LIMITS) as (keyof typeof TERMS_LIMITS)[]).filter((key) => {
    const v = terms[key];
    return !Number.isFinite(v) || v < TERMS_LIMITS[key].min || v > TERMS_LIMITS[key].max;
  });
}

export interface PlotPrice {
  /** Price per m² after the corner factor, VND. */
  readonly unitVndPerM2: number;
  /** What is due for the allocation: the whole price (sale, lease at once, auction start) or one year's rent. */
  readonly dueVnd: number;
  readonly corner: boolean;
}

/**
 * The price of an allocation of `areaM2` (its plots' areas summed), `corner` when any of its plots is a
 * corner plot; `agreedVndPerM2` (the price fixed when offered) wins over the terms' current price.
 */
export function allocationPrice(areaM2: number, corner: boolean, terms: AllocationTerms, agreedVndPerM2: number | null = null): PlotPrice {
  const base = agreedVndPerM2 ?? terms.priceVndPerM2;
  const unitVndPerM2 = Math.round(base * (corner ? terms.cornerFactor : 1));
  return { unitVndPerM2, dueVnd: Math.round(unitVndPerM2 * areaM2), corner };
}
