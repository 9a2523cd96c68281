/**
 * Summaries of a compensation table: per land user (chủ sử dụng — what each household is paid) and per
 * land-use code (loại đất — what kind of land the zone takes). Sums of the rows' rounded components.
 */
import { normaliseLandUseCode } from '../land-use-codes';
import { isPublicLandUser } from '../parcel';
import { addAmounts, amountsOf, tenthsOfM2, ZERO_AMOUNTS, type CompensationAmounts } from './compensation-amounts';

/** What a summary needs of a row. */
export interface SummarisableRow extends CompensationAmounts {
  /** The land user as written (landUserName): "" and "UBND xã …" on two parcels are one land user. */
  readonly landUserName: string;
  readonly landUseCode: string;
  readonly recoveredAreaM2: number;
  readonly recoveredAreaM2Stated: number;
  readonly graves: number;
}

interface SummaryBase extends CompensationAmounts {
  readonly parcels: number;
  readonly graves: number;
  readonly recoveredAreaM2: number;
  /** Sum of the stated (0.1 m²) areas of the rows. */
  readonly recoveredAreaM2Stated: number;
}

export interface LandUserSummary extends SummaryBase {
  /** As every output writes it (landUserName); public land in the People's Committee's name. */
  readonly landUser: string;
  /** The land user is the State (public land). */
  readonly publicLand: boolean;
}

export interface LandUseCodeSummary extends SummaryBase {
  /** Normalised (upper case). */
  readonly landUseCode: string;
}

function summarise<K extends string>(rows: readonly SummarisableRow[], keyOf: (row: SummarisableRow) => K): Map<K, SummaryBase> {
  const groups = new Map<K, { base: SummaryBase; tenths: number }>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key) ?? {
      base: { ...ZERO_AMOUNTS, parcels: 0, graves: 0, recoveredAreaM2: 0, recoveredAreaM2Stated: 0 },
      tenths: 0,
    };
    const tenths = group.tenths + tenthsOfM2(row.recoveredAreaM2Stated);
    groups.set(key, {
      tenths,
      base: {
        ...addAmounts(amountsOf(group.base), amountsOf(row)),
        parcels: group.base.parcels + 1,
        graves: group.base.graves + row.graves,
        recoveredAreaM2: group.base.recoveredAreaM2 + row.recoveredAreaM2,
        recoveredAreaM2Stated: tenths / 10,
      },
    });
  }
  return new Map([...groups].map(([key, group]) => [key, group.base]));
}

/** Per land user as written, sorted by name in Vietnamese order; public land last. */
export function summariseByLandUser(rows: readonly SummarisableRow[]): LandUserSummary[] {
  return [...summarise(rows, (row) => row.landUserName)]
    .map(([landUser, base]) => ({ landUser, publicLand: isPublicLandUser(landUser), ...base }))
    .sort((a, b) => Number(a.publicLand) - Number(b.publicLand) || a.landUser.localeCompare(b.landUser, 'vi'));
}

/** Per land-use code, largest recovered area first. */
export function summariseByLandUseCode(rows: readonly SummarisableRow[]): LandUseCodeSummary[] {
  return [...summarise(rows, (row) => normaliseLandUseCode(row.landUseCode))]
    .map(([landUseCode, base]) => ({ landUseCode, ...base }))
    .sort((a, b) => b.recoveredAreaM2 - a.recoveredAreaM2 || a.landUseCode.localeCompare(b.landUseCode));
}
