/**
 * Area classes for colouring plots by area: below the least plot area, the planner's range (least …
 * greatest plot area) in three equal steps, and above the greatest. Fixed by the parameters, so a
 * colour means the same area whatever the layout. Map and legend both take the class from here.
 */
import { AREA_RAMP } from '../../map/layout-colours';

export interface AreaClass {
  readonly index: number;
  /** Lower bound, m² (inclusive), null for "below the least area". */
  readonly fromM2: number | null;
  /** Upper bound, m², null for "above the greatest area". */
  readonly toM2: number | null;
  readonly colour: string;
}

const STEPS_IN_RANGE = AREA_RAMP.length - 2;

/** The classes for the range [minM2, maxM2], first to last as in AREA_RAMP. */
export function areaClasses(minM2: number, maxM2: number): AreaClass[] {
  const step = (maxM2 - minM2) / STEPS_IN_RANGE;
  const bound = (i: number): number => Math.round((minM2 + i * step) * 10) / 10;
  return AREA_RAMP.map((colour, index) => {
    if (index === 0) return { index, fromM2: null, toM2: minM2, colour };
    if (index === AREA_RAMP.length - 1) return { index, fromM2: maxM2, toM2: null, colour };
    return { index, fromM2: bound(index - 1), toM2: index === STEPS_IN_RANGE ? maxM2 : bound(index), colour };
  });
}

/** The class index of a plot of `areaM2`: the range is closed at both ends (min and max are legal). */
export function areaClassIndex(areaM2: number, minM2: number, maxM2: number): number {
  if (areaM2 < minM2) return 0;
  if (areaM2 > maxM2) return AREA_RAMP.length - 1;
  const step = (maxM2 - minM2) / STEPS_IN_RANGE;
  return step > 0 ? 1 + Math.min(STEPS_IN_RANGE - 1, Math.floor((areaM2 - minM2) / step)) : 1;
}
