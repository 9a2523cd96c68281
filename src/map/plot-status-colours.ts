/**
 * The colours of plot statuses on the allocation map and in its legend, in one place so that they always
 * agree: free plots in the plan's plot violet, offered yellow, accepted orange, paid blue, building
 * purple, operating green (a sequence readable also by colour-blind readers through its lightness).
 */
import type { PlotStatus } from '../domain/allocation/status';

export const PLOT_STATUS_COLOURS: Readonly<Record<PlotStatus, string>> = {
  free: '#e9e1f0',
  offered: '#f5cd4f',
  accepted: '#ee8a35',
  paid: '#3b82c9',
  building: '#7d4fa8',
  operating: '#2f9a57',
};
