/**
 * The layers field mode draws over the plan: the position dot and its accuracy circle (greyed when the
 * accuracy is poor), the stake-out line to the current corner, and the corners of the chosen plot with
 * their numbers. Strong colours and wide strokes: the map is read outdoors in sunlight.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

export const FIELD_SOURCES = { position: 'field-position', corners: 'field-corners', target: 'field-target', checks: 'field-checks' } as const;

export const FIELD_LAYER_IDS = {
  checkBuilding: 'field-check-building',
  checkPoint: 'field-check-point',
  accuracyFill: 'field-accuracy-fill',
  accuracyLine: 'field-accuracy-line',
  targetLine: 'field-target-line',
  cornerDot: 'field-corner-dot',
  cornerLabel: 'field-corner-label',
  positionDot: 'field-position-dot',
} as const;

export const FIELD_COLOURS = { good: '#0050d8', poor: '#6b6b6b', corner: '#d40000', current: '#ffb000', target: '#d40000' } as const;

const LABEL_FONT = ['Noto Sans', 'DejaVu Sans', 'Arial', 'sans-serif'];
const poor: ExpressionSpecification = ['==', ['get', 'poor'], true];

/** Recorded checks: found green, missing red, moved orange, newly placed blue; workshops outlined. */
const CHECK_COLOUR: ExpressionSpecification = ['match', ['get', 'kind'],
  'marker-found', '#008a2e', 'marker-missing', '#d40000', 'marker-moved', '#ff7a00', 'marker-placed', '#0050d8', '#000000'];

export function fieldLayers(): LayerSpecification[] {
  return [
    {
      id: FIELD_LAYER_IDS.checkBuilding, type: 'line', source: FIELD_SOURCES.checks, filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'line-color': '#000000', 'line-width': 3 },
    },
    {
      id: FIELD_LAYER_IDS.checkPoint, type: 'circle', source: FIELD_SOURCES.checks, filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 6, 'circle-color': CHECK_COLOUR, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    },
    {
      id: FIELD_LAYER_IDS.accuracyFill, type: 'fill', source: FIELD_SOURCES.position, filter: ['==', ['get', 'kind'], 'accuracy'],
      paint: { 'fill-color': ['case', poor, FIELD_COLOURS.poor, FIELD_COLOURS.good], 'fill-opacity': 0.18 },
    },
    {
      id: FIELD_LAYER_IDS.accuracyLine, type: 'line', source: FIELD_SOURCES.position, filter: ['==', ['get', 'kind'], 'accuracy'],
      paint: { 'line-color': ['case', poor, FIELD_COLOURS.poor, FIELD_COLOURS.good], 'line-width': 2, 'line-dasharray': [2, 1] },
    },
    {
      id: FIELD_LAYER_IDS.targetLine, type: 'line', source: FIELD_SOURCES.target,
      paint: { 'line-color': FIELD_COLOURS.target, 'line-width': 3, 'line-dasharray': [3, 2] },
    },
    {
      id: FIELD_LAYER_IDS.cornerDot, type: 'circle', source: FIELD_SOURCES.corners,
      paint: {
        'circle-radius': ['case', ['==', ['get', 'current'], true], 10, 7],
        'circle-color': ['case', ['==', ['get', 'current'], true], FIELD_COLOURS.current, FIELD_COLOURS.corner],
        'circle-stroke-color': '#000000', 'circle-stroke-width': 2,
      },
    },
    {
      id: FIELD_LAYER_IDS.cornerLabel, type: 'symbol', source: FIELD_SOURCES.corners,
      layout: { 'text-field': ['to-string', ['get', 'number']], 'text-font': LABEL_FONT, 'text-size': 16, 'text-offset': [0, -1.4], 'text-allow-overlap': true },
      paint: { 'text-color': '#000000', 'text-halo-color': '#ffffff', 'text-halo-width': 2.5 },
    },
    {
      id: FIELD_LAYER_IDS.positionDot, type: 'circle', source: FIELD_SOURCES.position, filter: ['==', ['get', 'kind'], 'dot'],
      paint: {
        'circle-radius': 9, 'circle-color': ['case', poor, FIELD_COLOURS.poor, FIELD_COLOURS.good],
        'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3,
      },
    },
  ];
}
