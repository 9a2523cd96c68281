/**
 * Layout parameters: the defaults of issue 3, validation (shape and ranges through zod), and the
 * refusal of parameter sets that cannot give a legal layout, each with its reason.
 */
// zod/mini, as everywhere in the app: one full zod import anywhere puts all of zod's core in the
// chunk the first load shares with the screens.
import * as z from 'zod/mini';
import { DEFAULT_LAYOUT_PARAMETERS } from './default-parameters';
import type { LayoutParameters } from './types';

/** Least clear width of a fire-truck access road, m (QCVN 06:2022 6.2.1). */
export const FIRE_ACCESS_ROAD_MIN_M = 3.5;
/** Greatest distance from the right-of-way edge to the building wall, m (QCVN 06:2022 6.2.2.3, < 12 m fire height). */
export const FIRE_ACCESS_DISTANCE_MAX_M = 5;
/** Narrowest or shallowest envelope worth building, m (a small workshop bay). */
export const MIN_ENVELOPE_SIDE_M = 3;

export { DEFAULT_LAYOUT_PARAMETERS };

// z.number() refuses NaN and ±Infinity itself.
const length = (max: number) => z.number().check(z.gte(0), z.lte(max));
const positive = (max: number) => z.number().check(z.gt(0), z.lte(max));

const schema = z.strictObject({
  mainRoadWidthM: positive(100),
  branchRoadWidthM: positive(100),
  kerbRadiusM: length(50),
  greenBufferM: length(200),
  perimeterGreenM: length(200),
  targetFrontageM: positive(500),
  minFrontageM: positive(500),
  maxDepthRatio: positive(20),
  minPlotAreaM2: positive(1e6),
  maxPlotAreaM2: positive(1e6),
  frontSetbackM: length(50),
  rearSetbackM: length(50),
  fireSeparationM: length(100),
  maxDeadEndM: positive(10000),
  turnaroundM: positive(100),
  facilities: z.array(z.union([
    z.strictObject({ use: z.string().check(z.minLength(1)), areaM2: positive(1e6) }),
    z.strictObject({ use: z.string().check(z.minLength(1)), m2PerHa: positive(10000), minAreaM2: z.optional(length(1e6)) }),
  ])).check(z.maxLength(50)),
});

export interface ParameterError {
  field: string;
  code: string;
  params?: Record<string, string | number | boolean>;
}

/** Depth of an envelope's plot side from front to back, least, m: front + back setback + a bay. */
export function minPlotDepthM(p: LayoutParameters): number {
  return Math.max(p.minPlotAreaM2 / p.targetFrontageM, p.frontSetbackM + Math.max(p.rearSetbackM, p.fireSeparationM / 2) + MIN_ENVELOPE_SIDE_M);
}

/** Greatest plot depth for a plot of target frontage, m. */
export function maxPlotDepthM(p: LayoutParameters): number {
  return Math.min(p.maxPlotAreaM2 / p.targetFrontageM, p.maxDepthRatio * p.targetFrontageM);
}

/**
 * The depth of a regular row of plots, m: the depth giving the middle of the area range at the target
 * frontage, kept within the legal depths. Fixed by the parameters alone, so that editing a far part of
 * the zone does not move the rows near the entrance.
 */
export function plotRowDepthM(p: LayoutParameters): number {
  const wanted = (p.minPlotAreaM2 + p.maxPlotAreaM2) / 2 / p.targetFrontageM;
  return Math.min(maxPlotDepthM(p), Math.max(minPlotDepthM(p), wanted));
}

/** Cross-field rules: parameter sets that cannot give a legal layout. */
function legalityErrors(p: LayoutParameters): ParameterError[] {
  const errors: ParameterError[] = [];
  for (const field of ['mainRoadWidthM', 'branchRoadWidthM'] as const) {
    if (p[field] < FIRE_ACCESS_ROAD_MIN_M) {
      errors.push({ field, code: 'road-narrower-than-fire-access', params: { widthM: p[field], minM: FIRE_ACCESS_ROAD_MIN_M } });
    }
  }
  if (p.frontSetbackM > FIRE_ACCESS_DISTANCE_MAX_M) {
    errors.push({ field: 'frontSetbackM', code: 'front-setback-over-fire-access', params: { setbackM: p.frontSetbackM, maxM: FIRE_ACCESS_DISTANCE_MAX_M } });
  }
  if (p.minFrontageM > p.targetFrontageM) {
    errors.push({ field: 'minFrontageM', code: 'min-frontage-above-target', params: { minFrontageM: p.minFrontageM, targetFrontageM: p.targetFrontageM } });
  }
  if (p.minFrontageM - p.fireSeparationM < MIN_ENVELOPE_SIDE_M) {
    errors.push({
      field: 'minFrontageM', code: 'frontage-too-narrow-for-fire-separation',
      params: { minFrontageM: p.minFrontageM, fireSeparationM: p.fireSeparationM, minEnvelopeWidthM: MIN_ENVELOPE_SIDE_M },
    });
  }
  if (p.minPlotAreaM2 >= p.maxPlotAreaM2) {
    errors.push({ field: 'minPlotAreaM2', code: 'min-area-not-below-max', params: { minPlotAreaM2: p.minPlotAreaM2, maxPlotAreaM2: p.maxPlotAreaM2 } });
  }
  const low = minPlotDepthM(p);
  const high = maxPlotDepthM(p);
  if (low > high) {
    errors.push({ field: 'maxDepthRatio', code: 'no-plot-depth-fits', params: { minDepthM: round2(low), maxDepthM: round2(high) } });
  }
  return errors;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function zodCode(issue: z.core.$ZodIssue, input: unknown): ParameterError {
  const field = issue.path.map(String).join('.') || '(root)';
  switch (issue.code) {
    case 'too_small': return { field, code: 'too-small', params: { min: Number(issue.minimum) } };
    case 'too_big': return { field, code: 'too-big', params: { max: Number(issue.maximum) } };
    case 'unrecognized_keys': return { field: issue.keys.join(','), code: 'unknown-field' };
    case 'invalid_type': {
      let value: unknown = input;
      for (const key of issue.path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
      return { field, code: value === undefined ? 'required' : 'wrong-type', params: { expected: String(issue.expected) } };
    }
    default: return { field, code: 'invalid' };
  }
}

/**
 * Checks a parameter set (e.g. read from params JSON, merged over the defaults by the caller).
 * Refuses wrong types and ranges, and sets that cannot give a legal layout, naming the field and reason.
 */
export function validateLayoutParameters(p: unknown):
  { ok: true; value: LayoutParameters } | { ok: false; errors: ParameterError[] } {
  const parsed = schema.safeParse(p);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => zodCode(issue, p)) };
  const value = parsed.data as LayoutParameters;
  const errors = legalityErrors(value);
  return errors.length ? { ok: false, errors } : { ok: true, value };
}
