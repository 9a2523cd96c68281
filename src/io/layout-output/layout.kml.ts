/**
 * Writes a layout as KML 2.2 for Google Earth: WGS84 with 9 decimals, one Folder per feature kind,
 * one Placemark per feature named by its plot code (or plot, use, road width), polygons with outer and
 * inner boundaries, one simple Style per kind, and the feature's properties as ExtendedData.
 * All text is XML-escaped: names can come from users.
 */
import { planeProjection, type PlanePoint } from '../../geo/coordinates';
import type { PlaneFeature, PlaneGeometry } from '../../geo/plane-feature';
import type { PlanePolygon } from '../../geo/plane-measure';
import { DEGREE_DECIMALS, formatFixed } from '../csv-coordinates/number-format';
import { featureKind, featureName, kindsInOrder, type LayoutDocument } from './layout-document';

/** KML colours are aabbggrr. Line colour, fill colour (semi-transparent) per kind. */
const KIND_STYLES: Readonly<Record<string, { line: string; fill: string }>> = {
  plot: { line: 'ffb4641e', fill: '40f0c896' },
  buildable: { line: 'ff2828dc', fill: '302828dc' },
  road: { line: 'ff646464', fill: '80b4b4b4' },
  green: { line: 'ff329632', fill: '8064c864' },
  facility: { line: 'ffb432b4', fill: '60dc8cdc' },
  'road-kerb': { line: 'ff969696', fill: '00000000' },
  'road-centreline': { line: 'ff00c8ff', fill: '00000000' },
};
const OTHER_STYLE = { line: 'ff000000', fill: '40ffffff' };

/** Whether XML 1.0 allows the code point (tab, line feed, carriage return and U+0020 up, no lone surrogates). */
function isXmlChar(codePoint: number): boolean {
  if (codePoint < 0x20) return codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
  return codePoint !== 0xfffe && codePoint !== 0xffff;
}

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return [...text]
    .filter((char) => isXmlChar(char.codePointAt(0) ?? 0))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A style id from a kind: XML NCName characters only. */
const styleId = (kind: string): string => `kind-${kind.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

function propertyValue(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? '';
}

export function writeLayoutKml(layout: LayoutDocument, options: { readonly name?: string } = {}): string {
  const projection = planeProjection(layout.crs);
  const position = (p: PlanePoint): string => {
    const [lng, lat] = projection.toLngLat(p);
    return `${formatFixed(lng, DEGREE_DECIMALS)},${formatFixed(lat, DEGREE_DECIMALS)}`;
  };
  const closedRing = (ring: readonly PlanePoint[]): string => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    const closed = first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
    return `<LinearRing><coordinates>${closed.map(position).join(' ')}</coordinates></LinearRing>`;
  };
  const polygon = (rings: PlanePolygon): string =>
    `<Polygon><outerBoundaryIs>${closedRing(rings[0])}</outerBoundaryIs>` +
    rings.slice(1).map((ring) => `<innerBoundaryIs>${closedRing(ring)}</innerBoundaryIs>`).join('') +
    '</Polygon>';
  const geometry = (g: PlaneGeometry): string => {
    switch (g.type) {
      case 'Point': return `<Point><coordinates>${position(g.coordinates)}</coordinates></Point>`;
      case 'LineString': return `<LineString><coordinates>${g.coordinates.map(position).join(' ')}</coordinates></LineString>`;
      case 'Polygon': return polygon(g.coordinates);
      case 'MultiPolygon': return `<MultiGeometry>${g.coordinates.map(polygon).join('')}</MultiGeometry>`;
    }
  };
  const placemark = (feature: PlaneFeature): string => {
    const data = Object.entries(feature.properties)
      .map(([key, value]) => `<Data name="${escapeXml(key)}"><value>${escapeXml(propertyValue(value))}</value></Data>`)
      .join('');
    return (
      `<Placemark><name>${escapeXml(featureName(feature))}</name>` +
      `<styleUrl>#${styleId(featureKind(feature))}</styleUrl>` +
      (data ? `<ExtendedData>${data}</ExtendedData>` : '') +
      `${geometry(feature.geometry)}</Placemark>`
    );
  };

  const kinds = kindsInOrder(layout.features);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2">',
    '<Document>',
    `<name>${escapeXml(options.name ?? 'phanlo layout')}</name>`,
    `<description>${escapeXml(`Layout computed in VN-2000 plane ${layout.crs}; coordinates here in WGS84.`)}</description>`,
  ];
  for (const kind of kinds) {
    const style = KIND_STYLES[kind] ?? OTHER_STYLE;
    lines.push(
      `<Style id="${styleId(kind)}"><LineStyle><color>${style.line}</color><width>1.5</width></LineStyle>` +
        `<PolyStyle><color>${style.fill}</color></PolyStyle></Style>`,
    );
  }
  for (const kind of kinds) {
    lines.push(`<Folder><name>${escapeXml(kind)}</name>`);
    for (const feature of layout.features) if (featureKind(feature) === kind) lines.push(placemark(feature));
    lines.push('</Folder>');
  }
  lines.push('</Document>', '</kml>');
  return `${lines.join('\n')}\n`;
}
