/**
 * The export menu's formats: the layout writers of src/io/layout-output, loaded on demand (they are
 * not needed until a planner exports), with the file name and type of each. GeoJSON is exactly what
 * `phanlo layout --format geojson` writes for the same layout.
 */
import type { ZoneSite } from '../../domain/site';
import { accessRoadsOf } from '../../geo/access-road-widths';
import type { PlaneFeature } from '../../geo/plane-feature';
import type { LayoutResult } from '../../geo/layout';
import type { LayoutFormat } from '../../io/layout-output/write-layout';

export const EXPORT_FORMATS: readonly LayoutFormat[] = ['geojson', 'dxf', 'kml', 'csv'];

const FILE_TYPES: Record<LayoutFormat, { extension: string; mimeType: string }> = {
  geojson: { extension: 'geojson', mimeType: 'application/geo+json' },
  dxf: { extension: 'dxf', mimeType: 'application/dxf' },
  kml: { extension: 'kml', mimeType: 'application/vnd.google-earth.kml+xml' },
  csv: { extension: 'csv', mimeType: 'text/csv' },
};

export interface ExportedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly text: string;
}

/** "Khu tiểu thủ công nghiệp Đồng Dọc" → "khu-tieu-thu-cong-nghiep-dong-doc": a file name any system keeps. */
export function fileSlug(name: string): string {
  const slug = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'phanlo';
}

/**
 * The zone boundary, the public road, the edges facing homes and the accepted separations as features of their own kinds, so
 * that drawings (DXF, KML) carry them on layers of their own. Not in GeoJSON: that stays exactly the
 * command line's layout format.
 */
export function siteFeatures(site: ZoneSite): PlaneFeature[] {
  return [
    { geometry: { type: 'Polygon', coordinates: site.zone }, properties: { kind: 'zone', name: site.name } },
    // A width nobody gave is not written as if it had been (the reader assumes it again on the way back).
    ...accessRoadsOf(site).map(({ line, widthM }): PlaneFeature => ({ geometry: { type: 'LineString', coordinates: line }, properties: { kind: 'access-road', ...(widthM === null ? {} : { widthM }) } })),
    ...site.residentialEdges.map((line): PlaneFeature => ({ geometry: { type: 'LineString', coordinates: line }, properties: { kind: 'residential' } })),
    // Accepted separations (the 2.5.2 strip narrowed there), with the width kept.
    ...(site.separationEdges ?? []).map((mark): PlaneFeature => ({ geometry: { type: 'LineString', coordinates: mark.line }, properties: { kind: 'separation', stripM: mark.stripM } })),
  ];
}

/** The layout as a file in `format`; the site names the file and the KML document. */
export async function exportLayout(layout: LayoutResult, format: LayoutFormat, site: ZoneSite): Promise<ExportedFile> {
  const { writeLayout } = await import('../../io/layout-output/write-layout');
  const { extension, mimeType } = FILE_TYPES[format];
  const drawing = format === 'dxf' || format === 'kml';
  const document = drawing ? { ...layout, features: [...layout.features, ...siteFeatures(site)] } : layout;
  return {
    fileName: `quy-hoach-${fileSlug(site.name)}.${extension}`,
    mimeType,
    text: writeLayout(document, format, { name: site.name }),
  };
}
