/**
 * Layers that share MapLibre's shader programs. MapLibre compiles one program per layer type and per
 * set of paint properties read from the feature (data-driven) rather than constant; on software WebGL
 * each one costs tens of ms in the first frame that draws it (the first layout frame of #/plan compiled
 * eleven). Most fills take their colour from the feature (parcels by land use, green by role,
 * facilities by use) and the context's roads and canals their width, so the fills of one colour and the
 * solid lines of one width say it as a feature expression too: they then share those layers' programs.
 * Dashed lines (another program type) keep constants: all of them share one program as they are.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

const SHARED_PROGRAM_TEST: ExpressionSpecification = ['has', 'phanlo-shared-program'];
const readsTheFeature = (value: string | number): ExpressionSpecification => ['case', SHARED_PROGRAM_TEST, value, value];

/**
 * `colour` for every feature, as an expression that reads the feature (a property no feature has):
 * the fill colour is then data-driven like the other fills' and shares their program.
 */
export const perFeatureColour = (colour: string): ExpressionSpecification => readsTheFeature(colour);

/**
 * A solid line's width per feature and zoom, like the context roads' (their width in metres at each
 * zoom): MapLibre keys a program on whether a property depends on the feature, the zoom or both, so a
 * constant or a zoom ramp alone would make a program of its own. `width` in pixels, or linear stops
 * [zoom, pixels]; MapLibre draws such a width as the mix of its values at the tile's zoom and the
 * next, exact for a linear ramp: the line is as wide as with the constant.
 */
export function perFeatureLineWidth(width: number | readonly (readonly [zoom: number, pixels: number])[]): ExpressionSpecification {
  const stops = typeof width === 'number' ? [[0, width], [24, width]] as const : width;
  return ['interpolate', ['linear'], ['zoom'], ...stops.flatMap(([zoom, pixels]) => [zoom, readsTheFeature(pixels)])] as ExpressionSpecification;
}

/** The constant a perFeatureColour expression stands for (what the map paints); any other value as it is. */
export function sharedProgramConstant(value: unknown): unknown {
  const isPerFeature = Array.isArray(value) && value.length === 4 && value[0] === 'case'
    && JSON.stringify(value[1]) === JSON.stringify(SHARED_PROGRAM_TEST) && value[2] === value[3];
  return isPerFeature ? value[2] : value;
}
