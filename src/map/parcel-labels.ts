/**
 * Where and what the map writes on each parcel. One Point per parcel, computed once here, instead of
 * a symbol layer on the polygons: MapLibre places polygon labels per tile, so a parcel cut by a tile
 * edge was labelled twice when zoomed in. The point is the pole of inaccessibility (polylabel): the
 * inside point farthest from the edges, where the text fits best even in an L-shaped or thin parcel.
 *
 * Plain data in, plain data out (no MapLibre), so it is tested in Node.
 */
import type { Feature, FeatureCollection, Point, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';

export interface ParcelLabelProperties {
  id: string;
  /** "12/43" (tờ/thửa) when the layer holds more than one sheet, else "43". */
  label: string;
  areaM2: number | null;
}

/** Metres per degree of latitude; a degree of longitude is this times cos(latitude). */
const METRES_PER_DEGREE = 111_320;
/** Label points closer than this to the true pole do not read any differently (and 4× finer costs ~3× the time). */
const PRECISION_M = 0.5;

/**
 * The pole of inaccessibility of a WGS84 polygon, found on a local equirectangular plane so that
 * "farthest from the edges" is measured in metres, not in degrees (which are 7 % shorter east-west here).
 */
export function labelPoint(rings: Position[][]): Position {
  const outer = rings[0];
  const latitude = outer.reduce((sum, p) => sum + p[1], 0) / outer.length;
  const xScale = Math.cos((latitude * Math.PI) / 180);
  const plane = rings.map((ring) => ring.map((p) => [p[0] * xScale, p[1]]));
  const [x, y] = polylabel(plane, PRECISION_M / METRES_PER_DEGREE);
  return [x / xScale, y];
}

const numberOr = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The label points of a parcel collection (Polygon features with id, sheetNo, parcelNo, areaM2). */
export function parcelLabelPoints(parcels: FeatureCollection): FeatureCollection<Point, ParcelLabelProperties> {
  const polygons = parcels.features.filter((f): f is Feature<Polygon> => f.geometry?.type === 'Polygon' && f.geometry.coordinates.length > 0);
  const sheets = new Set(polygons.map((f) => f.properties?.sheetNo));
  const withSheet = sheets.size > 1;
  return {
    type: 'FeatureCollection',
    features: polygons.map((feature) => {
      const p = feature.properties ?? {};
      const parcelNo = String(p.parcelNo ?? '');
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: labelPoint(feature.geometry.coordinates) },
        properties: {
          id: String(p.id ?? feature.id ?? ''),
          label: withSheet ? `${p.sheetNo ?? '?'}/${parcelNo}` : parcelNo,
          areaM2: numberOr(p.areaM2),
        },
      };
    }),
  };
}

/** The holes of the zone polygon(s) as polygons of their own, for the "kept free" fill. */
export function zoneHoles(zone: FeatureCollection): FeatureCollection<Polygon> {
  const holes: Feature<Polygon>[] = [];
  for (const feature of zone.features) {
    if (feature.properties?.role !== 'zone') continue;
    const polygons = feature.geometry?.type === 'Polygon' ? [feature.geometry.coordinates]
      : feature.geometry?.type === 'MultiPolygon' ? feature.geometry.coordinates : [];
    for (const polygon of polygons) {
      for (const ring of polygon.slice(1)) holes.push({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { role: 'kept-free' } });
    }
  }
  return { type: 'FeatureCollection', features: holes };
}
