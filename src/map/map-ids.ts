/** Every MapLibre source and layer id the app uses, in one place: the style, the map and tests name them from here. */

export const SOURCE_IDS = {
  parcels: 'parcels',
  /** One point per parcel where its label goes (see parcel-labels.ts). */
  parcelLabels: 'parcel-labels',
  zone: 'zone',
  /** The holes of the zone: land inside its outline that is kept free (not recovered). */
  zoneHoles: 'zone-holes',
  context: 'context',
  /** The opt-in OpenStreetMap raster. */
  basemap: 'osm',
} as const;

export const LAYER_IDS = {
  background: 'background',
  basemap: 'osm-basemap',
  villageFill: 'village-fill',
  villageLine: 'village-line',
  canalFill: 'canal-fill',
  canalLine: 'canal-line',
  roadLine: 'road-line',
  roadLabel: 'road-label',
  parcelsFill: 'parcels-fill',
  parcelsLine: 'parcels-line',
  parcelsSelected: 'parcels-selected',
  parcelsLabel: 'parcels-label',
  zoneFill: 'zone-fill',
  zoneHoleFill: 'zone-hole-fill',
  zoneLine: 'zone-line',
  residentialEdge: 'residential-edge',
  separationEdge: 'separation-edge',
} as const;
