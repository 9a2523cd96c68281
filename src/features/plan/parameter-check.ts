/**
 * Which parameters the engine would refuse, and why, before anything runs: the engine's own
 * validation (ranges, and sets that cannot give a legal layout), grouped by the field to show it beside.
 */
import { validateLayoutParameters, type LayoutError, type LayoutParameters, type ParameterError } from '../../geo/layout';

export function parameterRefusals(parameters: LayoutParameters): readonly ParameterError[] {
  const checked = validateLayoutParameters(parameters);
  return checked.ok ? [] : checked.errors;
}

/** Refusals by field ("facilities.0.areaM2" → that facility's row). */
export function refusalsByField(refusals: readonly ParameterError[]): ReadonlyMap<string, readonly ParameterError[]> {
  const byField = new Map<string, ParameterError[]>();
  for (const refusal of refusals) byField.set(refusal.field, [...(byField.get(refusal.field) ?? []), refusal]);
  return byField;
}

/** An engine failure that names a field (a refused parameter set) as a ParameterError. */
export function asParameterError(error: LayoutError): ParameterError | null {
  const { field, ...params } = error.params ?? {};
  return typeof field === 'string' ? { field, code: error.code, params } : null;
}
