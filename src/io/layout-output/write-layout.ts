/**
 * One entry to the layout writers, by format name: what `phanlo layout --format` offers.
 */
import { writeCornerTableCsv } from './corner-table.csv';
import type { LayoutDocument } from './layout-document';
import { writeLayoutDxf } from './layout.dxf';
import { writeLayoutGeoJson } from './layout.geojson';
import { writeLayoutKml } from './layout.kml';

export const LAYOUT_FORMATS = ['geojson', 'dxf', 'kml', 'csv'] as const;
export type LayoutFormat = (typeof LAYOUT_FORMATS)[number];

export const isLayoutFormat = (value: string): value is LayoutFormat =>
  (LAYOUT_FORMATS as readonly string[]).includes(value);

/** The layout as text in `format`: GeoJSON and KML in WGS84, DXF and the CSV corner table in plane metres. */
export function writeLayout(layout: LayoutDocument, format: LayoutFormat, options: { readonly name?: string } = {}): string {
  switch (format) {
    case 'geojson': return writeLayoutGeoJson(layout);
    case 'dxf': return writeLayoutDxf(layout);
    case 'kml': return writeLayoutKml(layout, options);
    case 'csv': return writeCornerTableCsv(layout);
  }
}
