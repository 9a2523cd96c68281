/** The locked plots of a layout as the engine takes them (LockedPlot): code and corners, for a regeneration. */
import type { LayoutResult, LockedPlot } from '../layout';

export function lockedPlotsOf(layout: LayoutResult | null, codes: readonly string[]): LockedPlot[] {
  if (!layout || !codes.length) return [];
  const wanted = new Set(codes);
  return layout.features.flatMap((f) =>
    (f.properties.kind === 'plot' && wanted.has(f.properties.code) && f.geometry.type === 'Polygon' ? [{ code: f.properties.code, polygon: f.geometry.coordinates }] : []));
}
