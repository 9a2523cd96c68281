/**
 * A layout read as the pieces hand edits work on: plots (code and polygon, in the layout's order, which
 * decides whose envelope yields), road polygons, and every other feature kept as it is.
 */
import type { PlanePolygon } from '../plane-measure';
import type { LayoutFeature, LayoutResult } from '../layout';

export interface PlotPiece {
  readonly code: string;
  readonly polygon: PlanePolygon;
}

export interface LayoutPieces {
  readonly plots: PlotPiece[];
  readonly roads: PlanePolygon[];
  /** Green and facility polygons, roads, centre lines and kerbs: everything but plots and envelopes. */
  readonly others: LayoutFeature[];
}

const polygonOf = (f: LayoutFeature): PlanePolygon | null => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : null);

export function layoutPieces(layout: LayoutResult): LayoutPieces {
  const plots: PlotPiece[] = [];
  const roads: PlanePolygon[] = [];
  const others: LayoutFeature[] = [];
  for (const f of layout.features) {
    const polygon = polygonOf(f);
    if (f.properties.kind === 'plot' && polygon) plots.push({ code: f.properties.code, polygon });
    else if (f.properties.kind === 'buildable') continue;
    else {
      if (f.properties.kind === 'road' && polygon) roads.push(polygon);
      others.push(f);
    }
  }
  return { plots, roads, others };
}

/** The plot of that code, or undefined. */
export const plotOf = (pieces: LayoutPieces, code: string): PlotPiece | undefined => pieces.plots.find((q) => q.code === code);
