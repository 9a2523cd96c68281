/**
 * The colours of the layout on the map and in its legend, in one place so that they always agree.
 * Kinds follow Vietnamese planning drawings: small-industry land violet, green land green, roads grey,
 * technical infrastructure blue. Pure constants: the legend (React) and the layers (MapLibre) read them.
 */

export const KIND_COLOURS = {
  plot: '#c8a2d6',
  buildable: '#7b3f99',
  road: '#c9c5bd',
  roadCentreline: '#8d877c',
  green: '#8cc77a',
  greenKept: '#7fb9d9',
  facility: '#79a7d3',
  parking: '#b0aca3',
  selected: '#1f4fd1',
  zone: '#c0392b',
  accessRoad: '#6f6658',
  residentialEdge: '#d35400',
  separationEdge: '#138d75',
  /** A locked plot's hatch and outline: dark enough over every plot colouring and the photo base map. */
  locked: '#2b1b36',
} as const;

/** Area classes from small to large: light to dark ochre (a sequential ramp, readable in grey). */
export const AREA_RAMP = ['#fdf0c2', '#f7d488', '#eeb04f', '#d9822b', '#a85a16'] as const;

/** Colours of a plot's rule result. */
export const RULE_COLOURS = {
  pass: '#6fbf73',
  warn: '#f2c14e',
  fail: '#e05545',
} as const;

export type PlotRuleStatus = keyof typeof RULE_COLOURS;
