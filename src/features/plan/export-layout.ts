/**
 * The export menu's formats: the layout writers of src/io/layout-output, loaded on demand (they are
 * not needed until a planner exports), with the file name and type of each. GeoJSON is exactly what
 * `phanlo layout --format geojson` writes for the same layout.
 */
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

/** The layout as a file in `format`; `zoneName` names the file and the KML document. */
export async function exportLayout(layout: LayoutResult, format: LayoutFormat, zoneName: string): Promise<ExportedFile> {
  const { writeLayout } = await import('../../io/layout-output/write-layout');
  const { extension, mimeType } = FILE_TYPES[format];
  return {
    fileName: `quy-hoach-${fileSlug(zoneName)}.${extension}`,
    mimeType,
    text: writeLayout(layout, format, { name: zoneName }),
  };
}
