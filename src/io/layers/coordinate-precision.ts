/**
 * Are the file's coordinates fine enough for cadastral areas (stated to 0.1 m²)? GDAL writes GeoJSON
 * with 7 decimals of a degree by default (RFC 7946), which is a grid of about 1.1 cm: every corner
 * moves by up to half of that, and a 1 740 m² parcel comes out some 0.3 m² off, without a word.
 *
 * The rule, from the numbers:
 * - The quantum q is one unit of the last decimal the file writes: 10^-d m in a VN-2000 plane,
 *   10^-d degree ≈ 10^-d × 111 320 m in WGS84 (a degree of latitude or of longitude at the equator;
 *   longitude is shorter in Vietnam, so this errs on the safe side).
 * - Rounding each corner to that grid moves it by a uniform error in ±q/2 along each axis (standard
 *   deviation q/√12). The shoelace area then varies with a standard deviation
 *   σ_A = (q/√12)/2 · √(Σ |P(i+1) − P(i−1)|²) over the corners of every ring: the area's derivative
 *   with respect to a corner is half the vector between its two neighbours, turned 90°.
 * - The likely error is 2 σ_A (95 %). When it reaches 0.05 m² on some parcel, the area written to
 *   0.1 m² may change: a warning, saying how many decimals the file has, how much the area may be off
 *   and how to export with more. A 30 × 58 m parcel (1 740 m²) gives ±0.42 m² at 7 decimals, ±0.04 m²
 *   at 8, ±0.004 m² at 9; through GDAL's 7-decimal GeoJSON the test parcel 12/43 really comes out
 *   1 740.16 m² for 1 740.01 m², and the 108 × 6 m strip 13/8 (±0.7 m²) 0.17 m² off.
 * - No warning for a grid of 1 mm or finer: cadastral coordinates are kept to the millimetre, and
 *   every import is rounded to it anyway (to-plane.ts). No warning either for plane coordinates that
 *   are all whole metres: those are drawn or designed corners, exact as written, not rounded ones.
 */
import type { PlanePoint } from '../../geo/coordinates';
import type { PlanePolygon } from '../../geo/plane-measure';
import type { CoordinateSpace } from './to-plane';

/** Metres per degree used for the quantum of WGS84 coordinates (a degree at the equator). */
export const METRES_PER_DEGREE = 111_320;
/** Coordinates on a grid this fine or finer (m) are as fine as the cadastre's own. */
export const CADASTRAL_GRID_M = 0.001;
/** A likely area error from this (m²) can change an area stated to 0.1 m². */
export const AREA_ERROR_LIMIT_M2 = 0.05;

/** How many decimals a number has as written in the shortest form: 106.3926437 → 7, 592700 → 0. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const [mantissa, exponent] = String(Math.abs(value)).split('e');
  const decimals = (mantissa.split('.')[1] ?? '').length - Number(exponent ?? 0);
  return Math.max(0, decimals);
}

/** How many decimals a number written as text has after its decimal mark: "2306300,000" → 3. */
export function decimalsOfText(text: string, decimalMark: ',' | '.'): number {
  const t = text.trim();
  const at = t.lastIndexOf(decimalMark);
  return at < 0 ? 0 : t.length - at - 1;
}

/** One unit of the last decimal, in metres on the ground. */
export function coordinateQuantumM(decimals: number, space: CoordinateSpace): number {
  return 10 ** -decimals * (space === 'geographic' ? METRES_PER_DEGREE : 1);
}

/**
 * The likely (95 %, 2σ) error of a polygon's area when its corners are rounded to a grid of
 * `quantumM` metres (see the header for the formula), in m².
 */
export function likelyAreaErrorM2(polygon: PlanePolygon, quantumM: number): number {
  let sumSquares = 0;
  for (const ring of polygon) {
    const corners: PlanePoint[] = [...ring];
    const last = corners[corners.length - 1];
    if (corners.length > 1 && last[0] === corners[0][0] && last[1] === corners[0][1]) corners.pop();
    const n = corners.length;
    for (let i = 0; i < n; i++) {
      const next = corners[(i + 1) % n];
      const previous = corners[(i + n - 1) % n];
      sumSquares += (next[0] - previous[0]) ** 2 + (next[1] - previous[1]) ** 2;
    }
  }
  const cornerSigmaM = quantumM / Math.sqrt(12);
  return 2 * (cornerSigmaM / 2) * Math.sqrt(sumSquares);
}

export interface PrecisionShortfall {
  /** Decimals the file writes its coordinates with. */
  readonly decimals: number;
  /** One unit of the last decimal on the ground (cm). */
  readonly quantumCm: number;
  /** The largest likely area error of a parcel (m²), and that parcel. */
  readonly errorM2: number;
  readonly id: string;
  /** How many parcels may have their area off by 0.1 m² or more in the rounding. */
  readonly count: number;
}

/**
 * Whether the file's coordinates are too coarse for areas to 0.1 m², and by how much; null when they
 * are fine (see the header for the rule). `decimals` is the most any coordinate of the file has.
 */
export function precisionShortfall(
  parcels: readonly { readonly id: string; readonly polygon: PlanePolygon }[],
  decimals: number,
  space: CoordinateSpace,
): PrecisionShortfall | null {
  const quantumM = coordinateQuantumM(decimals, space);
  if (quantumM <= CADASTRAL_GRID_M * (1 + 1e-9)) return null;
  if (space === 'plane' && decimals === 0) return null;
  let worst: { id: string; errorM2: number } | null = null;
  let count = 0;
  for (const p of parcels) {
    const errorM2 = likelyAreaErrorM2(p.polygon, quantumM);
    if (errorM2 < AREA_ERROR_LIMIT_M2) continue;
    count++;
    if (worst === null || errorM2 > worst.errorM2) worst = { id: p.id, errorM2 };
  }
  if (worst === null) return null;
  const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
  return { decimals, quantumCm: round(quantumM * 100, 3), errorM2: round(worst.errorM2, 2), id: worst.id, count };
}
