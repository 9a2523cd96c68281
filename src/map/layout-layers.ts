/**
 * The MapLibre layers of a layout (plots, envelopes, roads, green, facilities, centre lines, kerbs,
 * selection, labels) over the cadastral style of style.ts, and the plot fill colour for each colouring.
 * Colours come from layout-colours.ts, which the legend reads too.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { AREA_RAMP, KIND_COLOURS, RULE_COLOURS } from './layout-colours';
import type { PlanColouringMode } from './plan-map-adapter';
import { perFeatureColour } from './shared-programs';

/** One source for the whole layout, label points (kind `plot-label`) included: one setData per layout. */
export const LAYOUT_SOURCE = 'plan-layout';

export const LAYOUT_LAYER_IDS = {
  green: 'plan-green',
  road: 'plan-road',
  facility: 'plan-facility',
  plotFill: 'plan-plot-fill',
  plotLine: 'plan-plot-line',
  buildable: 'plan-buildable',
  centreline: 'plan-centreline',
  kerb: 'plan-kerb',
  accessRoad: 'plan-access-road',
  selected: 'plan-selected',
  locked: 'plan-locked',
  lockedLine: 'plan-locked-line',
  label: 'plan-label',
} as const;

const LABEL_FONT = ['Noto Sans', 'DejaVu Sans', 'Arial', 'sans-serif'];
const kind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];

/** The plot fill colour for a colouring mode. */
export function plotFillColour(mode: PlanColouringMode): ExpressionSpecification | string {
  switch (mode) {
    // One colour, as a feature expression: the same fill program as the other colourings' and fills' (shared-programs.ts).
    case 'kind': return perFeatureColour(KIND_COLOURS.plot);
    case 'area': return ['match', ['get', 'areaClass'], ...AREA_RAMP.flatMap((colour, i) => [i, colour]), '#cccccc'] as unknown as ExpressionSpecification;
    case 'rule': return ['match', ['get', 'rule'], 'pass', RULE_COLOURS.pass, 'warn', RULE_COLOURS.warn, 'fail', RULE_COLOURS.fail, '#cccccc'];
  }
}

/** Plot code, and from zoom 17.6 its area below it in the user's number format. */
function plotLabel(locale: string): ExpressionSpecification {
  return ['step', ['zoom'],
    ['get', 'code'],
    17.6, ['format',
      ['get', 'code'], { 'font-scale': 1 },
      '\n', {},
      ['concat', ['number-format', ['get', 'areaM2'], { locale, 'min-fraction-digits': 1, 'max-fraction-digits': 1 }], ' m²'], { 'font-scale': 0.78 },
    ]];
}

/** Layers under the zone outline (fills and lines of the layout). */
export function layoutBaseLayers(): LayerSpecification[] {
  return [
    {
      id: LAYOUT_LAYER_IDS.green, type: 'fill', source: LAYOUT_SOURCE, filter: kind('green'),
      paint: { 'fill-color': ['match', ['get', 'role'], 'kept', KIND_COLOURS.greenKept, KIND_COLOURS.green], 'fill-opacity': 0.9 },
    },
    {
      id: LAYOUT_LAYER_IDS.road, type: 'fill', source: LAYOUT_SOURCE, filter: kind('road'),
      paint: { 'fill-color': perFeatureColour(KIND_COLOURS.road), 'fill-opacity': 0.95 },
    },
    {
      id: LAYOUT_LAYER_IDS.facility, type: 'fill', source: LAYOUT_SOURCE, filter: kind('facility'),
      paint: { 'fill-color': ['match', ['get', 'use'], 'parking', KIND_COLOURS.parking, KIND_COLOURS.facility], 'fill-opacity': 0.95 },
    },
    {
      id: LAYOUT_LAYER_IDS.plotFill, type: 'fill', source: LAYOUT_SOURCE, filter: kind('plot'),
      paint: { 'fill-color': plotFillColour('kind'), 'fill-opacity': 0.9 },
    },
    {
      id: LAYOUT_LAYER_IDS.plotLine, type: 'line', source: LAYOUT_SOURCE, filter: ['any', kind('plot'), kind('facility')],
      paint: { 'line-color': '#4a2a5a', 'line-width': ['interpolate', ['linear'], ['zoom'], 15, 0.6, 19, 1.6] },
    },
    // Locked plots (kept by every regeneration): hatched and outlined, over whichever fill colouring.
    {
      id: LAYOUT_LAYER_IDS.locked, type: 'fill', source: LAYOUT_SOURCE, filter: lockedFilter([]),
      paint: { 'fill-pattern': LOCK_HATCH_IMAGE },
    },
    {
      id: LAYOUT_LAYER_IDS.lockedLine, type: 'line', source: LAYOUT_SOURCE, filter: lockedFilter([]),
      paint: { 'line-color': KIND_COLOURS.locked, 'line-width': 2.2, 'line-dasharray': [2, 1] },
    },
    {
      id: LAYOUT_LAYER_IDS.buildable, type: 'line', source: LAYOUT_SOURCE, filter: kind('buildable'),
      paint: { 'line-color': KIND_COLOURS.buildable, 'line-width': 1.2, 'line-dasharray': [3, 2] },
    },
    {
      id: LAYOUT_LAYER_IDS.centreline, type: 'line', source: LAYOUT_SOURCE, filter: kind('road-centreline'),
      paint: { 'line-color': KIND_COLOURS.roadCentreline, 'line-width': 1, 'line-dasharray': [6, 3, 1, 3] },
    },
    {
      id: LAYOUT_LAYER_IDS.kerb, type: 'line', source: LAYOUT_SOURCE, filter: kind('road-kerb'),
      paint: { 'line-color': '#6f6658', 'line-width': 1 },
    },
  ];
}

/** Layers over everything: the public road, the selection outline and the plot labels. */
export function layoutTopLayers(numberLocale: string): LayerSpecification[] {
  return [
    {
      id: LAYOUT_LAYER_IDS.accessRoad, type: 'line', source: 'zone', filter: ['==', ['get', 'role'], 'access-road'],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': KIND_COLOURS.accessRoad, 'line-width': 4, 'line-dasharray': [4, 2] },
    },
    {
      id: LAYOUT_LAYER_IDS.selected, type: 'line', source: LAYOUT_SOURCE,
      filter: ['all', kind('plot'), ['in', ['get', 'id'], ['literal', []]]],
      paint: { 'line-color': KIND_COLOURS.selected, 'line-width': 4 },
    },
    {
      id: LAYOUT_LAYER_IDS.label, type: 'symbol', source: LAYOUT_SOURCE, filter: kind('plot-label'), minzoom: 15.5,
      layout: {
        'text-field': plotLabel(numberLocale),
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 16, 10, 19, 15],
        'text-allow-overlap': false,
        'text-padding': 1,
      },
      paint: { 'text-color': '#2c1838', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
    },
  ];
}

/** The filter of the locked plots' hatch and outline for these plot ids. */
export const lockedFilter = (ids: readonly string[]): ExpressionSpecification =>
  ['all', kind('plot'), ['in', ['get', 'id'], ['literal', [...ids]]]];

/** The name of the hatch image of locked plots (made by `lockHatchImage`, added when the map asks for it). */
export const LOCK_HATCH_IMAGE = 'plan-lock-hatch';

/**
 * The hatch of locked plots: one diagonal line across a 12 px tile (tiles join into continuous lines),
 * in the locked colour over transparent, as RGBA pixels MapLibre takes without a canvas.
 */
export function lockHatchImage(size = 12): { width: number; height: number; data: Uint8Array } {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(KIND_COLOURS.locked.slice(i, i + 2), 16));
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Distance to the line x + y = size - 1 (wrapping), in pixels along a row: 1.5 px wide strokes.
      const d = Math.abs(((x + y - (size - 1)) % size + size) % size);
      const alpha = Math.min(d, size - d) <= 1 ? 200 : 0;
      data.set([r, g, b, alpha], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** The filter of the selection outline for these plot ids. */
export const selectionFilter = (ids: readonly string[]): ExpressionSpecification =>
  ['all', kind('plot'), ['in', ['get', 'id'], ['literal', [...ids]]]];
