/**
 * The default layout parameters (README's parameter table), alone in a file with no imports but a
 * type: screens that only need the defaults (the stored variants' schema, the parameters panel) must
 * not pull the layout engine and its clipper into the app's first load.
 */
import type { LayoutParameters } from './types';

export const DEFAULT_LAYOUT_PARAMETERS: LayoutParameters = Object.freeze({
  mainRoadWidthM: 13,
  branchRoadWidthM: 10,
  kerbRadiusM: 8,
  greenBufferM: 10,
  perimeterGreenM: 10,
  targetFrontageM: 20,
  minFrontageM: 15,
  maxDepthRatio: 4,
  minPlotAreaM2: 300,
  maxPlotAreaM2: 1500,
  frontSetbackM: 3,
  rearSetbackM: 3,
  fireSeparationM: 9,
  maxDeadEndM: 46,
  turnaroundM: 12,
  // Sized with the zone (facility-sizes.ts): 1.3 % technical land, parking 0.9 %.
  facilities: [
    { use: 'wastewater', m2PerHa: 60, minAreaM2: 150 },
    { use: 'fire-water-tank', m2PerHa: 20, minAreaM2: 60 },
    { use: 'waste-collection', m2PerHa: 20, minAreaM2: 60 },
    { use: 'power-substation', m2PerHa: 15, minAreaM2: 40 },
    { use: 'water-supply', m2PerHa: 15, minAreaM2: 40 },
    { use: 'parking', m2PerHa: 90, minAreaM2: 150 },
  ],
}) as LayoutParameters;
