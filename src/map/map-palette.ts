/**
 * The colours the map draws with, other than the land-use fills (those come from
 * src/domain/land-use-codes.ts through each parcel's `color`). The style and the legend both read
 * them here, so the key always shows what the map draws.
 */
export const MAP_PALETTE = {
  background: '#eef0e6',
  parcelOutline: '#6b5b4b',
  selected: '#1f4fd1',
  zone: '#c0392b',
  zoneFillOpacity: 0.06,
  /** Land inside the zone's outline that stays out of it: a grey veil over whatever it is. */
  keptFree: '#7d7d7d',
  keptFreeOpacity: 0.45,
  residentialEdge: '#d35400',
  residentialEdgeOpacity: 0.55,
  /** An edge where a public road or canal is accepted as the 2.5.2 separation (its strip narrowed). */
  separationEdge: '#138d75',
  road: '#b9b2a6',
  canal: '#3d8fc6',
  canalFill: '#9cc8e6',
  /** The village (thôn) is drawn by its edge: its houses are the ONT parcels, coloured by land use. */
  village: '#8e4b8e',
  parcelFillOpacity: 0.85,
  labelText: '#3b2f24',
  /** The dividing line of two selected plots, which the planner drags (plan-divider.ts). */
  divider: '#e6007e',
} as const;
