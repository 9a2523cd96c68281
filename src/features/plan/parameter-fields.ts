/**
 * The parameters panel's fields: each LayoutParameters number with its unit, the range the engine
 * accepts (src/geo/layout/parameters.ts) and, in the messages, the regulation behind its default.
 * Grouped as a planner thinks of them.
 */
import type { NumericParameter } from '../../state/plan-parameters';

export type ParameterUnit = 'm' | 'm2' | 'm2PerHa' | 'ratio';

export interface ParameterField {
  readonly field: NumericParameter;
  readonly unit: ParameterUnit;
  /** Least accepted value; `exclusive` when the value must be above it. */
  readonly min: number;
  readonly minExclusive?: boolean;
  readonly max: number;
  readonly step: number;
}

export interface ParameterGroup {
  readonly id: 'roads' | 'green' | 'plots' | 'setbacks';
  readonly fields: readonly ParameterField[];
}

export const PARAMETER_GROUPS: readonly ParameterGroup[] = [
  {
    id: 'roads',
    fields: [
      { field: 'mainRoadWidthM', unit: 'm', min: 3.5, max: 100, step: 0.5 },
      { field: 'branchRoadWidthM', unit: 'm', min: 3.5, max: 100, step: 0.5 },
      { field: 'kerbRadiusM', unit: 'm', min: 0, max: 50, step: 0.5 },
      { field: 'maxDeadEndM', unit: 'm', min: 0, minExclusive: true, max: 10000, step: 1 },
      { field: 'turnaroundM', unit: 'm', min: 0, minExclusive: true, max: 100, step: 0.5 },
    ],
  },
  {
    id: 'green',
    fields: [
      { field: 'greenBufferM', unit: 'm', min: 0, max: 200, step: 0.5 },
      { field: 'perimeterGreenM', unit: 'm', min: 0, max: 200, step: 0.5 },
    ],
  },
  {
    id: 'plots',
    fields: [
      { field: 'targetFrontageM', unit: 'm', min: 0, minExclusive: true, max: 500, step: 0.5 },
      { field: 'minFrontageM', unit: 'm', min: 0, minExclusive: true, max: 500, step: 0.5 },
      { field: 'maxDepthRatio', unit: 'ratio', min: 0, minExclusive: true, max: 20, step: 0.1 },
      { field: 'minPlotAreaM2', unit: 'm2', min: 0, minExclusive: true, max: 1e6, step: 10 },
      { field: 'maxPlotAreaM2', unit: 'm2', min: 0, minExclusive: true, max: 1e6, step: 10 },
    ],
  },
  {
    id: 'setbacks',
    fields: [
      { field: 'frontSetbackM', unit: 'm', min: 0, max: 5, step: 0.5 },
      { field: 'rearSetbackM', unit: 'm', min: 0, max: 50, step: 0.5 },
      { field: 'fireSeparationM', unit: 'm', min: 0, max: 100, step: 0.5 },
    ],
  },
];

/** Facility lot areas, m²: the engine accepts any positive area up to 1 000 000. */
export const FACILITY_AREA_FIELD = { unit: 'm2', min: 0, minExclusive: true, max: 1e6, step: 10 } as const;
/** A facility sized with the zone (the default): m² per hectare of the zone, with a least area. */
export const FACILITY_RATE_FIELD = { unit: 'm2PerHa', min: 0, minExclusive: true, max: 10000, step: 5 } as const;
