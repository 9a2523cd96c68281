/** The layout engine's public API, for the command line and the layout Web Worker. */
export { generateLayout, type LayoutOptions } from './generate-layout';
export { StageMemo } from './stage-memo';
export { judgePlot, type PlotContext, type PlotJudgement, type PlotReason } from './judge-plot';
export { DEFAULT_LAYOUT_PARAMETERS, validateLayoutParameters, type ParameterError } from './parameters';
export type {
  FacilityRequest, GreenRole, LandUseBalance, LandUseCategory, LandUseRow, LayoutError, LayoutFailure, LayoutFeature,
  LayoutFeatureProperties, LayoutParameters, LayoutResult, LayoutWarning, LockedPlot, PreviousLayout, RoadRole, RuleCheck,
  EdgeSide, NarrowedEdge,
} from './types';
