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

export function createPlanParametersStore(initial: LayoutParameters = copyDefaults()): StoreApi<PlanParametersState> {
  return createStore<PlanParametersState>((set) => ({
    parameters: initial,
    setParameter: (field, value) => set((s) => (s.parameters[field] === value ? s : { parameters: { ...s.parameters, [field]: value } })),
    setFacilityArea: (index, areaM2) => set((s) => {
      if (!s.parameters.facilities[index] || s.parameters.facilities[index].areaM2 === areaM2) return s;
      const facilities = s.parameters.facilities.map((f, i) => (i === index ? { ...f, areaM2 } : f));
      return { parameters: { ...s.parameters, facilities } };
    }),
    setFacilityRate: (index, m2PerHa) => set((s) => {
      if (!s.parameters.facilities[index] || s.parameters.facilities[index].m2PerHa === m2PerHa) return s;
      const facilities = s.parameters.facilities.map((f, i) => (i === index ? { ...f, m2PerHa } : f));
      return { parameters: { ...s.parameters, facilities } };
    }),
    reset: () => set({ parameters: copyDefaults() }),
  }));
}
