/**
 * Fixed-decimal number text for coordinate files: metres to 3 decimals (1 mm), degrees to 9
 * (about 0.1 mm on the ground). Never prints "-0.000".
 */

/** Decimals for plane metres: 1 mm, the clipping grid of src/geo/tolerance.ts. */
export const METRE_DECIMALS = 3;
/** Decimals for WGS84 degrees: 1e-9° is about 0.11 mm of latitude. */
export const DEGREE_DECIMALS = 9;

/** `value` with exactly `decimals` digits after the point, without a negative zero. */
export function formatFixed(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}
