/**
 * The planner's layout parameters as typed in the parameters panel (a draft: it may be refused).
 * The open variant sets them (src/features/plan/use-variant-sync.ts) and stores them once a layout settles.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_LAYOUT_PARAMETERS, type LayoutParameters } from '../geo/layout';

/** The parameters that are plain numbers (everything but the facility list). */
export type NumericParameter = Exclude<keyof LayoutParameters, 'facilities'>;

export interface PlanParametersState {
  readonly parameters: LayoutParameters;
  /**
   * The fields the planner typed in the panel this session (even back to the default value): the
   * engine uses them as given, where a default may scale with the zone (a main road on a small zone).
   * Not stored with a variant; opening one starts it empty (its fields off the defaults count anyway).
   */
  readonly typed: readonly (keyof LayoutParameters)[];
  setParameter(field: NumericParameter, value: number): void;
  setFacilityArea(index: number, areaM2: number): void;
  /** For a facility sized with the zone: its m² per hectare (its least area stays). */
  setFacilityRate(index: number, m2PerHa: number): void;
  reset(): void;
}

const copyDefaults = (): LayoutParameters => ({
  ...DEFAULT_LAYOUT_PARAMETERS,
  facilities: DEFAULT_LAYOUT_PARAMETERS.facilities.map((f) => ({ ...f })),
});

const withField = (typed: readonly (keyof LayoutParameters)[], field: keyof LayoutParameters) =>
  (typed.includes(field) ? typed : [...typed, field]);

/**
 * The fields the engine takes as given (`LayoutOptions.givenParameters`): those the planner typed and
 * those that differ from the defaults (a stored variant's own values), in the defaults' field order.
 * With the defaults untouched it is empty, as `phanlo layout` without a params file passes.
 */
export function givenParameterFields(parameters: LayoutParameters, typed: readonly (keyof LayoutParameters)[]): (keyof LayoutParameters)[] {
  const fields = Object.keys(DEFAULT_LAYOUT_PARAMETERS) as (keyof LayoutParameters)[];
  return fields.filter((field) => typed.includes(field)
    || JSON.stringify(parameters[field]) !== JSON.stringify(DEFAULT_LAYOUT_PARAMETERS[field]));
}

export function createPlanParametersStore(initial: LayoutParameters = copyDefaults()): StoreApi<PlanParametersState> {
  return createStore<PlanParametersState>((set) => ({
    parameters: initial,
    typed: [],
    setParameter: (field, value) => set((s) => (s.parameters[field] === value ? s : { parameters: { ...s.parameters, [field]: value }, typed: withField(s.typed, field) })),
    setFacilityArea: (index, areaM2) => set((s) => {
      if (!s.parameters.facilities[index] || s.parameters.facilities[index].areaM2 === areaM2) return s;
      const facilities = s.parameters.facilities.map((f, i) => (i === index ? { ...f, areaM2 } : f));
      return { parameters: { ...s.parameters, facilities }, typed: withField(s.typed, 'facilities') };
    }),
    setFacilityRate: (index, m2PerHa) => set((s) => {
      if (!s.parameters.facilities[index] || s.parameters.facilities[index].m2PerHa === m2PerHa) return s;
      const facilities = s.parameters.facilities.map((f, i) => (i === index ? { ...f, m2PerHa } : f));
      return { parameters: { ...s.parameters, facilities }, typed: withField(s.typed, 'facilities') };
    }),
    reset: () => set({ parameters: copyDefaults(), typed: [] }),
  }));
}
