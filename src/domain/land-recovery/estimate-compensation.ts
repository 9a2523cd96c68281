/**
 * Prices a land recovery: per recovered parcel, compensation for land, crops, structures and graves,
 * and support for job conversion and stabilising life; then totals, the organisation cost, summaries
 * by land user and by land-use code, the budget comparison and warnings. One pure function.
 *
 * Rounding, stated once: money is computed on the stated area (0.1 m², as the compensation table shows
 * it, so every row can be checked with a calculator), each component is rounded to the whole đồng
 * (half up), and every total is a sum of rounded components. Stated areas of totals are sums of the
 * stated rows; full-precision areas are summed separately (`recoveredAreaM2`).
 */
import { isAgriculturalLandUse, landUseCodeInfo, normaliseLandUseCode } from '../land-use-codes';
import { compareWithBudget, type BudgetComparison } from './budget';
import { addAmounts, amountsOf, tenthsOfM2, ZERO_AMOUNTS, type CompensationAmounts } from './compensation-amounts';
import { DEFAULT_BUDGET_VND, NO_EXTRAS, type CompensationRates, type ParcelExtrasById } from './compensation-rates';
import { landUserName } from '../land-user-name';
import { isPublicLandUser } from '../parcel';
import { DEFAULT_PLACE_NAMES, type PlaceNames } from '../place-names';
import type { RecoveredParcel } from './recovered-parcels';
import { summariseByLandUseCode, summariseByLandUser, type LandUseCodeSummary, type LandUserSummary } from './recovery-summaries';

/** One row of the compensation table: a recovered parcel and what it costs. */
export interface CompensationRow extends RecoveredParcel, CompensationAmounts {
  /** The land price applied, đồng/m²; null when the rates have none for this code. */
  readonly landPriceVndPerM2: number | null;
  readonly cropVndPerM2: number;
  readonly graves: number;
  /** No registered land user: public land (land not paid unless rates say so; no household support). */
  readonly publicLand: boolean;
  /** The land user as every output writes it (landUserName): public land in the People's Committee's name. */
  readonly landUserName: string;
  /** Agricultural land-use code: the support payments apply. */
  readonly agricultural: boolean;
  readonly note: string;
}

export interface CompensationTotals extends CompensationAmounts {
  readonly parcels: number;
  readonly graves: number;
  /** Full-precision sum of recovered areas, m². */
  readonly recoveredAreaM2: number;
  /** Sum of the stated (0.1 m²) row areas: the total a table of rows adds up to. */
  readonly recoveredAreaM2Stated: number;
  /** Cost of organising compensation and site clearance: organisationShare × totalVnd, whole đồng. */
  readonly organisationVnd: number;
  /** totalVnd + organisationVnd: what the budget is compared with. */
  readonly grandTotalVnd: number;
}

/** A condition the user should see; `code` + `params` become text through `recovery.warning.<code>`. */
export type RecoveryWarning =
  | { readonly code: 'over-budget'; readonly params: { readonly estimateVnd: number; readonly budgetVnd: number; readonly overVnd: number } }
  | { readonly code: 'no-land-price'; readonly params: { readonly landUseCode: string; readonly parcels: number } }
  | { readonly code: 'unknown-land-use-code'; readonly params: { readonly landUseCode: string; readonly parcels: number } };

export interface CompensationEstimate {
  readonly rows: readonly CompensationRow[];
  readonly totals: CompensationTotals;
  readonly byLandUser: readonly LandUserSummary[];
  readonly byLandUseCode: readonly LandUseCodeSummary[];
  readonly budget: BudgetComparison;
  readonly warnings: readonly RecoveryWarning[];
  /** The rates the estimate was made with, for exports that show them. */
  readonly rates: CompensationRates;
}

/** Rounds a non-negative amount to the whole đồng. */
const wholeDong = (amount: number): number => Math.round(amount);

/** Cost of `tenths` tenths of a m² at `ratePerM2` đ/m², whole đồng; exact in integers before the one rounding. */
const costOfArea = (tenths: number, ratePerM2: number): number => wholeDong((tenths * ratePerM2) / 10);

const nonNegative = (value: number | undefined): number => (value !== undefined && Number.isFinite(value) && value > 0 ? value : 0);

function priceRow(parcel: RecoveredParcel, rates: CompensationRates, extras: ParcelExtrasById, places: PlaceNames): CompensationRow {
  const code = normaliseLandUseCode(parcel.landUseCode);
  const entered = { ...NO_EXTRAS, ...extras[parcel.parcelId] };
  const tenths = tenthsOfM2(parcel.recoveredAreaM2Stated);
  const publicLand = isPublicLandUser(parcel.landUser);
  const agricultural = isAgriculturalLandUse(code);
  const landPrice = Object.hasOwn(rates.landPriceVndPerM2, code) ? rates.landPriceVndPerM2[code] : null;
  const cropRate = rates.cropVndPerM2[code] ?? 0;
  const graves = Math.floor(nonNegative(entered.graves));

  const landVnd = publicLand && !rates.compensatePublicLand ? 0 : costOfArea(tenths, landPrice ?? 0);
  const cropsVnd = costOfArea(tenths, cropRate);
  const structuresVnd = wholeDong(nonNegative(entered.structuresVnd));
  const gravesVnd = wholeDong(graves * rates.graveVnd);
  const householdFarmland = agricultural && !publicLand;
  const jobSupportVnd = householdFarmland ? wholeDong(rates.jobSupportMultiple * landVnd) : 0;
  const lifeSupportVnd = householdFarmland ? costOfArea(tenths, rates.stabilisingLifeVndPerM2) : 0;
  const supportVnd = jobSupportVnd + lifeSupportVnd;
  return {
    ...parcel,
    landPriceVndPerM2: landPrice,
    cropVndPerM2: cropRate,
    graves,
    publicLand,
    landUserName: landUserName(parcel.landUser, places),
    agricultural,
    note: entered.note ?? '',
    landVnd, cropsVnd, structuresVnd, gravesVnd, jobSupportVnd, lifeSupportVnd, supportVnd,
    totalVnd: landVnd + cropsVnd + structuresVnd + gravesVnd + supportVnd,
  };
}

function countByCode(rows: readonly CompensationRow[], keep: (row: CompensationRow, code: string) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const code = normaliseLandUseCode(row.landUseCode);
    if (keep(row, code)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

/**
 * Prices the recovered parcels with `rates` and the user's per-parcel `extras` (structures, graves,
 * note), and compares the result with `options.budgetVnd` (default 50 billion đồng).
 * Job-conversion support = jobSupportMultiple × land compensation, on agricultural land of a land
 * user; stabilising-life support = its per-m² rate on the same land; organisation cost =
 * organisationShare × (compensation + support), on the totals only.
 */
export function estimateCompensation(
  recovered: readonly RecoveredParcel[],
  rates: CompensationRates,
  extras: ParcelExtrasById = {},
  options: { budgetVnd?: number; placeNames?: PlaceNames } = {},
): CompensationEstimate {
  const places = options.placeNames ?? DEFAULT_PLACE_NAMES;
  const rows = recovered.map((parcel) => priceRow(parcel, rates, extras, places));
  const sums = rows.reduce((sum, row) => addAmounts(sum, amountsOf(row)), ZERO_AMOUNTS);
  const organisationVnd = wholeDong(rates.organisationShare * sums.totalVnd);
  const totals: CompensationTotals = {
    ...sums,
    parcels: rows.length,
    graves: rows.reduce((sum, row) => sum + row.graves, 0),
    recoveredAreaM2: rows.reduce((sum, row) => sum + row.recoveredAreaM2, 0),
    recoveredAreaM2Stated: rows.reduce((sum, row) => sum + tenthsOfM2(row.recoveredAreaM2Stated), 0) / 10,
    organisationVnd,
    grandTotalVnd: sums.totalVnd + organisationVnd,
  };
  const budget = compareWithBudget(totals.grandTotalVnd, options.budgetVnd ?? DEFAULT_BUDGET_VND);

  const warnings: RecoveryWarning[] = [];
  if (budget.overBudget) {
    warnings.push({ code: 'over-budget', params: { estimateVnd: budget.estimateVnd, budgetVnd: budget.budgetVnd, overVnd: -budget.remainingVnd } });
  }
  for (const [landUseCode, parcels] of countByCode(rows, (row) => row.landPriceVndPerM2 === null)) {
    warnings.push({ code: 'no-land-price', params: { landUseCode, parcels } });
  }
  for (const [landUseCode, parcels] of countByCode(rows, (_row, code) => !landUseCodeInfo(code).known)) {
    warnings.push({ code: 'unknown-land-use-code', params: { landUseCode, parcels } });
  }

  return { rows, totals, byLandUser: summariseByLandUser(rows), byLandUseCode: summariseByLandUseCode(rows), budget, warnings, rates };
}
