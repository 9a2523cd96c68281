/** The layout engine's public API, for the command line and the layout Web Worker. */
export { generateLayout } from './generate-layout';
export { DEFAULT_LAYOUT_PARAMETERS, validateLayoutParameters, type ParameterError } from './parameters';
export type {
  FacilityRequest, GreenRole, LandUseBalance, LandUseCategory, LandUseRow, LayoutError, LayoutFailure, LayoutFeature,
  LayoutFeatureProperties, LayoutParameters, LayoutResult, LayoutWarning, PreviousLayout, RoadRole, RuleCheck,
} from './types';
