/**
 * Layers that share MapLibre's shader programs. MapLibre compiles one program per layer type and per
 * set of paint properties read from the feature (data-driven) rather than constant; on software WebGL
 * each one costs tens of ms in the first frame that draws it (the first layout frame of #/plan compiled
 * eleven). Most fills take their colour from the feature (parcels by land use, green by role,
 * facilities by use), so the fills of one colour say it as a feature expression too: every fill then
 * shares one fill program and one outline program. Lines are left as they are: the solid lines of one
 * width would share the context roads' program (width per feature and zoom) only by carrying a width
 * per vertex, and the parcels' lines are most of the vertices of both maps.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

const SHARED_PROGRAM_TEST: ExpressionSpecification = ['has', 'phanlo-shared-program'];

/**
 * `colour` for every feature, as an expression that reads the feature (a property no feature has):
 * the fill colour is then data-driven like the other fills' and shares their program.
 */
export const perFeatureColour = (colour: string): ExpressionSpecification => ['case', SHARED_PROGRAM_TEST, colour, colour];

/** The constant a perFeatureColour expression stands for (what the map paints); any other value as it is. */
export function sharedProgramConstant(value: unknown): unknown {
  const isPerFeature = Array.isArray(value) && value.length === 4 && value[0] === 'case'
    && JSON.stringify(value[1]) === JSON.stringify(SHARED_PROGRAM_TEST) && value[2] === value[3];
  return isPerFeature ? value[2] : value;
}
