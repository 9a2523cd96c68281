/**
 * The household view's layers (#/present/<code>): the plot shown, strong and labelled large enough
 * to read from the back of a meeting room, over the layout's own fills (layout-layers.ts). Label
 * points come from the screen's scene: edge lengths, the front road with its width, neighbours' codes,
 * the entrance.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { KIND_COLOURS } from './layout-colours';
import { LAYOUT_SOURCE } from './layout-layers';

export const PRESENT_LABEL_SOURCE = 'present-labels';

export const PRESENT_LAYER_IDS = {
  focusFill: 'present-focus-fill',
  focusLine: 'present-focus-line',
  focusEnvelope: 'present-focus-envelope',
  entrance: 'present-entrance',
  edgeLabel: 'present-edge-label',
  roadLabel: 'present-road-label',
  neighbourLabel: 'present-neighbour-label',
  focusLabel: 'present-focus-label',
  entranceLabel: 'present-entrance-label',
} as const;

/** High contrast on a projector: a warm yellow plot with a dark red outline. */
export const PRESENT_COLOURS = { focus: '#ffd54a', focusLine: '#a3141c', envelope: '#a3141c', text: '#1a1a1a', entrance: '#1f4fd1' } as const;

const FONT = ['Noto Sans Bold', 'DejaVu Sans Bold', 'Arial Bold', 'sans-serif'];
const is = (property: string, value: string | boolean): ExpressionSpecification => ['==', ['get', property], value];
const halo = { 'text-color': PRESENT_COLOURS.text, 'text-halo-color': '#ffffff', 'text-halo-width': 2.5 };

/**
 * Labels of the plot shown (its code and area, its edge lengths, the road it fronts) are always drawn
 * and keep their room (allow overlap, placement not ignored): MapLibre places the upper layers first,
 * so the neighbours' codes below them give way where they would cover them (on a phone the plot
 * fills the pane and they would).
 */
export function presentLayers(): LayerSpecification[] {
  return [
    { id: PRESENT_LAYER_IDS.focusFill, type: 'fill', source: LAYOUT_SOURCE, filter: ['all', is('kind', 'plot'), is('focus', true)],
      paint: { 'fill-color': PRESENT_COLOURS.focus, 'fill-opacity': 1 } },
    { id: PRESENT_LAYER_IDS.focusEnvelope, type: 'line', source: LAYOUT_SOURCE, filter: ['all', is('kind', 'buildable'), is('focus', true)],
      paint: { 'line-color': PRESENT_COLOURS.envelope, 'line-width': 2.5, 'line-dasharray': [3, 2] } },
    { id: PRESENT_LAYER_IDS.focusLine, type: 'line', source: LAYOUT_SOURCE, filter: ['all', is('kind', 'plot'), is('focus', true)],
      layout: { 'line-join': 'round' }, paint: { 'line-color': PRESENT_COLOURS.focusLine, 'line-width': 5 } },
    { id: PRESENT_LAYER_IDS.entrance, type: 'circle', source: 'zone', filter: is('role', 'entrance'),
      paint: { 'circle-radius': 11, 'circle-color': PRESENT_COLOURS.entrance, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 } },
    { id: PRESENT_LAYER_IDS.neighbourLabel, type: 'symbol', source: PRESENT_LABEL_SOURCE, filter: is('kind', 'neighbour'),
      layout: { 'text-field': ['get', 'text'], 'text-font': FONT, 'text-size': 18, 'text-allow-overlap': false },
      paint: { ...halo, 'text-color': '#3d2a4a' } },
    { id: PRESENT_LAYER_IDS.roadLabel, type: 'symbol', source: PRESENT_LABEL_SOURCE, filter: is('kind', 'road'),
      layout: { 'text-field': ['get', 'text'], 'text-font': FONT, 'text-size': 19, 'text-rotate': ['get', 'angle'], 'text-max-width': 30,
        'text-rotation-alignment': 'map', 'text-allow-overlap': true },
      paint: { ...halo, 'text-color': '#333333' } },
    { id: PRESENT_LAYER_IDS.edgeLabel, type: 'symbol', source: PRESENT_LABEL_SOURCE, filter: is('kind', 'edge'),
      layout: { 'text-field': ['get', 'text'], 'text-font': FONT, 'text-size': 22, 'text-rotate': ['get', 'angle'],
        'text-rotation-alignment': 'map', 'text-allow-overlap': true },
      paint: { ...halo, 'text-color': PRESENT_COLOURS.focusLine } },
    { id: PRESENT_LAYER_IDS.focusLabel, type: 'symbol', source: PRESENT_LABEL_SOURCE, filter: is('kind', 'focus'),
      layout: { 'text-field': ['get', 'text'], 'text-font': FONT, 'text-size': ['coalesce', ['get', 'size'], 30], 'text-allow-overlap': true },
      paint: { ...halo, 'text-halo-color': PRESENT_COLOURS.focus } },
    { id: PRESENT_LAYER_IDS.entranceLabel, type: 'symbol', source: PRESENT_LABEL_SOURCE, filter: is('kind', 'entrance'),
      layout: { 'text-field': ['get', 'text'], 'text-font': FONT, 'text-size': 18, 'text-offset': [0, 1.4], 'text-anchor': 'top', 'text-allow-overlap': true },
      paint: { ...halo, 'text-color': PRESENT_COLOURS.entrance } },
  ] as LayerSpecification[];
}

/** The other plots of the layout stay their usual violet, outlined, so the shown one stands out. */
export const OTHER_PLOT_COLOUR = KIND_COLOURS.plot;
