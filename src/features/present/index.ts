/** What other screens use of the household view: the sheets button and the view's address. */
export { PlotSheetsButton } from './PlotSheetsButton';
export { presentHref } from './present-route';
export { PlanMapMenuItem } from './PlanMapMenuItem';
