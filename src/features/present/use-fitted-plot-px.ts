/**
 * How many pixels the shown plot will span once the household view's map fits it: from the map
 * pane's smaller side (measured, and again when it changes: a phone, a tablet turned, full screen),
 * in steps of 40 px so that a resize does not lay the labels out again on every frame.
 */
import { useEffect, useState, type RefObject } from 'react';
import { DEFAULT_FITTED_PLOT_PX, fittedPlotPx } from './edge-label-placement';

export function useFittedPlotPx(rootRef: RefObject<HTMLElement | null>): number {
  const [plotPx, setPlotPx] = useState(DEFAULT_FITTED_PLOT_PX);
  useEffect(() => {
    const pane = rootRef.current?.querySelector<HTMLElement>('.present-map-wrap');
    if (!pane) return;
    const measure = () => {
      const minPx = Math.min(pane.clientWidth, pane.clientHeight);
      if (minPx > 0) setPlotPx(fittedPlotPx(Math.round(minPx / 40) * 40));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(pane);
    return () => observer.disconnect();
  });
  return plotPx;
}
