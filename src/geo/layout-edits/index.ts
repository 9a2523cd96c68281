/**
 * Hand edits of a layout (issue 8): pure commands taking the current LayoutResult (and the zone) and
 * giving a new LayoutResult, or a refusal saying why. Each keeps every rule the engine keeps, judged by
 * the engine's own rules (judgePlot, the envelopes, the balance).
 */
export { convertPlots, type PlotConversion } from './convert-plots';
export type { EditMessage, EditOutcome, PlotsTouched } from './edit-outcome';
export { mergePlots } from './merge-plots';
export { moveDivider } from './move-divider';
export { renamePlot, MAX_CODE_LENGTH } from './rename-plot';
export { splitPlot, MAX_SPLIT_PARTS, type SplitDirection } from './split-plot';
export { dividerBetween, type Divider } from './divider';
export { applyEditCommand, type LayoutEditCommand } from './apply-command';
