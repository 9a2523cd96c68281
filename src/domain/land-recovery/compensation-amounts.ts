/**
 * The money components every line of a compensation estimate carries (per parcel, per land user, per
 * land-use code, in total), and the one way they are added: whole đồng, so a sum of lines is exact.
 */

/** Components of compensation (bồi thường) and support (hỗ trợ), whole đồng each. */
export interface CompensationAmounts {
  /** bồi thường về đất */
  readonly landVnd: number;
  /** bồi thường cây trồng, hoa màu */
  readonly cropsVnd: number;
  /** bồi thường vật kiến trúc */
  readonly structuresVnd: number;
  /** di chuyển mồ mả */
  readonly gravesVnd: number;
  /** hỗ trợ đào tạo, chuyển đổi nghề và tìm kiếm việc làm */
  readonly jobSupportVnd: number;
  /** hỗ trợ ổn định đời sống */
  readonly lifeSupportVnd: number;
  /** jobSupportVnd + lifeSupportVnd */
  readonly supportVnd: number;
  /** landVnd + cropsVnd + structuresVnd + gravesVnd + supportVnd */
  readonly totalVnd: number;
}

export const AMOUNT_KEYS = [
  'landVnd', 'cropsVnd', 'structuresVnd', 'gravesVnd', 'jobSupportVnd', 'lifeSupportVnd', 'supportVnd', 'totalVnd',
] as const satisfies readonly (keyof CompensationAmounts)[];

export const ZERO_AMOUNTS: CompensationAmounts = Object.freeze({
  landVnd: 0, cropsVnd: 0, structuresVnd: 0, gravesVnd: 0, jobSupportVnd: 0, lifeSupportVnd: 0, supportVnd: 0, totalVnd: 0,
});

/** Component-wise sum. */
export function addAmounts(a: CompensationAmounts, b: CompensationAmounts): CompensationAmounts {
  return Object.fromEntries(AMOUNT_KEYS.map((key) => [key, a[key] + b[key]])) as unknown as CompensationAmounts;
}

/** Only the amount fields of a line that carries more. */
export function amountsOf(line: CompensationAmounts): CompensationAmounts {
  return Object.fromEntries(AMOUNT_KEYS.map((key) => [key, line[key]])) as unknown as CompensationAmounts;
}

/** Tenths of a square metre, the integer unit of stated areas: 1250.3 → 12503. */
export const tenthsOfM2 = (statedAreaM2: number): number => Math.round(statedAreaM2 * 10);
