/**
 * Writes a layout as ASCII DXF for AutoCAD and the cadastral tools, AutoCAD R12 (AC1009): the oldest
 * widely read version, so every CAD and cadastral program opens it. Written by hand: DXF is pairs of
 * lines, a group code and a value.
 *
 * Coordinates are VN-2000 plane metres of the layout's CRS, 3 decimals: DXF X = easting and
 * DXF Y = northing (Vietnamese tables call the northing X; the DXF axes follow the drawing, not the
 * tables). One layer per feature kind (PLOT, BUILDABLE, ROAD, GREEN, FACILITY, …) with its colour;
 * every ring is a closed POLYLINE, holes as separate closed polylines on the same layer; plot codes and
 * areas are TEXT on the layer PLOT_LABEL at each plot's centroid.
 */
import type { PlanePoint } from '../../geo/coordinates';
import type { PlaneFeature, PlaneGeometry } from '../../geo/plane-feature';
import { polygonAreaM2, type PlanePolygon } from '../../geo/plane-measure';
import { formatFixed, METRE_DECIMALS } from '../csv-coordinates/number-format';
import { featureKind, kindsInOrder, propertyText, type LayoutDocument } from './layout-document';
import { polygonLabelPoint } from './label-point';

/** AutoCAD Colour Index per kind; kinds not listed draw in colour 7 (white on black, black on white). */
const LAYER_COLOURS: Readonly<Record<string, number>> = {
  PLOT: 5, BUILDABLE: 1, ROAD: 8, 'ROAD-CENTRELINE': 2, 'ROAD-KERB': 8, GREEN: 3, FACILITY: 6, PLOT_LABEL: 7,
};
export const LABEL_LAYER = 'PLOT_LABEL';
/** Text heights in metres on the ground. */
const CODE_TEXT_HEIGHT_M = 2.5;
const AREA_TEXT_HEIGHT_M = 1.8;

/** R12 layer names: letters, digits, "$", "-" and "_"; the kind upper-cased. */
export function dxfLayerName(kind: string): string {
  return kind.toUpperCase().replace(/[^A-Z0-9$_-]/g, '_').slice(0, 31) || 'OTHER';
}

/** A DXF value on one line, ASCII: other characters as AutoCAD's \U+XXXX escapes. */
function dxfText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 32;
    if (code < 32 || code === 127) out += ' ';
    else out += code < 128 ? char : `\\U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return out;
}

class DxfWriter {
  private readonly lines: string[] = [];

  pair(code: number, value: string | number): this {
    this.lines.push(String(code).padStart(3, ' '), typeof value === 'number' ? String(value) : value);
    return this;
  }

  point(point: readonly [number, number], base = 10): this {
    return this.pair(base, formatFixed(point[0], METRE_DECIMALS))
      .pair(base + 10, formatFixed(point[1], METRE_DECIMALS))
      .pair(base + 20, '0.0');
  }

  text(): string {
    return `${this.lines.join('\r\n')}\r\n`;
  }
}

function featureRings(geometry: PlaneGeometry): { points: readonly PlanePoint[]; closed: boolean }[] {
  const open = (ring: readonly PlanePoint[]): PlanePoint[] => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return ring.length > 1 && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : [...ring];
  };
  switch (geometry.type) {
    case 'Point': return [];
    case 'LineString': return [{ points: geometry.coordinates, closed: false }];
    case 'Polygon': return geometry.coordinates.map((ring) => ({ points: open(ring), closed: true }));
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((polygon) => polygon.map((ring) => ({ points: open(ring), closed: true })));
  }
}

function polygonsOf(geometry: PlaneGeometry): readonly PlanePolygon[] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function writeEntities(dxf: DxfWriter, feature: PlaneFeature): void {
  const layer = dxfLayerName(featureKind(feature));
  if (feature.geometry.type === 'Point') {
    dxf.pair(0, 'POINT').pair(8, layer).point(feature.geometry.coordinates);
  }
  for (const { points, closed } of featureRings(feature.geometry)) {
    dxf.pair(0, 'POLYLINE').pair(8, layer).pair(66, 1).point([0, 0]).pair(70, closed ? 1 : 0);
    for (const p of points) dxf.pair(0, 'VERTEX').pair(8, layer).point(p);
    dxf.pair(0, 'SEQEND').pair(8, layer);
  }
  if (featureKind(feature) !== 'plot') return;
  const code = propertyText(feature.properties.code);
  for (const polygon of polygonsOf(feature.geometry)) {
    const [e, n] = polygonLabelPoint(polygon);
    const area = typeof feature.properties.areaM2 === 'number' ? feature.properties.areaM2 : polygonAreaM2(polygon);
    const label = (text: string, height: number, northOffsetM: number): void => {
      const at: [number, number] = [e, n + northOffsetM];
      dxf.pair(0, 'TEXT').pair(8, LABEL_LAYER).point(at).pair(40, height).pair(1, dxfText(text))
        .pair(72, 1).point(at, 11).pair(73, 2);
    };
    if (code !== '') label(code, CODE_TEXT_HEIGHT_M, CODE_TEXT_HEIGHT_M * 0.7);
    label(`${area.toFixed(1)} m2`, AREA_TEXT_HEIGHT_M, -AREA_TEXT_HEIGHT_M * 0.9);
  }
}

function extents(features: readonly PlaneFeature[]): [[number, number], [number, number]] {
  const min: [number, number] = [Infinity, Infinity];
  const max: [number, number] = [-Infinity, -Infinity];
  const visit = (p: readonly [number, number]): void => {
    min[0] = Math.min(min[0], p[0]); min[1] = Math.min(min[1], p[1]);
    max[0] = Math.max(max[0], p[0]); max[1] = Math.max(max[1], p[1]);
  };
  for (const feature of features) {
    if (feature.geometry.type === 'Point') visit(feature.geometry.coordinates);
    for (const { points } of featureRings(feature.geometry)) points.forEach(visit);
  }
  return Number.isFinite(min[0]) ? [min, max] : [[0, 0], [0, 0]];
}

/** The DXF text of a layout (CRLF line ends, as AutoCAD writes them). */
export function writeLayoutDxf(layout: LayoutDocument): string {
  const dxf = new DxfWriter();
  dxf.pair(999, `phanlo layout, VN-2000 plane ${layout.crs}, metres: DXF X = easting, DXF Y = northing`);
  const [min, max] = extents(layout.features);
  dxf.pair(0, 'SECTION').pair(2, 'HEADER')
    .pair(9, '$ACADVER').pair(1, 'AC1009')
    .pair(9, '$INSBASE').point([0, 0])
    .pair(9, '$EXTMIN').point(min)
    .pair(9, '$EXTMAX').point(max)
    .pair(0, 'ENDSEC');

  const layers = kindsInOrder(layout.features).map(dxfLayerName);
  if (layout.features.some((f) => featureKind(f) === 'plot')) layers.push(LABEL_LAYER);
  dxf.pair(0, 'SECTION').pair(2, 'TABLES');
  dxf.pair(0, 'TABLE').pair(2, 'LTYPE').pair(70, 1)
    .pair(0, 'LTYPE').pair(2, 'CONTINUOUS').pair(70, 0).pair(3, 'Solid line').pair(72, 65).pair(73, 0).pair(40, '0.0')
    .pair(0, 'ENDTAB');
  dxf.pair(0, 'TABLE').pair(2, 'LAYER').pair(70, layers.length);
  for (const layer of layers) {
    dxf.pair(0, 'LAYER').pair(2, layer).pair(70, 0).pair(62, LAYER_COLOURS[layer] ?? 7).pair(6, 'CONTINUOUS');
  }
  dxf.pair(0, 'ENDTAB');
  dxf.pair(0, 'TABLE').pair(2, 'STYLE').pair(70, 1)
    .pair(0, 'STYLE').pair(2, 'STANDARD').pair(70, 0).pair(40, '0.0').pair(41, '1.0').pair(50, '0.0')
    .pair(71, 0).pair(42, '2.5').pair(3, 'txt').pair(4, '')
    .pair(0, 'ENDTAB');
  dxf.pair(0, 'ENDSEC');

  dxf.pair(0, 'SECTION').pair(2, 'ENTITIES');
  for (const feature of layout.features) writeEntities(dxf, feature);
  dxf.pair(0, 'ENDSEC').pair(0, 'EOF');
  return dxf.text();
}
